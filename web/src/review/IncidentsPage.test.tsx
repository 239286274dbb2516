import { act, configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { INCIDENT_POLL_MS } from './IncidentsPage';
import { connection, incidentRow, mission, MISSION_ID, station } from './testData';

// The pages load the session, the mission and their own data first: give a busy machine time.
configure({ asyncUtilTimeout: 5000 });

const PATH = `/missions/${MISSION_ID}/incidents`;

function incidentList() {
  return screen.getAllByRole('listitem').filter((li) => li.classList.contains('review-incident'));
}

describe('IncidentsPage', () => {
  it('lists incidents newest first, critical and high ones prominent, times on the mission’s clock', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      MissionIncidents: () => ({
        data: {
          missionIncidents: connection([
            incidentRow(1),
            incidentRow(4, { severity: 'CRITICAL', category: 'VIOLENCE', reporter: null }),
            incidentRow(2, { severity: 'HIGH', assignee: { id: 'mm-c1', name: 'Wanjiru Kamau', role: 'COORDINATOR' } }),
          ]),
        },
      }),
    });
    renderApp(PATH);

    await screen.findByRole('heading', { level: 1, name: 'Incident desk' });
    await waitFor(() => expect(incidentList()).toHaveLength(3));
    expect(server.callsFor('MissionIncidents')[0]!.variables).toEqual({ missionId: MISSION_ID, status: null, severity: null, first: 100 });
    const [first, second, third] = incidentList();
    expect(first).toHaveAccessibleName('Violence · NBO-014 Kibera Primary School');
    expect(first).toHaveClass('review-incident-prominent');
    expect(within(first!).getByText('Critical')).toHaveClass('review-severity-critical');
    // 04:30Z is 07:30 in Nairobi (UTC+3).
    expect(first).toHaveTextContent('Mon 9 Aug 2027 07:30');
    expect(first).toHaveTextContent('Logged by a coordinator');
    expect(second).toHaveClass('review-incident-prominent');
    expect(second).toHaveTextContent('Wanjiru Kamau');
    expect(third).not.toHaveClass('review-incident-prominent');
    expect(third).toHaveTextContent('Observer K7P2Q');
    expect(within(first!).getByRole('link')).toHaveAttribute('href', `/missions/${MISSION_ID}/incidents/inc-4`);
    expect(screen.getByText(/Times in Nairobi \(Africa\/Nairobi\)/)).toBeInTheDocument();
  });

  it('filters by status and severity, refreshes on demand and every 15 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const server = stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      MissionIncidents: () => ({ data: { missionIncidents: connection([incidentRow(1)]) } }),
    });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp(PATH);
    await waitFor(() => expect(incidentList()).toHaveLength(1));

    await user.selectOptions(screen.getByLabelText('Status'), 'NEW');
    await user.selectOptions(screen.getByLabelText('Severity'), 'CRITICAL');
    await user.click(screen.getByRole('button', { name: 'Filter' }));
    await waitFor(() =>
      expect(server.callsFor('MissionIncidents').at(-1)!.variables).toEqual({ missionId: MISSION_ID, status: 'NEW', severity: 'CRITICAL', first: 100 }),
    );
    const afterFilter = server.callsFor('MissionIncidents').length;

    await user.click(screen.getByRole('button', { name: 'Refresh' }));
    await waitFor(() => expect(server.callsFor('MissionIncidents')).toHaveLength(afterFilter + 1));

    await act(async () => {
      vi.advanceTimersByTime(INCIDENT_POLL_MS);
    });
    await waitFor(() => expect(server.callsFor('MissionIncidents')).toHaveLength(afterFilter + 2));
    expect(server.callsFor('MissionIncidents').at(-1)!.variables).toMatchObject({ status: 'NEW', severity: 'CRITICAL' });
  });

  it('logs an incident with a generated idempotency key, the chosen station and the time read on the mission’s clock', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      MissionIncidents: () => ({ data: { missionIncidents: connection([]) } }),
      IncidentLocationSearch: () => ({ data: { missionLocations: { nodes: [{ ...station, isStation: true }] } } }),
      LogIncident: (v) => ({
        data: { reportIncident: { incident: incidentRow(9, { ...(v.input as object), location: station }), errors: [] } },
      }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    expect(await screen.findByText('No incident matches.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Log an incident' }));
    const form = within(screen.getByRole('form', { name: 'Log an incident' }));
    await user.click(form.getByRole('button', { name: 'Log incident' }));
    expect(form.getByText('Describe what happened.')).toBeInTheDocument();
    expect(server.callsFor('LogIncident')).toHaveLength(0);

    await user.selectOptions(form.getByLabelText('Category'), 'INTIMIDATION');
    await user.selectOptions(form.getByLabelText('Severity'), 'HIGH');
    await user.clear(form.getByLabelText(/When/));
    await user.type(form.getByLabelText(/When/), '2027-08-09T10:15');
    await user.type(form.getByLabelText('Description'), 'Party agents turned away at the door');
    await user.type(form.getByLabelText('Station (code or name)'), 'NBO');
    await user.click(form.getByRole('button', { name: 'Find' }));
    await waitFor(() => expect(form.getByLabelText('Station')).toHaveValue(station.id));
    expect(server.callsFor('IncidentLocationSearch')[0]!.variables).toEqual({ missionId: MISSION_ID, search: 'NBO' });
    await user.click(form.getByRole('button', { name: 'Log incident' }));

    await waitFor(() => expect(server.callsFor('LogIncident')).toHaveLength(1));
    const input = server.callsFor('LogIncident')[0]!.variables.input as Record<string, unknown>;
    expect(input).toMatchObject({
      missionId: MISSION_ID,
      locationId: station.id,
      category: 'INTIMIDATION',
      severity: 'HIGH',
      description: 'Party agents turned away at the door',
      occurredAt: '2027-08-09T07:15:00.000Z',
    });
    expect(String(input.idempotencyKey)).toMatch(/^desk-.{8,}$/);
    // The form closes and the list is loaded again.
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Log an incident' })).not.toBeInTheDocument());
    expect(server.callsFor('MissionIncidents').length).toBeGreaterThanOrEqual(2);
  });

  it('keeps the same idempotency key when a logging attempt is retried', async () => {
    let attempt = 0;
    const server = stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      MissionIncidents: () => ({ data: { missionIncidents: connection([]) } }),
      LogIncident: () => {
        attempt += 1;
        return attempt === 1
          ? { data: null, errors: [{ message: 'boom', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }
          : { data: { reportIncident: { incident: incidentRow(9), errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByText('No incident matches.');
    await user.click(screen.getByRole('button', { name: 'Log an incident' }));
    const form = within(screen.getByRole('form', { name: 'Log an incident' }));
    await user.type(form.getByLabelText('Description'), 'Queue unrest');
    await user.click(form.getByRole('button', { name: 'Log incident' }));
    expect(await form.findByRole('alert')).toHaveTextContent('Something went wrong on the server.');
    await user.click(form.getByRole('button', { name: 'Log incident' }));
    await waitFor(() => expect(server.callsFor('LogIncident')).toHaveLength(2));
    const [a, b] = server.callsFor('LogIncident').map((c) => (c.variables.input as { idempotencyKey: string }).idempotencyKey);
    expect(a).toBe(b);
  });
});
