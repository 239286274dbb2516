import { describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../test/fakeServer';
import { errorMessage, gqlRequest, GraphQLRequestError, NetworkError, setUnauthenticatedHandler } from './client';
import { organizationsQuery, viewerQuery } from './operations';

describe('gqlRequest', () => {
  it('posts the document to /graphql with the session cookie and returns data', async () => {
    const server = stubGraphQL({ Viewer: () => ({ data: { me: null } }) });

    await expect(gqlRequest(viewerQuery)).resolves.toEqual({ me: null });

    const [url, init] = server.fetchMock.mock.calls[0]!;
    expect(url).toBe('/graphql');
    expect(init).toMatchObject({ method: 'POST', credentials: 'same-origin' });
    expect(server.calls[0]!.operationName).toBe('Viewer');
    expect(server.calls[0]!.query).toContain('query Viewer');
  });

  it('sends variables', async () => {
    const server = stubGraphQL({
      Organizations: () => ({ data: { organizations: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } }),
    });
    await gqlRequest(organizationsQuery, { first: 10, after: 'abc', filter: { kind: 'PARTNER' } });
    expect(server.calls[0]!.variables).toEqual({ first: 10, after: 'abc', filter: { kind: 'PARTNER' } });
  });

  it('throws GraphQLRequestError and calls the unauthenticated handler on UNAUTHENTICATED', async () => {
    stubGraphQL({
      Organizations: () => ({ data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    const handler = vi.fn();
    const unregister = setUnauthenticatedHandler(handler);
    try {
      const error = await gqlRequest(organizationsQuery, { first: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphQLRequestError);
      expect((error as GraphQLRequestError).isUnauthenticated).toBe(true);
      expect(handler).toHaveBeenCalledTimes(1);
      expect(errorMessage(error)).toMatch(/sign in again/i);
    } finally {
      unregister();
    }
  });

  it('does not call the unauthenticated handler for other errors', async () => {
    stubGraphQL({ Viewer: () => ({ data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }) });
    const handler = vi.fn();
    const unregister = setUnauthenticatedHandler(handler);
    try {
      await expect(gqlRequest(viewerQuery)).rejects.toBeInstanceOf(GraphQLRequestError);
      expect(handler).not.toHaveBeenCalled();
    } finally {
      unregister();
    }
  });

  it('wraps network failures in NetworkError', async () => {
    vi.stubGlobal('fetch', vi.fn().mockRejectedValue(new TypeError('Failed to fetch')));
    const error = await gqlRequest(viewerQuery).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkError);
    expect(errorMessage(error)).toMatch(/could not reach the server/i);
  });

  it('treats a non-JSON response as a network error', async () => {
    vi.stubGlobal('fetch', vi.fn().mockResolvedValue(new Response('<html>Bad gateway</html>', { status: 502 })));
    await expect(gqlRequest(viewerQuery)).rejects.toBeInstanceOf(NetworkError);
  });
});
