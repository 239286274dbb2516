import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { eventDetail } from './EventsTestData';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

describe('AcceptInvitationPage', () => {
  it('uses the invitation only when the guest accepts, then opens the event', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      AcceptInvitation: () => ({
        data: {
          acceptInvitation: { registration: { id: 'r-1', eventId: 'ev-7', status: 'REGISTERED' }, errors: [] },
        },
      }),
      Event: () => ({ data: { event: eventDetail() } }),
    });
    const app = renderApp('/invitations/pli_abc');

    expect(await screen.findByRole('heading', { level: 1, name: 'Accept an invitation' })).toBeInTheDocument();
    expect(screen.getByLabelText('Invitation code')).toHaveValue('pli_abc');
    // Opening the link alone must not spend a single-use invitation.
    expect(server.callsFor('AcceptInvitation')).toHaveLength(0);

    await userEvent.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Regional Forum on Election Observation' })).toBeInTheDocument();
    expect(server.callsFor('AcceptInvitation')[0]!.variables).toEqual({ token: 'pli_abc' });
    expect(app.location()).toBe('/events/ev-7');
  });

  it('says why a used invitation cannot be accepted', async () => {
    stubGraphQL({
      Viewer: signedIn,
      AcceptInvitation: () => ({
        data: {
          acceptInvitation: {
            registration: null,
            errors: [{ field: 'token', message: 'This invitation has already been used.', code: 'used' }],
          },
        },
      }),
    });
    renderApp('/invitations');
    await userEvent.type(await screen.findByLabelText('Invitation code'), 'pli_used');
    await userEvent.click(screen.getByRole('button', { name: 'Accept the invitation' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This invitation has already been used.');
  });
});
