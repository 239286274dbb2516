import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
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
  startsAt: '2026-11-19T18:15:00+00:00',
  endsAt: '2026-11-20T18:15:00+00:00',
});

/** The calendar cell or column of a day, found by its full date. */
function dayCell(label: string) {
  return screen.getByText(label).closest('li')!;
}

function lastFilter(server: ReturnType<typeof stubGraphQL>) {
  return server.callsFor('Events').at(-1)!.variables.filter as Record<string, unknown>;
}

describe('EventsPage', () => {
  beforeEach(() => {
    viewerIn('America/New_York');
    nowIs('2026-11-10T15:00:00Z');
  });

  it('shows a month grid to anonymous visitors, with times in both zones and cancelled events marked', async () => {
    const server = stubGraphQL({ Viewer: signedOut, Events: () => eventsPage([training, cancelled, allDay]) });
    renderApp('/events?date=2026-11-02');

    expect(await screen.findByRole('heading', { level: 1, name: 'Events' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'November 2026' })).toBeInTheDocument();
    await screen.findByRole('link', { name: 'Election observation training' });
    expect(screen.getByRole('status')).toHaveTextContent('3 events in November 2026');

    const monday = dayCell('Monday 2 November 2026');
    const link = within(monday).getByRole('link', { name: 'Election observation training' });
    expect(link).toHaveAttribute('href', '/events/ev-1');
    expect(monday).toHaveTextContent('14:00–16:00 (Berlin) · 08:00–10:00 your time (New York)');

    const thursday = dayCell('Thursday 12 November 2026');
    expect(within(thursday).getByText('Cancelled')).toHaveClass('status-badge');
    expect(thursday).toHaveTextContent('The venue is flooded');

    // All-day events sit on their own date and show no times.
    expect(within(dayCell('Friday 20 November 2026')).getByText('All day')).toBeInTheDocument();
    expect(within(dayCell('Thursday 19 November 2026')).queryByRole('link')).not.toBeInTheDocument();

    expect(screen.getByRole('link', { name: 'Month' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByText('Tuesday 10 November 2026').closest('time')).toHaveAttribute('aria-current', 'date');

    // Anonymous: a minimal header with a way to sign in, and no app navigation.
    expect(screen.getByRole('link', { name: 'Sign in' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Fevents%3Fdate%3D2026-11-02',
    );
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();

    // Whole weeks from Monday 26 October to Sunday 6 December, in New York time,
    // starting two weeks early for events that began before and still run.
    expect(server.callsFor('Events')[0]!.variables).toEqual({
      first: 100,
      after: null,
      filter: { endsAfter: '2026-10-25T04:00:00.000Z', startsBefore: '2026-12-08T05:00:00.000Z' },
    });
  });

  it('switches between month, week and agenda views through the URL', async () => {
    stubGraphQL({ Viewer: signedOut, Events: () => eventsPage([training, cancelled, allDay]) });
    const user = userEvent.setup();
    const app = renderApp('/events?date=2026-11-02');
    await screen.findByRole('link', { name: 'Election observation training' });

    await user.click(screen.getByRole('link', { name: 'Week' }));
    expect(app.location()).toBe('/events?date=2026-11-02&view=week');
    expect(await screen.findByRole('heading', { level: 2, name: 'Mon 2 Nov – Sun 8 Nov 2026' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Week' })).toHaveAttribute('aria-current', 'page');
    const week = screen.getByRole('list', { name: /Days of the week/ });
    const columns = within(week).getAllByRole('heading', { level: 3 });
    expect(columns.map((h) => h.textContent)).toEqual([
      'Mon 2 Nov',
      'Tue 3 Nov',
      'Wed 4 Nov',
      'Thu 5 Nov',
      'Fri 6 Nov',
      'Sat 7 Nov',
      'Sun 8 Nov',
    ]);
    const monday = columns[0]!.closest('li')!;
    expect(within(monday).getByRole('link', { name: 'Election observation training' })).toBeInTheDocument();
    expect(monday).toHaveTextContent('14:00–16:00 (Berlin) · 08:00–10:00 your time (New York)');
    expect(screen.queryByRole('link', { name: 'Donor roundtable' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Agenda' }));
    expect(app.location()).toBe('/events?date=2026-11-02&view=agenda');
    expect(await screen.findByRole('heading', { level: 3, name: 'Thursday 12 November 2026' })).toBeInTheDocument();
    const days = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(days).toEqual(['Monday 2 November 2026', 'Thursday 12 November 2026', 'Friday 20 November 2026']);
    const roundtable = screen.getByRole('link', { name: 'Donor roundtable' }).closest('li')!;
    expect(roundtable).toHaveTextContent('Cancelled: The venue is flooded');
    expect(roundtable).toHaveTextContent('Roundtable · Citizens Watch Kenya · Haus der Demokratie, Berlin');
    expect(screen.getByRole('link', { name: 'Agenda' })).toHaveAttribute('aria-current', 'page');
  });

  it('sends the new range to the API on previous, next and today, paging through the results', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      Events: (variables) =>
        variables.after == null
          ? eventsPage([training], { hasNextPage: true, endCursor: 'cursor-1' })
          : eventsPage([calendarEvent(4, { title: 'Evening debrief', startsAt: '2026-11-04T18:00:00Z', endsAt: '2026-11-04T19:00:00Z' })]),
    });
    const user = userEvent.setup();
    const app = renderApp('/events?view=week&date=2026-11-02');

    expect(await screen.findByRole('link', { name: 'Evening debrief' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Election observation training' })).toBeInTheDocument();
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

    await user.click(screen.getByRole('link', { name: 'Month' }));
    await user.click(screen.getByRole('link', { name: 'Next month' }));
    expect(app.location()).toBe('/events?date=2026-12-01');
    expect(await screen.findByRole('heading', { level: 2, name: 'December 2026' })).toBeInTheDocument();
  });

  it('filters by kind and tag', async () => {
    const server = stubGraphQL({
      Viewer: signedOut,
      Events: (variables) => {
        const filter = variables.filter as { kind?: string; tag?: string };
        if (filter.kind === 'WORKSHOP' && filter.tag === 'elections') return eventsPage([training]);
        if (filter.kind) return eventsPage([training, calendarEvent(5, { title: 'Budget workshop' })]);
        return eventsPage([training, cancelled]);
      },
    });
    const user = userEvent.setup();
    const app = renderApp('/events?date=2026-11-02');
    await screen.findByRole('link', { name: 'Donor roundtable' });

    await user.selectOptions(screen.getByLabelText('Kind'), 'Workshop');
    expect(await screen.findByRole('link', { name: 'Budget workshop' })).toBeInTheDocument();
    expect(app.location()).toBe('/events?date=2026-11-02&kind=WORKSHOP');
    expect(screen.queryByRole('link', { name: 'Donor roundtable' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Tag' }), 'elections');
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Budget workshop' })).not.toBeInTheDocument());
    expect(lastFilter(server)).toMatchObject({ kind: 'WORKSHOP', tag: 'elections' });
    await waitFor(() => expect(screen.getByRole('status')).toHaveTextContent('1 event in November 2026 matching the filters'));
    expect(server.callsFor('Events').length).toBeLessThanOrEqual(4);

    await user.click(screen.getByRole('button', { name: 'Clear filters' }));
    expect(await screen.findByRole('link', { name: 'Donor roundtable' })).toBeInTheDocument();
    expect(app.location()).toBe('/events?date=2026-11-02');
  });

  it('shows the calendar inside the app shell for signed-in users, with Events in the navigation', async () => {
    stubGraphQL({ Viewer: signedIn, Events: () => eventsPage([]) });
    renderApp('/events?view=agenda');

    expect(await screen.findByText('No events in November 2026')).toHaveAttribute('role', 'status');
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
    expect(await screen.findByRole('link', { name: 'Election observation training' })).toBeInTheDocument();
  });
});
