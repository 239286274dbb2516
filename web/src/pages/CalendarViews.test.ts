import { describe, expect, it } from 'vitest';
import { eventMarkers, eventsInRange, parseCalendarView, rangeDays, toEventInput, type CalendarEvent } from './CalendarViews';
import { calendarEvent } from './EventsTestData';

const event = (n: number, overrides: Record<string, unknown> = {}) => calendarEvent(n, overrides) as unknown as CalendarEvent;

describe('calendar helpers', () => {
  it('counts the events that overlap the month in the viewer’s zone, not the grid’s extra days', () => {
    const november = rangeDays('month', '2026-11-17');
    const lastEvening = event(1, { startsAt: '2026-11-30T22:00:00Z', endsAt: '2026-11-30T23:30:00Z' });
    const runningIn = event(2, { startsAt: '2026-10-30T08:00:00Z', endsAt: '2026-11-02T16:00:00Z' });
    const december = event(3, { startsAt: '2026-12-01T13:00:00Z', endsAt: '2026-12-01T15:00:00Z' });
    // 22:00 UTC on 30 November is already 1 December in Auckland (+13:00).
    expect(eventsInRange([lastEvening, runningIn, december], november, 'America/New_York').map((e) => e.id)).toEqual(['ev-1', 'ev-2']);
    expect(eventsInRange([lastEvening, runningIn, december], november, 'Pacific/Auckland').map((e) => e.id)).toEqual(['ev-2']);
  });

  it('gives FullCalendar all-day events as their own dates with an exclusive end', () => {
    const kathmandu = event(4, {
      allDay: true,
      timeZone: 'Asia/Kathmandu',
      startsAt: '2026-11-19T18:15:00+00:00',
      endsAt: '2026-11-21T18:15:00+00:00',
    });
    expect(toEventInput(kathmandu)).toMatchObject({ allDay: true, start: '2026-11-20', end: '2026-11-22', url: '/events/ev-4' });
    expect(toEventInput(event(5))).toMatchObject({ allDay: false, start: '2026-11-02T13:00:00+00:00', end: '2026-11-02T15:00:00+00:00' });
  });

  it('marks status, the viewer’s registration and invite-only events in words', () => {
    expect(eventMarkers(event(6))).toEqual([]);
    expect(
      eventMarkers(event(7, { status: 'POSTPONED', visibility: 'INVITE_ONLY', myRegistration: { id: 'r', status: 'REGISTERED' } })),
    ).toEqual(['Postponed', 'Registered', 'Invite only']);
    expect(eventMarkers(event(8, { myRegistration: { id: 'r', status: 'WAITLISTED' } }))).toEqual(['On the waitlist']);
    expect(eventMarkers(event(9, { myRegistration: { id: 'r', status: 'CANCELLED' } }))).toEqual([]);
  });

  it('reads the view from the URL, with the list’s old name', () => {
    expect(['month', 'week', 'list', 'agenda', 'day', null].map((v) => parseCalendarView(v))).toEqual([
      'month',
      'week',
      'list',
      'list',
      null,
      null,
    ]);
  });
});
