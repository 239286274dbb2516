import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { connection, FORM_ID, LOCATION_ID, mission, MISSION_ID, overriddenResult, reportRow, stationResult } from './testData';

// The pages load the session, the mission and their own data first: give a busy machine time.
configure({ asyncUtilTimeout: 5000 });

const PATH = `/missions/${MISSION_ID}/results/${LOCATION_ID}/${FORM_ID}`;

function stationServer(extra: Parameters<typeof stubGraphQL>[0] = {}) {
  return stubGraphQL({
    Viewer: signedIn,
    ReviewMission: mission,
    StationResult: () => ({ data: { stationResult: stationResult(), missionReports: connection([reportRow(1), reportRow(2, { status: 'FLAGGED' })]) } }),
    ...extra,
  });
}

function field(code: string) {
  return within(screen.getByRole('listitem', { name: new RegExp(`^${code}\\b`) }));
}

describe('StationResultPage', () => {
  it('shows a CONFLICT badge with every observer’s value side by side, and whose value each field took', async () => {
    const server = stationServer();
    renderApp(PATH);

    await screen.findByRole('heading', { level: 1, name: 'NBO-014 · Kibera Primary School — Opening checklist' });
    expect(server.callsFor('StationResult')[0]!.variables).toEqual({ missionId: MISSION_ID, locationId: LOCATION_ID, formId: FORM_ID });
    expect(screen.getByText(/Registered voters: 700/)).toBeInTheDocument();

    expect(field('AA').getByText('CONFLICT')).toBeInTheDocument();
    const values = within(field('AA').getByRole('list', { name: 'Every observer\'s value for AA' }));
    const items = values.getAllByRole('listitem').map((li) => li.textContent);
    expect(items).toEqual(['Observer K7P2QYes', 'Observer M3R8TNo']);
    expect(field('AA').getByText('Undecided (observers disagree)')).toBeInTheDocument();
    expect(screen.getByText(/2 reports · 1 conflicting field$/)).toBeInTheDocument();

    expect(field('AB').queryByText('CONFLICT')).not.toBeInTheDocument();
    expect(field('AB').getByText('42')).toBeInTheDocument();
    expect(field('AB').getByText('Observer K7P2Q')).toBeInTheDocument();

    // Observers appear by code only, and the station's reports are listed with their status.
    const reports = within(screen.getByRole('region', { name: 'Reports from this station' }));
    expect(reports.getByRole('row', { name: 'NBO-014 Observer M3R8T' })).toHaveTextContent('Flagged');
  });

  it('requires a reason before overriding, then sends the value and the reason and shows the override', async () => {
    const server = stationServer({
      OverrideStationValue: () => ({ data: { overrideStationValue: { result: overriddenResult(), errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByText('CONFLICT');

    await user.click(field('AA').getByRole('button', { name: 'Override AA' }));
    const form = within(screen.getByRole('form', { name: 'Override AA' }));
    await user.selectOptions(form.getByLabelText('New value'), 'no');
    await user.click(form.getByRole('button', { name: 'Save override' }));
    expect(form.getByLabelText('Reason')).toHaveAttribute('aria-invalid', 'true');
    expect(form.getByText('Give a reason for the override.')).toBeInTheDocument();
    expect(server.callsFor('OverrideStationValue')).toHaveLength(0);

    await user.type(form.getByLabelText('Reason'), 'Confirmed by phone with the presiding officer');
    await user.click(form.getByRole('button', { name: 'Save override' }));
    await waitFor(() => expect(server.callsFor('OverrideStationValue')).toHaveLength(1));
    expect(server.callsFor('OverrideStationValue')[0]!.variables).toEqual({
      locationId: LOCATION_ID,
      formId: FORM_ID,
      question: 'AA',
      value: 'no',
      choices: null,
      reason: 'Confirmed by phone with the presiding officer',
    });
    await waitFor(() => expect(field('AA').queryByText('CONFLICT')).not.toBeInTheDocument());
    expect(field('AA').getByRole('list', { name: 'Every observer\'s value for AA' })).toHaveTextContent('Observer M3R8TNo');
    expect(field('AA').getByText('Reason: Confirmed by phone with the presiding officer')).toBeInTheDocument();
    expect(field('AA').getAllByText('Overridden').length).toBeGreaterThan(0);
    expect(screen.getByText('AA is now overridden.')).toBeInTheDocument();
  });

  it('shows the server’s errors for an override it refuses', async () => {
    stationServer({
      OverrideStationValue: () => ({
        data: { overrideStationValue: { result: null, errors: [{ field: 'value', code: 'invalid', message: 'AB must be a whole number.' }] } },
      }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByText('CONFLICT');
    await user.click(field('AB').getByRole('button', { name: 'Override AB' }));
    const form = within(screen.getByRole('form', { name: 'Override AB' }));
    await user.clear(form.getByLabelText('New value'));
    await user.type(form.getByLabelText('New value'), 'many');
    await user.type(form.getByLabelText('Reason'), 'Typo');
    await user.click(form.getByRole('button', { name: 'Save override' }));
    expect(await form.findByRole('alert')).toHaveTextContent('AB must be a whole number.');
  });

  it('requires a reason to quarantine a report, verifies and releases with the right mutations', async () => {
    const server = stationServer({
      QuarantineReport: (v) => ({ data: { quarantineReport: { report: { id: v.id, status: 'QUARANTINED', quarantineReason: v.reason }, errors: [] } } }),
      ReleaseReport: (v) => ({ data: { releaseReport: { report: { id: v.id, status: 'SUBMITTED', quarantineReason: null }, errors: [] } } }),
      VerifyReport: (v) => ({ data: { verifyReport: { report: { id: v.id, status: 'VERIFIED', quarantineReason: null }, errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    const row = within(await screen.findByRole('row', { name: 'NBO-014 Observer M3R8T' }));

    await user.click(row.getByRole('button', { name: 'Quarantine' }));
    await user.click(row.getByRole('button', { name: 'Quarantine the report' }));
    expect(row.getByLabelText('Why quarantine this report?')).toHaveAttribute('aria-invalid', 'true');
    expect(row.getByText('Give a reason for the quarantine.')).toBeInTheDocument();
    expect(server.callsFor('QuarantineReport')).toHaveLength(0);

    await user.type(row.getByLabelText('Why quarantine this report?'), 'Photo shows another station');
    await user.click(row.getByRole('button', { name: 'Quarantine the report' }));
    await waitFor(() => expect(row.getByText('Quarantined', { selector: '.status-badge' })).toBeInTheDocument());
    expect(server.callsFor('QuarantineReport')[0]!.variables).toEqual({ id: 'r-2', reason: 'Photo shows another station' });
    expect(row.getByText('Quarantined: Photo shows another station')).toBeInTheDocument();

    await user.click(row.getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(row.getByText('Submitted', { selector: '.status-badge' })).toBeInTheDocument());
    expect(server.callsFor('ReleaseReport')[0]!.variables).toEqual({ id: 'r-2' });

    const first = within(screen.getByRole('row', { name: 'NBO-014 Observer K7P2Q' }));
    await user.click(first.getByRole('button', { name: 'Verify' }));
    await waitFor(() => expect(first.getByText('Verified', { selector: '.status-badge' })).toBeInTheDocument());
    expect(server.callsFor('VerifyReport')[0]!.variables).toEqual({ id: 'r-1' });
    expect(first.queryByRole('button', { name: 'Verify' })).not.toBeInTheDocument();
  });

  it('shows an analyst the conflicts but no override or review buttons', async () => {
    stationServer({ ReviewMission: () => ({ data: { mission: { ...mission().data.mission, myRole: 'ANALYST' } } }) });
    renderApp(PATH);
    await screen.findByText('CONFLICT');
    await screen.findByRole('link', { name: 'Kenya general election 2027' });
    expect(screen.queryByRole('button', { name: /Override/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Verify' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Quarantine' })).not.toBeInTheDocument();
  });

  it('says so when the station or form is hidden or missing', async () => {
    stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      StationResult: () => ({ data: null, errors: [{ message: 'No such location.', extensions: { code: 'NOT_FOUND' } }] }),
    });
    renderApp(PATH);
    expect(await screen.findByRole('alert')).toHaveTextContent('No such location.');
  });
});
