import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

function requests(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      myMembershipRequests: [],
      membershipRequestsToDecide: [],
      myCoHostRequests: [],
      mySpeakerRequests: [],
      ...overrides,
    },
  };
}

describe('RequestsPage', () => {
  it('lets a person accept a request to join, after confirming', async () => {
    let answered = false;
    const server = stubGraphQL({
      Viewer: signedIn,
      Requests: () =>
        answered
          ? requests()
          : requests({ myMembershipRequests: [{ id: 'r1', role: 'ORGANIZER', createdAt: '2026-03-01T08:00:00Z', organization: { id: 'org-2', name: 'Ghana Watch' } }] }),
      AcceptMembershipRequest: () => {
        answered = true;
        return { data: { acceptMembershipRequest: { membership: { id: 'm9' }, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/requests');

    const row = within(await screen.findByRole('listitem', { name: 'Ghana Watch asks you to join' }, { timeout: 5000 }));
    expect(row.getByText(/as organizer/)).toBeInTheDocument();
    await user.click(row.getByRole('button', { name: 'Accept…' }));
    expect(server.callsFor('AcceptMembershipRequest')).toHaveLength(0);
    expect(row.getByText('Join Ghana Watch as organizer?')).toBeInTheDocument();
    await user.click(row.getByRole('button', { name: 'Yes, accept' }));
    expect(await screen.findByText('You joined Ghana Watch.')).toBeInTheDocument();
    expect(server.callsFor('AcceptMembershipRequest')[0]!.variables).toEqual({ id: 'r1' });
    expect(screen.getByText('No organization is asking you to join.')).toBeInTheDocument();
  });

  it('shows a network admin the requests to decide, and declining asks first', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Requests: () =>
        requests({
          membershipRequestsToDecide: [
            { id: 'r2', role: 'OBSERVER', createdAt: '2026-03-01T08:00:00Z', organization: { id: 'org-2', name: 'Ghana Watch' }, person: { id: 'p5', name: 'Kofi Mensah' } },
          ],
        }),
      DeclineMembershipRequest: () => ({ data: { declineMembershipRequest: { ok: true } } }),
    });
    const user = userEvent.setup();
    renderApp('/requests');

    const section = within(await screen.findByRole('region', { name: 'Membership requests to decide' }, { timeout: 5000 }));
    expect(section.getByRole('link', { name: 'Kofi Mensah' })).toHaveAttribute('href', '/people/p5');
    await user.click(section.getByRole('button', { name: 'Decline…' }));
    await user.click(section.getByRole('button', { name: 'Yes, decline' }));
    expect(await screen.findByText('Declined.')).toBeInTheDocument();
    expect(server.callsFor('DeclineMembershipRequest')[0]!.variables).toEqual({ id: 'r2' });
  });

  it('shows nothing to decide to an ordinary member, and lists consent requests for events', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Requests: () =>
        requests({
          myCoHostRequests: [
            { status: 'PENDING', organization: { id: 'org-1', name: 'Citizens Watch Kenya' }, event: { id: 'e1', title: 'Regional forum', startsAt: '2026-12-16T06:00:00Z', timeZone: 'Africa/Nairobi' } },
            { status: 'ACCEPTED', organization: { id: 'org-1', name: 'Citizens Watch Kenya' }, event: { id: 'e2', title: 'Already agreed', startsAt: '2026-12-16T06:00:00Z', timeZone: 'Africa/Nairobi' } },
          ],
          mySpeakerRequests: [
            { sessionId: 's1', sessionTitle: 'Opening panel', startsAt: '2026-12-16T06:00:00Z', endsAt: '2026-12-16T07:00:00Z', role: 'SPEAKER', event: { id: 'e1', title: 'Regional forum', timeZone: 'Africa/Nairobi' } },
          ],
        }),
    });
    renderApp('/requests');

    expect(await screen.findByRole('region', { name: 'Asked to speak or moderate' }, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Membership requests to decide' })).not.toBeInTheDocument();
    const cohost = within(screen.getByRole('region', { name: 'Asked to co-host events' }));
    expect(cohost.getByRole('link', { name: 'Regional forum' })).toHaveAttribute('href', '/events/e1');
    expect(cohost.queryByText('Already agreed')).not.toBeInTheDocument();
    const speaking = within(screen.getByRole('region', { name: 'Asked to speak or moderate' }));
    expect(speaking.getByText(/Opening panel/)).toHaveTextContent('asked to speak');
    expect(speaking.getByRole('button', { name: 'Accept…' })).toBeInTheDocument();
  });
});
