import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { calendarEvent, eventsPage, nowIs, viewerIn } from './EventsTestData';

// Monday 2 November 2026: Berlin is on +01:00, New York on −05:00.
const training = calendarEvent(1, { title: 'Election observation training' });
const cancelled = calendarEvent(2, {
  title: 'Donor roundtable',
  kind: 'ROUNDTABLE',
  status: 'CANCELLED',
  statusReason: 'The venue is flooded',
  startsAt: '2026-11-12T09:00:00+00:00',
  endsAt: '2026-11-12T11:00:00+00:00',
});
const allDay = calendarEvent(3, {
  title: 'Observer day',
  timeZone: 'Asia/Kathmandu',
  allDay: true,
  // Friday 20 November in Kathmandu (+05:45), whatever the viewer's zone.
  startsAt: '2026-11-19T18:15:00+00:00',
  endsAt: '2026-11-20T18:15:00+00:00',
});
// Two days in Berlin, Tuesday 3 to Wednesday 4 November; the viewer is registered.
const conference = calendarEvent(4, {
  title: 'Regional forum',
  kind: 'CONFERENCE',
  startsAt: '2026-11-03T08:00:00+00:00',
  endsAt: '2026-11-04T16:00:00+00:00',
  visibility: 'INVITE_ONLY',
  myRegistration: { id: 'reg-1', status: 'REGISTERED' },
});
// Drawn in the grid's last week but in December: not one of November's events.
const december = calendarEvent(5, {
  title: 'Year-end review',
  startsAt: '2026-12-02T13:00:00+00:00',
  endsAt: '2026-12-02T15:00:00+00:00',
});

const originalZone = process.env.TZ;

/**
 * The viewer's zone, for our own code (Intl) and for FullCalendar, which draws in the zone of
 * JavaScript's Date (timeZone 'local'): Node follows process.env.TZ when it changes.
 */
function viewerZone(zone: string) {
  process.env.TZ = zone;
  viewerIn(zone);
}

/** The month grid's cell of a date. */
function dayCell(date: string) {
  return document.querySelector<HTMLElement>(`.fc-daygrid-day[data-date="${date}"]`)!;
}

/** Every element FullCalendar drew for an event (one per row or column it crosses). */
function drawn(eventId: string) {
  return [...document.querySelectorAll(`.fc-event[href="/events/${eventId}"], .fc-list-event a[href="/events/${eventId}"]`)];
}

function lastFilter(server: ReturnType<typeof stubGraphQL>) {
  return server.callsFor('Events').at(-1)!.variables.filter as Record<string, unknown>;
}

// FullCalendar takes a while to draw in jsdom; the page is not slow in a browser.
configure({ asyncUtilTimeout: 5000 });

