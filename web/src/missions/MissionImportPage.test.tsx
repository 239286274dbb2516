import { configure, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { importResult, missionResponse, notFound } from './MissionsTestData';

// The whole app renders for each test; on a busy machine the first page can take a while.
configure({ asyncUtilTimeout: 5000 });

const PATH = '/missions/mission-1/import';

function csv(name: string, text: string) {
  return new File([text], name, { type: 'text/csv' });
}

const BAD = csv('stations.csv', 'code;name;parent_code\nNR;Northern;\nNR-01;Tamale;XX\n');
const FIXED = csv('stations-fixed.csv', 'code;name;parent_code\nNR;Northern;\nNR-01;Tamale;NR\n');

describe('MissionImportPage', () => {
  it('checks a file, lists its problems with line and column, and keeps Import disabled', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      ImportLocations: () => ({
        data: {
          importLocations: {
            result: importResult({
              ok: false,
              problems: [
                { line: 3, column: 'parent_code', message: "unknown parent 'XX'" },
                { line: 7, column: 'registered_voters', message: "bad number '8l2': expected a whole number ≥ 0" },
              ],
              problemCount: 503,
            }),
            errors: [],
          },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp(PATH);

    const stations = await screen.findByRole('region', { name: 'Polling stations' });
    const box = within(stations);
    expect(box.getByRole('button', { name: 'Check file' })).toBeDisabled();
    expect(box.getByRole('button', { name: 'Import' })).toBeDisabled();

    await user.upload(box.getByLabelText('Stations CSV file'), BAD);
    expect(box.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(box.getByRole('button', { name: 'Check file' }));

    expect(await box.findByText('The file has 503 problems. Nothing was imported.')).toBeInTheDocument();
    const rows = within(box.getByRole('table', { name: 'Problems in the file' })).getAllByRole('row');
    expect(rows[1]).toHaveTextContent("3parent_codeunknown parent 'XX'");
    expect(rows[2]).toHaveTextContent('7registered_voters');
    expect(box.getByText('… and 501 more problems.')).toBeInTheDocument();
    expect(box.getByRole('button', { name: 'Import' })).toBeDisabled();

    const [call] = server.callsFor('ImportLocations');
    expect(call!.variables).toMatchObject({ missionId: 'mission-1', dryRun: true });
    expect((call!.variables.file as File).name).toBe('stations.csv');
    expect((call!.init.headers as Record<string, string>)['X-Pluralis-Upload']).toBe('1');
  });

  it('enables Import only after a clean check of the same file, then shows what was created', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      ImportLocations: (variables) => {
        const file = variables.file as File;
        if (file.name === 'stations.csv') {
          return { data: { importLocations: { result: importResult({ ok: false, problems: [{ line: 3, column: 'parent_code', message: "unknown parent 'XX'" }], problemCount: 1 }), errors: [] } } };
        }
        const dryRun = variables.dryRun === true;
        return { data: { importLocations: { result: importResult({ dryRun, created: 2000, ok: true }), errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const stations = within(await screen.findByRole('region', { name: 'Polling stations' }));
    const input = stations.getByLabelText('Stations CSV file');

    await user.upload(input, BAD);
    await user.click(stations.getByRole('button', { name: 'Check file' }));
    expect(await stations.findByText('The file has 1 problem. Nothing was imported.')).toBeInTheDocument();
    expect(stations.queryByText(/and \d+ more/)).not.toBeInTheDocument();

    // A new file needs its own check: the old outcome goes away.
    await user.upload(input, FIXED);
    expect(stations.queryByText(/problem/)).not.toBeInTheDocument();
    expect(stations.getByRole('button', { name: 'Import' })).toBeDisabled();
    await user.click(stations.getByRole('button', { name: 'Check file' }));
    expect(await stations.findByText('The file is clean: it would create 2,000, update 0 and leave 0 unchanged.')).toBeInTheDocument();

    await user.click(stations.getByRole('button', { name: 'Import' }));
    expect(await stations.findByText('Created 2,000, updated 0, unchanged 0.')).toBeInTheDocument();
    expect(server.callsFor('ImportLocations').map((c) => [(c.variables.file as File).name, c.variables.dryRun])).toEqual([
      ['stations.csv', true],
      ['stations-fixed.csv', true],
      ['stations-fixed.csv', false],
    ]);
    // Importing again asks for a new check first.
    expect(stations.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('imports observers through their own mutation and shows the expected columns', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      ImportObservers: (variables) => ({ data: { importObservers: { result: importResult({ dryRun: variables.dryRun, created: 50 }), errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const observers = within(await screen.findByRole('region', { name: 'Observers' }));
    await user.click(observers.getByText('Expected columns and an example'));
    expect(observers.getByText('stations', { selector: 'code' })).toBeInTheDocument();
    expect(observers.getByText(/Abena Mensah/)).toBeInTheDocument();

    await user.upload(observers.getByLabelText('Observers CSV file'), csv('observers.csv', 'name;phone\nAbena;+233200000001\n'));
    await user.click(observers.getByRole('button', { name: 'Check file' }));
    expect(await observers.findByText(/The file is clean/)).toBeInTheDocument();
    await user.click(observers.getByRole('button', { name: 'Import' }));
    expect(await observers.findByText('Created 50, updated 0, unchanged 0.')).toBeInTheDocument();
    expect(server.callsFor('ImportObservers')).toHaveLength(2);
  });

  it('shows payload errors and keeps Import disabled', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      ImportLocations: () => ({ data: { importLocations: { result: null, errors: [{ field: 'file', code: 'too_large', message: 'The file is larger than 32 MiB.' }] } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const stations = within(await screen.findByRole('region', { name: 'Polling stations' }));
    await user.upload(stations.getByLabelText('Stations CSV file'), BAD);
    await user.click(stations.getByRole('button', { name: 'Check file' }));
    expect(await stations.findByRole('alert')).toHaveTextContent('The file is larger than 32 MiB.');
    expect(stations.getByRole('button', { name: 'Import' })).toBeDisabled();
  });

  it('says so when the mission is hidden or missing', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: () => notFound() });
    renderApp(PATH);
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such mission, or you may not see it.');
    expect(screen.queryByRole('region', { name: 'Polling stations' })).not.toBeInTheDocument();
  });
});
