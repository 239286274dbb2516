import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { incident, members, mission, MISSION_ID } from './testData';

// The pages load the session, the mission and their own data first: give a busy machine time.
configure({ asyncUtilTimeout: 5000 });

const PATH = `/missions/${MISSION_ID}/incidents/inc-7`;

describe('IncidentPage', () => {
  it('shows the incident with its history, in the mission’s time zone', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      ReviewMissionMembers: () => ({ data: { missionMembers: members } }),
      ReviewIncident: () => ({
        data: {
          incident: incident({
            notes: [{ id: 'n-1', text: 'Police informed', at: '2027-08-09T07:40:00Z', authorName: 'Wanjiru Kamau' }],
            history: [
              { at: '2027-08-09T07:45:00Z', action: 'acknowledged', fromStatus: 'NEW', toStatus: 'ACKNOWLEDGED' },
              { at: '2027-08-09T07:35:00Z', action: 'reported', fromStatus: null, toStatus: 'NEW' },
            ],
            status: 'ACKNOWLEDGED',
          }),
        },
      }),
    });
    renderApp(PATH);

    await screen.findByRole('heading', { level: 1, name: 'Critical · Violence' });
    expect(server.callsFor('ReviewIncident')[0]!.variables).toEqual({ id: 'inc-7' });
    expect(screen.getByText('Ballot box seized by armed men')).toBeInTheDocument();
    // 07:30Z occurred, 07:35Z reported: 10:30 and 10:35 in Nairobi.
    expect(screen.getByText('Occurred').nextElementSibling).toHaveTextContent('Mon 9 Aug 2027 10:30');
    expect(screen.getByText('Reported', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Mon 9 Aug 2027 10:35');
    expect(screen.getByText('Reported by').nextElementSibling).toHaveTextContent('Observer K7P2Q');
    const notes = within(screen.getByRole('region', { name: 'Notes' }));
    expect(notes.getByText('Police informed')).toBeInTheDocument();
    expect(notes.getByText(/by Wanjiru Kamau/)).toBeInTheDocument();
    const history = within(screen.getByRole('list', { name: 'History' }))
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(history).toEqual(['Mon 9 Aug 2027 10:35 reported', 'Mon 9 Aug 2027 10:45 acknowledged New → Acknowledged']);
    // Acknowledged already: no second acknowledgement.
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
  });

  it('acknowledges, assigns to a coordinator, adds a note and resolves with the right mutations', async () => {
    let current = incident();
    const answer = (name: string, changes: Record<string, unknown>) => () => {
      current = { ...current, ...changes };
      return { data: { [name]: { incident: current, errors: [] } } };
    };
    const server = stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      ReviewMissionMembers: () => ({ data: { missionMembers: members } }),
      ReviewIncident: () => ({ data: { incident: current } }),
      AcknowledgeIncident: answer('acknowledgeIncident', { status: 'ACKNOWLEDGED' }),
      AssignIncident: answer('assignIncident', { assignee: { id: 'mm-c1', name: 'Wanjiru Kamau', role: 'COORDINATOR' } }),
      AddIncidentNote: (v) =>
        answer('addIncidentNote', { notes: [{ id: 'n-1', text: v.text, at: '2027-08-09T08:00:00Z', authorName: 'Ada Admin' }] })(),
      ResolveIncident: answer('resolveIncident', { status: 'RESOLVED' }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: 'Critical · Violence' });

    await user.click(screen.getByRole('button', { name: 'Acknowledge' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument());
    expect(server.callsFor('AcknowledgeIncident')[0]!.variables).toEqual({ id: 'inc-7' });
    expect(screen.getByText('Acknowledged', { selector: '.status-badge' })).toBeInTheDocument();

    // Only coordinators are offered; an unnamed one is shown by role.
    const assignee = await screen.findByLabelText('Assign to');
    const options = within(assignee).getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(['Nobody', 'Wanjiru Kamau (Coordinator)', 'Member mm-r1 (Regional coordinator)']);
    await user.selectOptions(assignee, 'mm-c1');
    await user.click(screen.getByRole('button', { name: 'Assign' }));
    await waitFor(() => expect(server.callsFor('AssignIncident')).toHaveLength(1));
    expect(server.callsFor('AssignIncident')[0]!.variables).toEqual({ id: 'inc-7', memberId: 'mm-c1' });
    await waitFor(() => expect(screen.getByText('Assignee').nextElementSibling).toHaveTextContent('Wanjiru Kamau (Coordinator)'));

    await user.click(screen.getByRole('button', { name: 'Add note' }));
    expect(screen.getByText('Write the note first.')).toBeInTheDocument();
    expect(server.callsFor('AddIncidentNote')).toHaveLength(0);
    await user.type(screen.getByLabelText('Note'), 'Team on the way');
    await user.click(screen.getByRole('button', { name: 'Add note' }));
    await waitFor(() => expect(server.callsFor('AddIncidentNote')).toHaveLength(1));
    expect(server.callsFor('AddIncidentNote')[0]!.variables).toEqual({ id: 'inc-7', text: 'Team on the way' });
    expect(await within(screen.getByRole('region', { name: 'Notes' })).findByText('Team on the way')).toBeInTheDocument();
    expect(screen.getByLabelText('Note')).toHaveValue('');

    await user.type(screen.getByLabelText('Resolution note'), 'Box recovered by police');
    await user.click(screen.getByRole('button', { name: 'Resolve' }));
    await waitFor(() => expect(server.callsFor('ResolveIncident')).toHaveLength(1));
    expect(server.callsFor('ResolveIncident')[0]!.variables).toEqual({ id: 'inc-7', note: 'Box recovered by police' });
    await waitFor(() => expect(screen.getByText('Resolved', { selector: '.status-badge' })).toBeInTheDocument());
    expect(screen.queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
  });

  it('shows an analyst the incident without the workflow', async () => {
    stubGraphQL({
      Viewer: signedIn,
      ReviewMission: () => ({ data: { mission: { ...mission().data.mission, myRole: 'ANALYST' } } }),
      ReviewMissionMembers: () => ({ data: null, errors: [{ message: 'No such mission.', extensions: { code: 'NOT_FOUND' } }] }),
      ReviewIncident: () => ({ data: { incident: incident({ notes: [{ id: 'n-1', text: 'Seen', at: '2027-08-09T07:40:00Z', authorName: null }] }) } }),
    });
    renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: 'Critical · Violence' });
    await screen.findByRole('link', { name: 'Kenya general election 2027' });
    expect(screen.getByText('Seen')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Acknowledge' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add note' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Resolve' })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal of a workflow step', async () => {
    stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      ReviewMissionMembers: () => ({ data: null, errors: [{ message: 'Not allowed.', extensions: { code: 'FORBIDDEN' } }] }),
      ReviewIncident: () => ({ data: { incident: incident() } }),
      AcknowledgeIncident: () => ({
        data: { acknowledgeIncident: { incident: null, errors: [{ field: null, code: 'state', message: 'The incident is already resolved.' }] } },
      }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: 'Acknowledge' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The incident is already resolved.');
    // Without the member list (not a coordinator) there is nothing to assign to.
    expect(screen.queryByLabelText('Assign to')).not.toBeInTheDocument();
  });
});
