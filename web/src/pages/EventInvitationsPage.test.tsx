import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { fieldError } from '../test/accountData';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

function invitation(id: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    status,
    inviteeName: null,
    channel: 'EMAIL',
    sentTo: 'g•••@guest.example',
    sentAt: '2027-02-01T07:00:00Z',
    expiresAt: '2027-03-10T10:00:00Z',
    usedAt: null,
    revokedAt: null,
    ...extra,
  };
}

const LIST = [
  invitation('i1', 'PENDING', { inviteeName: 'Gita Guest' }),
  invitation('i2', 'USED', { inviteeName: 'Ama Mensah', channel: 'SMS', sentTo: '+254 •• •• •• 01', usedAt: '2027-02-02T09:00:00Z' }),
  invitation('i3', 'REVOKED', { revokedAt: '2027-02-03T09:00:00Z' }),
];

function event(invitations: unknown[] = LIST, overrides: Record<string, unknown> = {}) {
  return {
    data: {
      event: {
        id: 'ev-7',
        title: 'Closed roundtable',
        canEdit: true,
        startsAt: '2027-03-10T07:00:00Z',
        endsAt: '2027-03-10T10:00:00Z',
        allDay: false,
        timeZone: 'Africa/Nairobi',
        invitations,
        ...overrides,
      },
    },
  };
}

describe('EventInvitationsPage', { timeout: 20_000 }, () => {
  it('lists invitations with their status, filters in the URL, and asks before withdrawing', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      EventInvitations: () => event(),
      RevokeEventInvitation: () => ({ data: { revokeEventInvitation: { invitation: { id: 'i1', status: 'REVOKED' }, errors: [] } } }),
      ResendEventInvitation: () => ({
        data: { resendEventInvitation: { invitation: { id: 'i4', status: 'PENDING', sentTo: 'g•••@guest.example' }, errors: [] } },
      }),
    });
    const user = userEvent.setup();
    const app = renderApp('/events/ev-7/invitations');

    const list = await screen.findByRole('list', { name: /Invitations/ }, { timeout: 5000 });
    const rows = within(list).getAllByRole('listitem');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toHaveTextContent(/Gita Guest\s*Pending/);
    expect(rows[0]).toHaveTextContent('Sent by email to g•••@guest.example');
    expect(rows[1]).toHaveTextContent(/Ama Mensah\s*Used/);
    // 09:00Z is 12:00 in Nairobi.
    expect(rows[1]).toHaveTextContent('Used Tue 2 Feb, 12:00');
    expect(within(rows[1]!).queryByRole('button')).not.toBeInTheDocument();
    expect(rows[2]).toHaveTextContent(/A guest\s*Withdrawn/);

    await user.selectOptions(screen.getByLabelText('Show'), 'USED');
    expect(app.location()).toBe('/events/ev-7/invitations?status=USED');
    expect(within(screen.getByRole('list', { name: /Invitations/ })).getAllByRole('listitem')).toHaveLength(1);
    await user.selectOptions(screen.getByLabelText('Show'), '');

    await user.click(screen.getByRole('button', { name: 'Withdraw the invitation of Gita Guest' }));
    expect(server.callsFor('RevokeEventInvitation')).toHaveLength(0);
    await user.click(screen.getByRole('button', { name: 'Yes, withdraw' }));
    await waitFor(() => expect(server.callsFor('RevokeEventInvitation')[0]?.variables).toEqual({ id: 'i1' }));
    expect(await screen.findByText('The invitation of Gita Guest is withdrawn: its link no longer works.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Resend to A guest' }));
    expect(await screen.findByText('A new link was sent to A guest. The old link no longer works.')).toBeInTheDocument();
  });

  it('sends to a guest by email and confirms, or shows the field error', async () => {
    let sends = 0;
    const server = stubGraphQL({
      Viewer: signedIn,
      EventInvitations: () => event([]),
      SendEventInvitation: () => {
        sends += 1;
        return sends === 1
          ? { data: { sendEventInvitation: { invitation: null, alreadyPending: false, errors: [fieldError('email', 'Enter an email address like name@example.org.')] } } }
          : {
              data: {
                sendEventInvitation: {
                  invitation: { id: 'i9', inviteeName: 'Gita Guest', sentTo: 'g•••@guest.example' },
                  alreadyPending: false,
                  errors: [],
                },
              },
            };
      },
    });
    const user = userEvent.setup();
    renderApp('/events/ev-7/invitations');
    expect(await screen.findByText('No invitations sent yet.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Guest’s email'), 'gita');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Enter an email address like name@example.org.')).toBeInTheDocument();
    expect(screen.getByLabelText('Guest’s email')).toHaveAttribute('aria-invalid', 'true');

    await user.clear(screen.getByLabelText('Guest’s email'));
    await user.type(screen.getByLabelText('Guest’s email'), 'gita@guest.example');
    await user.type(screen.getByLabelText(/Guest’s name/), 'Gita Guest');
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(await screen.findByText('Invitation sent to Gita Guest (g•••@guest.example).')).toBeInTheDocument();
    expect(server.callsFor('SendEventInvitation')[1]!.variables).toEqual({ eventId: 'ev-7', email: 'gita@guest.example', guestName: 'Gita Guest' });
  });

  it('invites a person of the network by SMS after choosing them with their details', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      EventInvitations: () => event([]),
      PeopleToPick: () => ({
        data: { people: { nodes: [{ id: 'p3', name: 'Ama Mensah', email: null, emailHint: null, memberships: [{ id: 'm1', organization: { id: 'o1', name: 'Kenya Forum' } }] }] } },
      }),
      SendEventInvitation: () => ({
        data: { sendEventInvitation: { invitation: { id: 'i9', inviteeName: 'Ama Mensah', sentTo: '+254 •• •• •• 01' }, alreadyPending: true, errors: [] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/events/ev-7/invitations');
    await user.click(await screen.findByLabelText('A person of your network'));
    await user.type(screen.getByLabelText('Find a person'), 'Ama');
    await user.click(await screen.findByRole('button', { name: /Choose Ama Mensah\s*Kenya Forum · no email on file/ }));
    // Without an email on file, SMS is chosen for them.
    expect(screen.getByLabelText(/^SMS/)).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Send invitation' }));
    expect(
      await screen.findByText('Ama Mensah already has a pending invitation (+254 •• •• •• 01); nothing was sent. Use Resend below for a new link.'),
    ).toBeInTheDocument();
    expect(server.callsFor('SendEventInvitation')[0]!.variables).toEqual({ eventId: 'ev-7', personId: 'p3', channel: 'SMS' });
  });

  it('tells someone who does not organize the event that the page is for organizers', async () => {
    stubGraphQL({ Viewer: signedIn, EventInvitations: () => event([], { canEdit: false }) });
    renderApp('/events/ev-7/invitations');
    expect(await screen.findByRole('alert')).toHaveTextContent('Only the event’s organizers can send and see invitations.');
    expect(screen.queryByRole('button', { name: 'Send invitation' })).not.toBeInTheDocument();
  });
});
