import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { mission, missionResponse, notFound } from './MissionsTestData';

// The whole app renders for each test; on a busy machine the first page can take a while.
configure({ asyncUtilTimeout: 5000 });

function fact(term: string) {
  return screen.getAllByText(term, { selector: 'dt' })[0]!.nextElementSibling as HTMLElement;
}

const SUMMARY = { stations: 2000, stationsReporting: 120, expectedReports: 4000, reports: 130, flagged: 3, quarantined: 1, conflicts: 2 };

describe('MissionPage', () => {
  it('shows the mission, its counts, the reporting summary and the mission navigation', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: missionResponse(), MissionSummary: () => ({ data: { missionSummary: SUMMARY } }) });
    renderApp('/missions/mission-1');
    expect(await screen.findByRole('heading', { level: 1, name: 'Ghana General Election 1' })).toBeInTheDocument();
    expect(fact('Country')).toHaveTextContent('Ghana');
    expect(fact('Time zone')).toHaveTextContent('Africa/Accra');
    expect(fact('Election dates')).toHaveTextContent('7 Dec 2026');
    expect(fact('Polling stations')).toHaveTextContent('2,000');
    expect(fact('Observers')).toHaveTextContent('50');
    expect(await screen.findByRole('heading', { name: 'Reporting' })).toBeInTheDocument();
    expect(fact('Stations reporting')).toHaveTextContent('120 of 2,000');
    expect(fact('Conflicts')).toHaveTextContent('2');

    const nav = within(screen.getByRole('navigation', { name: 'Mission' }));
    expect(nav.getAllByRole('link').map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Overview', '/missions/mission-1'],
      ['Import', '/missions/mission-1/import'],
      ['Observers', '/missions/mission-1/observers'],
      ['Deployments', '/missions/mission-1/deployments'],
      ['Forms', '/missions/mission-1/forms'],
      ['Results', '/missions/mission-1/results'],
      ['Incidents', '/missions/mission-1/incidents'],
    ]);
  });

  it('shows a partner viewer no management links and no status form, and stands without the summary', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse({ myRole: 'PARTNER_VIEWER' }),
      MissionSummary: () => ({ data: null, errors: [{ message: 'Forbidden', extensions: { code: 'FORBIDDEN' } }] }),
    });
    renderApp('/missions/mission-1');
    await screen.findByRole('heading', { level: 1, name: 'Ghana General Election 1' });
    const nav = within(screen.getByRole('navigation', { name: 'Mission' }));
    expect(nav.getAllByRole('link').map((a) => a.textContent)).toEqual(['Overview', 'Observers', 'Forms', 'Results']);
    expect(screen.queryByRole('form', { name: 'Status and phase' })).not.toBeInTheDocument();
    expect(fact('My role')).toHaveTextContent('Partner viewer');
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });

  it('sends an observer to the observer app for their assignments', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: missionResponse({ myRole: 'OBSERVER' }) });
    renderApp('/missions/mission-1');
    const nav = within(await screen.findByRole('navigation', { name: 'Mission' }));
    expect(nav.getByRole('link', { name: 'My assignments' })).toHaveAttribute('href', '/observe/mission-1');
    expect(nav.queryByRole('link', { name: 'Observers' })).not.toBeInTheDocument();
  });

  it('lets a coordinator change the status and phase', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse({ status: 'DRAFT' }),
      MissionSummary: () => ({ data: { missionSummary: SUMMARY } }),
      UpdateMission: (variables) => ({ data: { updateMission: { mission: mission(1, variables.input as Record<string, unknown>), errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/missions/mission-1');
    const form = within(await screen.findByRole('form', { name: 'Status and phase' }));
    expect(form.getByRole('button', { name: 'Save' })).toBeDisabled();
    await user.selectOptions(form.getByLabelText('Status'), 'Active');
    await user.selectOptions(form.getByLabelText('Phase'), 'Election day');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByText('Saved.')).toBeInTheDocument();
    expect(server.callsFor('UpdateMission')[0]!.variables).toEqual({ id: 'mission-1', input: { status: 'ACTIVE', phase: 'ELECTION_DAY' } });
    expect(fact('Status')).toHaveTextContent('Active');
    expect(fact('Phase')).toHaveTextContent('Election day');
  });

  it('shows the server’s refusal of a change', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      UpdateMission: () => ({ data: { updateMission: { mission: null, errors: [{ field: 'status', code: 'invalid', message: 'A closed mission cannot reopen.' }] } } }),
    });
    const user = userEvent.setup();
    renderApp('/missions/mission-1');
    const form = within(await screen.findByRole('form', { name: 'Status and phase' }));
    await user.selectOptions(form.getByLabelText('Status'), 'Closed');
    await user.click(form.getByRole('button', { name: 'Save' }));
    expect(await form.findByRole('alert')).toHaveTextContent('A closed mission cannot reopen.');
  });

  it('answers a hidden mission like a missing one', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: () => notFound() });
    renderApp('/missions/mission-9');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such mission, or you may not see it.');
  });
});
