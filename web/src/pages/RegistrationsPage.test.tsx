import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

function registration(id: string, name: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    status,
    waitlistPosition: null,
    offerExpiresAt: null,
    attendedAt: null,
    createdAt: '2026-10-01T07:00:00+00:00',
    person: { id: `p-${id}`, name },
    ...extra,
  };
}

function registrationsEvent(registrations: unknown[], overrides: Record<string, unknown> = {}) {
  return {
    data: {
      event: {
        id: 'ev-1',
        title: 'Regional forum on election integrity',
        status: 'PUBLISHED',
        visibility: 'NETWORK',
        timeZone: 'Africa/Nairobi',
        capacity: 3,
        seatsTaken: 3,
        waitlistCount: 2,
        canEdit: true,
        registrations,
        ...overrides,
      },
    },
  };
}

const LIST = [
  registration('r1', 'Ama Mensah', 'REGISTERED'),
  registration('r2', 'Kofi Boateng', 'REGISTERED', { attendedAt: '2026-11-02T06:12:00+00:00' }),
  // 09:00Z is 12:00 in Nairobi.
  registration('r3', 'Lina Haddad', 'OFFERED', { offerExpiresAt: '2026-10-20T09:00:00+00:00' }),
  registration('r5', 'Nia Otieno', 'WAITLISTED', { waitlistPosition: 2 }),
  registration('r4', 'Musa Bello', 'WAITLISTED', { waitlistPosition: 1 }),
];

function rowsOf(table: HTMLElement) {
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.textContent ?? '');
}

describe('RegistrationsPage', { timeout: 20_000 }, () => {
  it('groups registered, offered and waitlisted people and checks someone in', async () => {
    let checkedIn = false;
    const server = stubGraphQL({
      Viewer: signedIn,
      EventRegistrations: () =>
        registrationsEvent(checkedIn ? LIST.map((r) => (r.id === 'r1' ? { ...r, attendedAt: '2026-11-02T06:30:00+00:00' } : r)) : LIST),
      CheckIn: () => {
        checkedIn = true;
        return { data: { checkIn: { registration: { id: 'r1', attendedAt: '2026-11-02T06:30:00+00:00' }, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/events/ev-1/registrations');

    const registered = await screen.findByRole('table', { name: 'Registered (2)' });
    expect(screen.getByText('3 of 3')).toBeInTheDocument();
    expect(rowsOf(registered)).toEqual([
      expect.stringContaining('Ama Mensah'),
      expect.stringContaining('Kofi Boateng'),
    ]);
    expect(rowsOf(registered)[1]).toContain('Yes, 09:12');

    const offered = screen.getByRole('table', { name: 'Offered a seat (1)' });
    expect(rowsOf(offered)).toEqual([expect.stringMatching(/Lina Haddad.*Tue 20 Oct, 12:00/)]);

    const waitlist = screen.getByRole('table', { name: 'Waitlist (2)' });
    const waiting = rowsOf(waitlist);
    expect(waiting[0]).toMatch(/Musa Bello.*#1/);
    expect(waiting[1]).toMatch(/Nia Otieno.*#2/);

    // Only people holding a seat can be checked in, and only once.
    expect(within(offered).queryByRole('button', { name: /Check in/ })).not.toBeInTheDocument();
    expect(within(registered).queryByRole('button', { name: 'Check in Kofi Boateng' })).not.toBeInTheDocument();

    const link = screen.getByRole('link', { name: 'Download CSV' });
    expect(link).toHaveAttribute('href', '/exports/events/ev-1/registrations.csv');

    await user.click(within(registered).getByRole('button', { name: 'Check in Ama Mensah' }));

    await waitFor(() => expect(server.callsFor('EventRegistrations')).toHaveLength(2));
    expect(server.callsFor('CheckIn')[0]!.variables).toEqual({ registrationId: 'r1' });
    expect(await screen.findByText('Ama Mensah is checked in.')).toBeInTheDocument();
    await waitFor(() => expect(rowsOf(screen.getByRole('table', { name: 'Registered (2)' }))[0]).toContain('Yes, 09:30'));
  });

  it('asks before cancelling a registration and registers someone told apart by organization and email', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      EventRegistrations: () => registrationsEvent(LIST, { visibility: 'INVITE_ONLY' }),
      CancelRegistration: () => ({ data: { cancelRegistration: { registration: { id: 'r4', status: 'CANCELLED' }, errors: [] } } }),
      PeopleToPick: () => ({
        data: {
          people: {
            nodes: [
              { id: 'p9', name: 'Zawadi Njeri', email: null, emailHint: 'z•••@kenya.example', memberships: [{ id: 'm1', organization: { id: 'o1', name: 'Kenya Forum' } }] },
              { id: 'p8', name: 'Zawadi Njeri', email: null, emailHint: null, memberships: [{ id: 'm2', organization: { id: 'o2', name: 'Ghana Watch' } }] },
            ],
          },
        },
      }),
      RegisterPerson: () => ({ data: { register: { registration: { id: 'r9', status: 'WAITLISTED' }, errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/events/ev-1/registrations');

    const waitlist = await screen.findByRole('table', { name: 'Waitlist (2)' });
    await user.click(within(waitlist).getByRole('button', { name: 'Cancel registration of Musa Bello' }));
    expect(server.callsFor('CancelRegistration')).toHaveLength(0);
    await user.click(within(waitlist).getByRole('button', { name: 'Yes, cancel registration' }));
    await waitFor(() => expect(server.callsFor('CancelRegistration')[0]?.variables).toEqual({ id: 'r4' }));

    // Two people of the same name: organization and masked email tell them apart.
    await user.type(screen.getByLabelText('Find a person'), 'Zaw');
    expect(await screen.findByRole('button', { name: /Choose Zawadi Njeri\s*Ghana Watch · no email on file/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: /Choose Zawadi Njeri\s*Kenya Forum · z•••@kenya\.example/ }));
    // Picking only selects: nothing is registered before the confirmation.
    expect(server.callsFor('RegisterPerson')).toHaveLength(0);
    expect(screen.getByText(/Kenya Forum · z•••@kenya\.example/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Yes, register Zawadi Njeri' }));
    await waitFor(() => expect(server.callsFor('RegisterPerson')[0]?.variables).toEqual({ eventId: 'ev-1', personId: 'p9' }));
    expect(await screen.findByText('Zawadi Njeri is on the waitlist.')).toBeInTheDocument();

    // Invitations have their own page, linked from here.
    expect(screen.getByRole('link', { name: /Send invitations by email or SMS/ })).toHaveAttribute('href', '/events/ev-1/invitations');
  });
});
