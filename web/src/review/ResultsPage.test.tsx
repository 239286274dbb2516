import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { connection, form, FORM_ID, LOCATION_ID, mission, MISSION_ID, reportRow, station } from './testData';

// The pages load the session, the mission and their own data first: give a busy machine time.
configure({ asyncUtilTimeout: 5000 });

const PATH = `/missions/${MISSION_ID}/results`;

const summary = { stations: 300, stationsReporting: 12, expectedReports: 40, reports: 15, flagged: 2, quarantined: 1, conflicts: 3 };

function resultsServer(extra: Parameters<typeof stubGraphQL>[0] = {}) {
  return stubGraphQL({
    Viewer: signedIn,
    ReviewMission: mission,
    MissionResults: () => ({
      data: { missionSummary: summary, missionForms: [{ ...form, kind: 'CHECKLIST' }, { id: 'form-2', code: 'COUNT', name: 'Count', kind: 'RESULTS' }] },
    }),
    MissionConflicts: () => ({
      data: { missionConflicts: connection([{ location: station, form, reportCount: 2, conflictCount: 1 }]) },
    }),
    MissionReports: () => ({ data: { missionReports: connection([reportRow(1), reportRow(2, { status: 'FLAGGED', flags: [{ code: 'QUEUE' }] })], 15, true) } }),
    ...extra,
  });
}

function stat(term: string) {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('ResultsPage', () => {
  it('shows the summary, the conflicting stations and the reports with observers by code', async () => {
    resultsServer();
    renderApp(PATH);

    await screen.findByRole('heading', { level: 1, name: 'Results' });
    expect(await screen.findByRole('link', { name: 'Kenya general election 2027' })).toHaveAttribute('href', `/missions/${MISSION_ID}`);
    await waitFor(() => expect(stat('Stations reporting')).toHaveTextContent('12 of 300'));
    expect(stat('Reports')).toHaveTextContent('15 of 40 expected');
    expect(stat('Flagged')).toHaveTextContent('2');
    expect(stat('Quarantined')).toHaveTextContent('1');
    expect(stat('Conflicts')).toHaveTextContent('3');

    const conflicts = within(screen.getByRole('region', { name: 'Stations with conflicts' }));
    expect(await conflicts.findByRole('link', { name: 'NBO-014 · Kibera Primary School' })).toHaveAttribute(
      'href',
      `/missions/${MISSION_ID}/results/${LOCATION_ID}/${FORM_ID}`,
    );

    const reports = within(screen.getByRole('region', { name: 'Reports' }));
    const row = await reports.findByRole('row', { name: 'NBO-014 Observer M3R8T' });
    expect(row).toHaveTextContent('Flagged');
    expect(row).toHaveTextContent('M3R8T');
    // 04:05Z on the mission's clock (Nairobi, UTC+3).
    expect(row).toHaveTextContent('Mon 9 Aug 2027 07:05');
    // Its name starts with what it shows (speech users say that), then whose report it is.
    expect(within(row).getByRole('link', { name: 'NBO-014 · Kibera Primary School, report of Observer M3R8T' })).toHaveAttribute(
      'href',
      `/missions/${MISSION_ID}/reports/r-2`,
    );
    // On a phone each row is a card: every value carries its column's name (shown before it by CSS).
    expect(within(row).getByText('M3R8T').closest('td')).toHaveAttribute('data-label', 'Observer');
    expect(reports.getByText('Showing 2 of 15 reports')).toBeInTheDocument();
    expect(reports.getByRole('button', { name: 'Load more' })).toBeInTheDocument();
  });

  it('filters reports by form and status, and loads the next page after the cursor', async () => {
    const server = resultsServer();
    const user = userEvent.setup();
    renderApp(PATH);
    const reports = within(await screen.findByRole('region', { name: 'Reports' }));
    await reports.findByRole('row', { name: 'NBO-014 Observer K7P2Q' });
    await reports.findByRole('option', { name: 'COUNT · Count' });

    await user.selectOptions(reports.getByLabelText('Form'), 'form-2');
    await user.selectOptions(reports.getByLabelText('Status'), 'QUARANTINED');
    await user.click(reports.getByRole('button', { name: 'Filter' }));
    await waitFor(() =>
      expect(server.callsFor('MissionReports').at(-1)!.variables).toEqual({
        missionId: MISSION_ID,
        formId: 'form-2',
        status: 'QUARANTINED',
        first: 50,
        after: null,
      }),
    );
    await user.click(await reports.findByRole('button', { name: 'Load more' }));
    await waitFor(() => expect(server.callsFor('MissionReports').at(-1)!.variables).toMatchObject({ after: 'cursor-1', formId: 'form-2' }));
  });

  it('says when no station has conflicts', async () => {
    resultsServer({ MissionConflicts: () => ({ data: { missionConflicts: connection([]) } }) });
    renderApp(PATH);
    expect(await screen.findByText('No station has conflicting answers.')).toBeInTheDocument();
  });
});
