import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { mission } from './MissionsTestData';

// The whole app renders for each test; on a busy machine the first page can take a while.
configure({ asyncUtilTimeout: 5000 });

function organizerContext(isSuperuser = false) {
  return () => ({
    data: {
      me: {
        id: 'u1',
        isSuperuser,
        roles: [
          { role: 'COORDINATOR', organization: { id: 'org-2', name: 'Coalition for Domestic Election Observers' } },
          { role: 'OBSERVER', organization: { id: 'org-3', name: 'Nepal Civic Watch' } },
          { role: 'ADMIN', organization: { id: 'org-1', name: 'Kenya Election Observers Forum' } },
        ],
      },
    },
  });
}

describe('MissionsPage', () => {
  it('lists my missions with country, dates, status, phase and my role', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Missions: () => ({
        data: {
          missions: [
            mission(1, { electionDates: ['2026-12-07', '2026-12-28'] }),
            mission(2, { name: 'Kenya By-election', country: 'KE', status: 'DRAFT', phase: 'ELECTION_DAY', myRole: 'PARTNER_VIEWER' }),
          ],
        },
      }),
    });
    renderApp('/missions');
    const table = await screen.findByRole('table', { name: 'Your missions, newest election first' });
    await waitFor(() => expect(document.title).toBe('Missions · Pluralis'));
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Ghana General Election 1Ghana7 Dec 2026, 28 Dec 2026ActivePre-electionCoordinator');
    expect(rows[2]).toHaveTextContent('Kenya By-electionKenya7 Dec 2026DraftElection dayPartner viewer');
    expect(within(rows[1]!).getByRole('link', { name: 'Ghana General Election 1' })).toHaveAttribute('href', '/missions/mission-1');
    expect(screen.getByRole('navigation', { name: 'Main' })).toContainElement(screen.getByRole('link', { name: 'Missions' }));
    expect(screen.getByRole('link', { name: 'New mission' })).toHaveAttribute('href', '/missions/new');
    // On a phone each row is a card: every value carries its column's name (shown before it by CSS).
    const labels = within(rows[1]!)
      .getAllByRole('cell')
      .map((cell) => cell.getAttribute('data-label'));
    expect(labels).toEqual(['Country', 'Election dates', 'Status', 'Phase', 'My role']);
  });

  it('says when there are none', async () => {
    stubGraphQL({ Viewer: signedIn, Missions: () => ({ data: { missions: [] } }) });
    renderApp('/missions');
    expect(await screen.findByText(/You have no missions yet/)).toBeInTheDocument();
  });
});

describe('NewMissionPage', () => {
  it('offers only organizations where I am admin or coordinator', async () => {
    stubGraphQL({ Viewer: signedIn, OrganizerContext: organizerContext() });
    renderApp('/missions/new');
    const select = await screen.findByLabelText('Organization');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Coalition for Domestic Election Observers',
      'Kenya Election Observers Forum',
    ]);
  });

  it('creates a mission and opens it', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizerContext: organizerContext(),
      CreateMission: (variables) => ({ data: { createMission: { mission: mission(7, { ...(variables.input as object), id: 'mission-7' }), errors: [] } } }),
      Mission: () => ({ data: { mission: mission(7, { id: 'mission-7', name: 'Ghana 2028' }) } }),
    });
    const user = userEvent.setup();
    const { location } = renderApp('/missions/new');
    await user.selectOptions(await screen.findByLabelText('Organization'), 'Coalition for Domestic Election Observers');
    await user.type(screen.getByLabelText('Name'), 'Ghana 2028');
    await user.type(screen.getByLabelText('Country'), 'gh');
    expect(screen.getByText('Ghana')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Time zone'), 'Africa/Accra');
    await user.type(screen.getByLabelText('Election date 1'), '2028-12-07');
    await user.click(screen.getByRole('button', { name: 'Add another date' }));
    await user.type(screen.getByLabelText('Election date 2'), '2028-12-28');
    await user.selectOptions(screen.getByLabelText('Phase'), 'Election day');
    await user.click(screen.getByRole('button', { name: 'Create mission' }));

    await waitFor(() => expect(location()).toBe('/missions/mission-7'));
    expect(server.callsFor('CreateMission')[0]!.variables).toEqual({
      input: {
        organizationId: 'org-2',
        name: 'Ghana 2028',
        country: 'GH',
        timeZone: 'Africa/Accra',
        electionDates: ['2028-12-07', '2028-12-28'],
        phase: 'ELECTION_DAY',
      },
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Ghana 2028' })).toBeInTheDocument();
  });

  it('shows field errors next to their fields and the others above the form', async () => {
    stubGraphQL({
      Viewer: signedIn,
      OrganizerContext: organizerContext(),
      CreateMission: () => ({
        data: {
          createMission: {
            mission: null,
            errors: [
              { field: 'country', code: 'invalid', message: 'Use a two-letter ISO country code.' },
              { field: 'electionDates', code: 'required', message: 'Give at least one election date.' },
              { field: null, code: 'limit', message: 'Too many missions.' },
            ],
          },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/missions/new');
    await user.type(await screen.findByLabelText('Name'), 'X');
    await user.click(screen.getByRole('button', { name: 'Create mission' }));
    expect(await screen.findByText('Use a two-letter ISO country code.')).toBeInTheDocument();
    expect(screen.getByLabelText('Country')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Country')).toHaveAccessibleDescription(/Use a two-letter ISO country code/);
    expect(screen.getByText('Give at least one election date.')).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('Too many missions.');
  });

  it('explains when I may create no mission', async () => {
    stubGraphQL({ Viewer: signedIn, OrganizerContext: () => ({ data: { me: { id: 'u1', isSuperuser: false, roles: [] } } }) });
    renderApp('/missions/new');
    expect(await screen.findByText(/Only admins and coordinators of an organization can create missions/)).toBeInTheDocument();
  });
});
