import { describe, expect, it } from 'vitest';
import { stubGraphQL } from '../test/fakeServer';
import { GraphQLRequestError } from './client';
import { importLocationsMutation } from './missionOperations';
import { multipartBody, uploadMutation } from './upload';

describe('multipartBody', () => {
  it('follows the GraphQL multipart request spec: operations with the file variable null, a map, then the file', async () => {
    const file = new File(['code;name;parent_code\nNR;Northern;\n'], 'stations.csv', { type: 'text/csv' });
    const body = multipartBody('mutation ImportLocations($missionId: ID!, $file: Upload!) { x }', { missionId: 'm1', dryRun: true }, { file });

    expect([...body.keys()]).toEqual(['operations', 'map', '0']);
    expect(JSON.parse(String(body.get('operations')))).toEqual({
      query: 'mutation ImportLocations($missionId: ID!, $file: Upload!) { x }',
      variables: { missionId: 'm1', dryRun: true, file: null },
      operationName: 'ImportLocations',
    });
    expect(JSON.parse(String(body.get('map')))).toEqual({ '0': ['variables.file'] });
    const part = body.get('0') as File;
    expect(part.name).toBe('stations.csv');
    expect(await part.text()).toBe('code;name;parent_code\nNR;Northern;\n');
  });
});

describe('uploadMutation', () => {
  it('posts the multipart body with the upload header and the session cookie, without a JSON content type', async () => {
    const server = stubGraphQL({
      ImportLocations: () => ({
        data: { importLocations: { result: { dryRun: true, ok: true, created: 1, updated: 0, unchanged: 0, problems: [], problemCount: 0 }, errors: [] } },
      }),
    });
    const file = new File(['x'], 'stations.csv');
    const data = await uploadMutation(importLocationsMutation, { missionId: 'm1', dryRun: true }, { file });

    expect(data.importLocations.result?.created).toBe(1);
    const [call] = server.callsFor('ImportLocations');
    expect(call!.variables).toMatchObject({ missionId: 'm1', dryRun: true });
    expect(call!.variables.file).toBeInstanceOf(File);
    expect(call!.init.credentials).toBe('same-origin');
    const headers = call!.init.headers as Record<string, string>;
    expect(headers['X-Pluralis-Upload']).toBe('1');
    expect(Object.keys(headers).map((h) => h.toLowerCase())).not.toContain('content-type');
    expect(call!.init.body).toBeInstanceOf(FormData);
  });

  it('throws the server’s GraphQL errors like gqlRequest', async () => {
    stubGraphQL({ ImportLocations: () => ({ data: null, errors: [{ message: 'No such mission.', extensions: { code: 'NOT_FOUND' } }] }) });
    const error = await uploadMutation(importLocationsMutation, { missionId: 'm9', dryRun: false }, { file: new File(['x'], 'a.csv') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GraphQLRequestError);
    expect((error as GraphQLRequestError).codes).toEqual(['NOT_FOUND']);
  });
});
