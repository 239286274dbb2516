import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

// Taken before any test replaces it.
const realResolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;

/** The browser reports `timeZone` as the viewer's zone. */
function viewerIn(timeZone: string) {
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...realResolvedOptions.call(this), timeZone };
  });
}

const NOW = '2026-11-10T15:00:00.000Z';

function homeEvent(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `ev-${n}`,
    title: `Event ${n}`,
    kind: 'WORKSHOP',
    status: 'PUBLISHED',
    statusReason: null,
    visibility: 'PUBLIC',
    timeZone: 'Africa/Nairobi',
    // Wed 16 Dec 2026, 09:00–17:00 in Nairobi (+03:00).
    startsAt: '2026-12-16T06:00:00+00:00',
    endsAt: '2026-12-16T14:00:00+00:00',
    allDay: false,
    hostOrganization: { id: 'org-1', name: 'Kenya Election Observers Forum' },
    venue: { id: 'v-1', name: 'Kenyatta International Convention Centre', city: 'Nairobi' },
    myRegistration: null,
    ...overrides,
  };
}

const events = (nodes: unknown[]) => () => ({ data: { events: { nodes } } });

const conference = homeEvent(1, { title: 'East & West Africa Election Observation Conference', kind: 'CONFERENCE' });

describe('HomePage', () => {
  beforeEach(() => {
    viewerIn('Europe/Brussels');
    vi.useFakeTimers({ now: new Date(NOW), toFake: ['Date'] });
  });

  it('shows a signed-out visitor the next public events, the way to the calendar and the way in', async () => {
    const server = stubGraphQL({ Viewer: signedOut, HomeEvents: events([conference]) });
    const app = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Events of the network' })).toBeInTheDocument();
    // A visitor stays on the home page, in the public shell.
    expect(app.location()).toBe('/');
    expect(within(screen.getByRole('banner')).getByRole('link', { name: 'Pluralis' })).toHaveAttribute('href', '/');

    const list = await screen.findByRole('list', { name: 'Upcoming public events' });
    const item = within(list).getByRole('listitem');
    expect(within(item).getByRole('link', { name: conference.title })).toHaveAttribute('href', '/events/ev-1');
    // The event's own time and zone, and the viewer's.
    expect(item).toHaveTextContent('Wed 16 Dec 2026, 09:00–17:00 (Nairobi) · 07:00–15:00 your time (Brussels)');
    expect(item).toHaveTextContent('Conference · Kenya Election Observers Forum · Kenyatta International Convention Centre, Nairobi');

    expect(screen.getByRole('link', { name: 'Open the calendar' })).toHaveAttribute('href', '/events');
    expect(screen.getByRole('link', { name: 'See every event in the calendar' })).toHaveAttribute('href', '/events');
    expect(within(screen.getByRole('main')).getByRole('link', { name: 'Sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByText('Have an invitation?')).toBeInTheDocument();

    // Only events still running or to come, a page ahead.
    const call = server.callsFor('HomeEvents')[0]!;
    expect(call.variables).toEqual({ first: 50, filter: { endsAfter: NOW } });
  });

  it('lists only the next six events', async () => {
    stubGraphQL({ Viewer: signedOut, HomeEvents: events(Array.from({ length: 9 }, (_, i) => homeEvent(i + 1))) });
    renderApp('/');
    const list = await screen.findByRole('list', { name: 'Upcoming public events' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(6);
  });

  it('says so when nothing is coming up', async () => {
    stubGraphQL({ Viewer: signedOut, HomeEvents: events([]) });
    renderApp('/');
    expect(await screen.findByText(/No events are coming up yet\./)).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Open the calendar' }).length).toBeGreaterThan(0);
  });

  it('explains a failure and tries again', async () => {
    let fail = true;
    stubGraphQL({
      Viewer: signedOut,
      HomeEvents: () =>
        fail
          ? { data: null, errors: [{ message: 'Too many requests. Wait a minute and try again.', extensions: { code: 'RATE_LIMITED' } }] }
          : events([conference])(),
    });
    const user = userEvent.setup();
    renderApp('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many requests. Wait a minute and try again.');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: conference.title })).toBeInTheDocument();
  });

  it('greets a signed-in person with shortcuts, her registrations and who may see each event', async () => {
    stubGraphQL({
      Viewer: signedIn,
      AdminNav: () => ({ data: { me: { id: 'u1', isSuperuser: false, roles: [] }, devMailbox: null, devSmsOutbox: null } }),
      HomeOrganizations: () => ({
        data: { me: { id: 'u1', roles: [{ role: 'ORGANIZER', organization: { id: 'org-1', name: 'Kenya Election Observers Forum' } }] } },
      }),
      HomeEvents: events([
        conference,
        homeEvent(2, {
          title: 'Safe-house planning',
          visibility: 'INVITE_ONLY',
          myRegistration: { id: 'r-1', status: 'REGISTERED' },
          venue: null,
        }),
        homeEvent(3, { title: 'Donor roundtable', status: 'CANCELLED', statusReason: 'Flooded', myRegistration: { id: 'r-2', status: 'CANCELLED' } }),
      ]),
    });
    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Welcome, Ada Admin' })).toBeInTheDocument();
    const shortcuts = screen.getByRole('navigation', { name: 'Shortcuts' });
    expect(await within(shortcuts).findByRole('link', { name: /Kenya Election Observers Forum/ })).toHaveAttribute(
      'href',
      '/organizations/org-1',
    );
    expect(within(shortcuts).getByRole('link', { name: /Missions/ })).toHaveAttribute('href', '/missions');

    // Cancelled registrations are not "yours".
    const mine = await screen.findByRole('list', { name: 'Your registrations' });
    expect(within(mine).getAllByRole('listitem')).toHaveLength(1);
    expect(within(mine).getByRole('listitem')).toHaveTextContent('Safe-house planning');
    expect(within(mine).getByRole('listitem')).toHaveTextContent('You are registered');
    expect(within(mine).getByRole('listitem')).toHaveTextContent('Invitation only');

    const upcoming = screen.getByRole('list', { name: 'Upcoming events' });
    expect(within(upcoming).getAllByRole('listitem')).toHaveLength(3);
    expect(within(upcoming).getByText('Cancelled')).toHaveClass('status-badge');
    // Public events carry no visibility badge.
    expect(within(upcoming).getAllByRole('listitem')[0]).not.toHaveTextContent('only');
    expect(screen.queryByText('Have an invitation?')).not.toBeInTheDocument();
  });

  it('gathers many organizations into one shortcut', async () => {
    const roles = [1, 2, 3].map((n) => ({ role: 'ADMIN', organization: { id: `org-${n}`, name: `Organization ${n}` } }));
    stubGraphQL({
      Viewer: signedIn,
      AdminNav: () => ({ data: { me: null, devMailbox: null, devSmsOutbox: null } }),
      HomeOrganizations: () => ({ data: { me: { id: 'u1', roles } } }),
      HomeEvents: events([]),
    });
    renderApp('/');
    const shortcuts = within(await screen.findByRole('navigation', { name: 'Shortcuts' }));
    expect(await shortcuts.findByRole('link', { name: /You have roles in 3/ })).toHaveAttribute('href', '/organizations');
    expect(shortcuts.queryByRole('link', { name: /Organization 1/ })).not.toBeInTheDocument();
  });

  it('is one click away from the sign-in card, for a visitor who changes her mind', async () => {
    stubGraphQL({ Viewer: signedOut, HomeEvents: events([conference]) });
    const user = userEvent.setup();
    const app = renderApp('/sign-in');
    await user.click(await screen.findByRole('link', { name: 'Pluralis' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Events of the network' })).toBeInTheDocument();
    expect(app.location()).toBe('/');
  });
});