describe('EventsPage', { timeout: 30_000 }, () => {
  beforeEach(() => {
    viewerZone('America/New_York');
    nowIs('2026-11-10T15:00:00Z');
  });

  afterEach(() => {
    process.env.TZ = originalZone;
  });

  it('draws the month with multi-day events spanning, markers in words and a count of the month only', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      Events: () => eventsPage([training, cancelled, allDay, conference, december]),
    });
    renderApp('/events?date=2026-11-02');

    expect(await screen.findByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'November 2026' })).toBeInTheDocument();
    await screen.findByRole('link', { name: /^Election observation training/ });
    // Five events are drawn (the grid shows 2 December) but four are in November.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('4 events in November 2026'));
    expect(drawn('ev-5')).toHaveLength(1);

    // The two-day conference is ONE element, starting in Tuesday's cell; not one per day.
    expect(drawn('ev-4')).toHaveLength(1);
    expect(dayCell('2026-11-03')).toContainElement(drawn('ev-4')[0] as HTMLElement);
    const forum = screen.getByRole('link', { name: /^Regional forum/ });
    expect(forum).toHaveAttribute('href', '/events/ev-4');
    expect(within(forum).getByText('Registered')).toHaveClass('cal-marker');
    expect(within(forum).getByText('Invite only')).toHaveClass('cal-marker');
    // The link says it all to a screen reader: markers and both zones.
    // (jsdom drops the spaces after the hidden commas that browsers keep.)
    expect(forum).toHaveAccessibleName(
      /^Regional forum, ?Registered, ?Invite only, Tue 3 Nov 2026, 09:00 – Wed 4 Nov 2026, 17:00 \(Berlin\) · 03:00 – Wed 4 Nov 2026, 11:00 your time \(New York\)$/,
    );

    // Times in the viewer's zone on the face; the event's own zone on hover.
    const training_ = screen.getByRole('link', { name: /^Election observation training/ });
    expect(dayCell('2026-11-02')).toContainElement(training_);
    expect(training_).toHaveTextContent('08:00');
    expect(training_).toHaveAttribute('title', expect.stringContaining('14:00–16:00 (Berlin) · 08:00–10:00 your time (New York)'));
    expect(within(training_).queryByText('Registered')).not.toBeInTheDocument();

    const roundtable = screen.getByRole('link', { name: /^Donor roundtable/ });
    expect(within(roundtable).getByText('Cancelled')).toHaveClass('cal-marker');
    expect(roundtable.closest('.fc-event')).toHaveClass('status-cancelled');

    // All-day events sit on their own date and show no time.
    const observerDay = screen.getByRole('link', { name: /^Observer day/ });
    expect(dayCell('2026-11-20')).toContainElement(observerDay);
    expect(observerDay.querySelector('.cal-chip-time')).toBeNull();

    expect(screen.getByRole('link', { name: 'Month' })).toHaveAttribute('aria-current', 'page');

    // Whole weeks from Monday 26 October to Sunday 6 December, in New York time, a day wider
    // on each side for all-day events in far zones.
    expect(server.callsFor('Events')[0]!.variables).toEqual({
      first: 100,
      after: null,
      filter: { endsAfter: '2026-10-25T04:00:00.000Z', startsBefore: '2026-12-08T05:00:00.000Z' },
    });
  });

  it('keeps a two-hour meeting on one day for a viewer on the other side of the world', async () => {
    viewerZone('Pacific/Auckland');
    // 14:00–16:00 on Monday 30 November in Brussels: 02:00–04:00 on Tuesday 1 December in Auckland.
    const meeting = calendarEvent(6, {
      title: 'Board meeting',
      timeZone: 'Europe/Brussels',
      startsAt: '2026-11-30T13:00:00+00:00',
      endsAt: '2026-11-30T15:00:00+00:00',
    });
    stubGraphQL({ Viewer: signedOut, Events: () => eventsPage([meeting]) });
    renderApp('/events?date=2026-11-02');

        const link = await screen.findByRole('link', { name: /^Board meeting/ });
    expect(drawn('ev-6')).toHaveLength(1);
    expect(dayCell('2026-12-01')).toContainElement(link);
    expect(link).toHaveTextContent('02:00');
    expect(link).toHaveAttribute('title', expect.stringContaining('14:00–16:00 (Brussels)'));
    // It is December's for this viewer, so November has none.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('No events in November 2026'));
  });

  it('switches between month, week and list views through the URL', async () => {
    stubGraphQL({ Viewer: signedOut, Events: () => eventsPage([training, cancelled, allDay, conference]) });
    const user = userEvent.setup();
    const app = renderApp('/events?date=2026-11-02');
    await screen.findByRole('link', { name: /^Election observation training/ });

    await user.click(screen.getByRole('link', { name: 'Week' }));
    expect(app.location()).toBe('/events?date=2026-11-02&view=week');
    expect(await screen.findByRole('heading', { level: 2, name: 'Mon 2 Nov – Sun 8 Nov 2026' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Week' })).toHaveAttribute('aria-current', 'page');
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 events from Mon 2 Nov to Sun 8 Nov 2026'));
    const headers = screen.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Mon 2 Nov', 'Sun 8 Nov']));
    // An hour axis, in the 24-hour clock.
    const hours = [...document.querySelectorAll('.fc-timegrid-slot-label')].map((cell) => cell.textContent);
    expect(hours).toEqual(expect.arrayContaining(['00:00', '09:00', '23:00']));
    // (jsdom has no layout, so FullCalendar places no timed events in the hours; the browser
    // test checks them.)

    await user.click(screen.getByRole('link', { name: 'List' }));
    expect(app.location()).toBe('/events?date=2026-11-02&view=list');
    expect(await screen.findByText('Thursday, 12 November 2026')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: /^Donor roundtable, ?Cancelled/ });
    expect(link).toHaveAttribute('href', '/events/ev-2');
    // The list names an event under each of its days.
    expect(screen.getAllByRole('link', { name: /^Regional forum, ?Registered, ?Invite only/ })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('status')).toHaveTextContent('4 events in November 2026');

    // Clicking an event opens its page inside the app.
    await user.click(link);
    expect(app.location()).toBe('/events/ev-2');
  });

  it('opens old agenda links as the list, and the list on phones when no view is asked for', async () => {
    stubGraphQL({ Viewer: signedOut, Events: () => eventsPage([training]) });
    renderApp('/events?view=agenda&date=2026-11-02');
    expect(await screen.findByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'page');
  });

  it('shows the list by default at phone width', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('max-width'), media: query, addEventListener() {}, removeEventListener() {} }));
    stubGraphQL({ Viewer: signedOut, Events: () => eventsPage([training]) });
    renderApp('/events?date=2026-11-02');
    expect(await screen.findByRole('link', { name: 'List' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByText('Monday, 2 November 2026')).toBeInTheDocument();
  });

  it('sends the new range to the API on previous, next and today, paging through the results', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      Events: (variables) =>
        variables.after == null
          ? eventsPage([training], { hasNextPage: true, endCursor: 'cursor-1' })
          : eventsPage([calendarEvent(7, { title: 'Evening debrief', startsAt: '2026-11-04T18:00:00Z', endsAt: '2026-11-04T19:00:00Z' })]),
    });
    const user = userEvent.setup();
    const app = renderApp('/events?view=week&date=2026-11-02');

    // Both pages count.
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('2 events from Mon 2 Nov to Sun 8 Nov 2026'));
    const [first, second] = server.callsFor('Events');
    expect(first!.variables).toMatchObject({
      after: null,
      filter: { endsAfter: '2026-11-01T04:00:00.000Z', startsBefore: '2026-11-10T05:00:00.000Z' },
    });
    expect(second!.variables).toMatchObject({ after: 'cursor-1', filter: first!.variables.filter as object });

    await user.click(screen.getByRole('link', { name: 'Next week' }));
    expect(app.location()).toBe('/events?view=week&date=2026-11-09');
    await waitFor(() =>
      expect(lastFilter(server)).toEqual({ endsAfter: '2026-11-08T05:00:00.000Z', startsBefore: '2026-11-17T05:00:00.000Z' }),
    );

    await user.click(screen.getByRole('link', { name: 'Previous week' }));
    await user.click(screen.getByRole('link', { name: 'Previous week' }));
    expect(app.location()).toBe('/events?view=week&date=2026-10-26');
    // New York leaves daylight saving time on 1 November: midnight moves from 04:00Z to 05:00Z.
    await waitFor(() =>
      expect(lastFilter(server)).toEqual({ endsAfter: '2026-10-25T04:00:00.000Z', startsBefore: '2026-11-03T05:00:00.000Z' }),
    );

    await user.click(screen.getByRole('link', { name: 'Today' }));
    expect(app.location()).toBe('/events?view=week');
    expect(await screen.findByRole('heading', { level: 2, name: 'Mon 9 Nov – Sun 15 Nov 2026' })).toBeInTheDocument();
    // The heading and the count name the week shown, not "this week".
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent(/ events? from Mon 9 Nov to Sun 15 Nov 2026$/));

    await user.click(screen.getByRole('link', { name: 'Month' }));
    await user.click(screen.getByRole('link', { name: 'Next month' }));
    expect(app.location()).toBe('/events?view=month&date=2026-12-01');
    expect(await screen.findByRole('heading', { level: 2, name: 'December 2026' })).toBeInTheDocument();
    expect(dayCell('2026-12-01')).not.toBeNull();
  });

  it('filters by kind and tag', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      Events: (variables) => {
        const filter = variables.filter as { kind?: string; tag?: string };
        if (filter.kind === 'WORKSHOP' && filter.tag === 'elections') return eventsPage([training]);
        if (filter.kind) return eventsPage([training, calendarEvent(8, { title: 'Budget workshop' })]);
        return eventsPage([training, cancelled]);
      },
    });
    const user = userEvent.setup();
    const app = renderApp('/events?date=2026-11-02');
    await screen.findByRole('link', { name: /^Donor roundtable/ });

    await user.selectOptions(screen.getByLabelText('Kind'), 'Workshop');
    expect(await screen.findByRole('link', { name: /^Budget workshop/ })).toBeInTheDocument();
    expect(app.location()).toBe('/events?date=2026-11-02&kind=WORKSHOP');
    expect(screen.queryByRole('link', { name: /^Donor roundtable/ })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Tag' }), 'elections');
    await waitFor(() => expect(screen.queryByRole('link', { name: /^Budget workshop/ })).not.toBeInTheDocument());
    expect(lastFilter(server)).toMatchObject({ kind: 'WORKSHOP', tag: 'elections' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 event in November 2026 matching the filters'));
    expect(server.callsFor('Events').length).toBeLessThanOrEqual(4);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: /^Donor roundtable/ })).toBeInTheDocument();
    expect(app.location()).toBe('/events?date=2026-11-02');
  });

  it('shows the calendar inside the app shell for signed-in users, with Events in the navigation', async () => {
    stubGraphQL({ Viewer: signedIn, Events: () => eventsPage([]) });
    renderApp('/events?view=list');

    expect(await screen.findByText('No events in November 2026')).toHaveAttribute('role', 'status');
    expect(screen.getByText('No events in November 2026.')).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Calendar' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Organizations' })).not.toHaveAttribute('aria-current');
    expect(screen.getByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Sign in' })).not.toBeInTheDocument();
  });

  it('shows an error with a retry button when the server fails', async () => {
    let fail = true;
    stubGraphQL({
      Viewer: signedOut,
      Events: () => (fail ? { data: null, errors: [{ message: 'Unexpected error.' }] } : eventsPage([training])),
    });
    const user = userEvent.setup();
    renderApp('/events?date=2026-11-02');
    expect(await screen.findByRole('alert')).toHaveTextContent(/something went wrong/i);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('link', { name: /^Election observation training/ })).toBeInTheDocument();
  });
});
