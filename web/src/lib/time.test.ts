import { describe, expect, it, vi } from 'vitest';
import {
  addDays,
  addMonths,
  dayKey,
  describeSpan,
  eventDays,
  formatDay,
  formatMonth,
  formatSpan,
  formatTime,
  isDayKey,
  monthDays,
  monthGridDays,
  startOfDayInZone,
  viewerTimeZone,
  weekDays,
  zoneLabel,
  type TimeSpan,
} from './time';

const BERLIN = 'Europe/Berlin';
const NEW_YORK = 'America/New_York';
const KATHMANDU = 'Asia/Kathmandu';

function timed(startsAt: string, endsAt: string, timeZone = BERLIN): TimeSpan {
  return { startsAt, endsAt, timeZone, allDay: false };
}

describe('formatSpan', () => {
  // Monday 2 November 2026: Berlin is on CET (+01:00), New York on EST (−05:00).
  const workshop = timed('2026-11-02T13:00:00+00:00', '2026-11-02T15:00:00+00:00');

  it('shows the event zone and the viewer zone when they differ', () => {
    expect(formatSpan(workshop, NEW_YORK)).toBe('Mon 2 Nov 2026, 14:00–16:00 (Berlin) · 08:00–10:00 your time (New York)');
  });

  it('handles a zone with a 45-minute offset (Kathmandu, +05:45)', () => {
    expect(formatSpan(workshop, KATHMANDU)).toBe(
      'Mon 2 Nov 2026, 14:00–16:00 (Berlin) · 18:45–20:45 your time (Kathmandu)',
    );
    expect(formatTime('2026-11-01T18:20:00Z', KATHMANDU)).toBe('00:05');
    expect(dayKey('2026-11-01T18:20:00Z', KATHMANDU)).toBe('2026-11-02');
  });

  it('shows one time when the viewer reads the same clock', () => {
    expect(formatSpan(workshop, BERLIN)).toBe('Mon 2 Nov 2026, 14:00–16:00 (Berlin)');
    expect(formatSpan(workshop, 'Europe/Paris')).toBe('Mon 2 Nov 2026, 14:00–16:00 (Berlin)');
  });

  it('gives the viewer a date when their day differs from the event day', () => {
    const evening = timed('2026-11-02T21:00:00Z', '2026-11-02T22:00:00Z');
    expect(formatSpan(evening, KATHMANDU)).toBe(
      'Mon 2 Nov 2026, 22:00–23:00 (Berlin) · Tue 3 Nov 2026, 02:45–03:45 your time (Kathmandu)',
    );
  });

  it('follows the daylight-saving change in Europe/Berlin (29 March 2026)', () => {
    // The same 14:00 in Berlin is 09:00 in New York on Saturday and 08:00 on Sunday,
    // because Berlin moves from +01:00 to +02:00 overnight.
    expect(formatSpan(timed('2026-03-28T13:00:00Z', '2026-03-28T15:00:00Z'), NEW_YORK)).toBe(
      'Sat 28 Mar 2026, 14:00–16:00 (Berlin) · 09:00–11:00 your time (New York)',
    );
    expect(formatSpan(timed('2026-03-29T12:00:00Z', '2026-03-29T14:00:00Z'), NEW_YORK)).toBe(
      'Sun 29 Mar 2026, 14:00–16:00 (Berlin) · 08:00–10:00 your time (New York)',
    );
    // One real hour across the jump from 02:00 to 03:00.
    expect(formatSpan(timed('2026-03-29T00:30:00Z', '2026-03-29T01:30:00Z'), BERLIN)).toBe(
      'Sun 29 Mar 2026, 01:30–03:30 (Berlin)',
    );
    expect(startOfDayInZone('2026-03-29', BERLIN).toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfDayInZone('2026-03-30', BERLIN).toISOString()).toBe('2026-03-29T22:00:00.000Z');
  });

  it('shows both dates for an event across midnight', () => {
    const night = timed('2026-11-28T21:00:00Z', '2026-11-29T00:00:00Z');
    expect(formatSpan(night, 'UTC')).toBe(
      'Sat 28 Nov 2026, 22:00 – Sun 29 Nov 2026, 01:00 (Berlin) · 21:00 – Sun 29 Nov 2026, 00:00 your time (UTC)',
    );
    expect(formatSpan(night, NEW_YORK)).toBe(
      'Sat 28 Nov 2026, 22:00 – Sun 29 Nov 2026, 01:00 (Berlin) · 16:00–19:00 your time (New York)',
    );
  });

  it('shows all-day events as dates only, the same for every viewer', () => {
    // Berlin, Monday 2 and Tuesday 3 November: from midnight to midnight in Berlin.
    const twoDays: TimeSpan = { startsAt: '2026-11-01T23:00:00Z', endsAt: '2026-11-03T23:00:00Z', timeZone: BERLIN, allDay: true };
    expect(formatSpan(twoDays, NEW_YORK)).toBe('Mon 2 Nov – Tue 3 Nov 2026');
    expect(formatSpan(twoDays, KATHMANDU)).toBe('Mon 2 Nov – Tue 3 Nov 2026');
    const oneDay: TimeSpan = { startsAt: '2026-11-01T18:15:00Z', endsAt: '2026-11-02T18:15:00Z', timeZone: KATHMANDU, allDay: true };
    expect(formatSpan(oneDay, 'America/Los_Angeles')).toBe('Mon 2 Nov 2026');
    expect(describeSpan(oneDay, NEW_YORK)).toMatchObject({ allDay: true, viewerTime: null });
    const newYear: TimeSpan = { startsAt: '2026-12-31T05:00:00Z', endsAt: '2027-01-02T05:00:00Z', timeZone: NEW_YORK, allDay: true };
    expect(formatSpan(newYear, BERLIN)).toBe('Thu 31 Dec 2026 – Fri 1 Jan 2027');
  });
});

describe('describeSpan with a context day', () => {
  it('leaves out dates equal to the day the text sits under', () => {
    const workshop = timed('2026-11-02T13:00:00Z', '2026-11-02T15:00:00Z');
    expect(describeSpan(workshop, NEW_YORK, '2026-11-02')).toEqual({
      allDay: false,
      eventTime: '14:00–16:00',
      eventZoneLabel: 'Berlin',
      viewerTime: '08:00–10:00',
      viewerZoneLabel: 'New York',
    });
  });

  it('keeps the event date when it falls on another day than the viewer day', () => {
    // 02:00 on Sunday in Berlin is 20:00 on Saturday in New York.
    const early = timed('2026-11-29T01:00:00Z', '2026-11-29T02:00:00Z');
    expect(describeSpan(early, NEW_YORK, '2026-11-28')).toMatchObject({
      eventTime: 'Sun 29 Nov 2026, 02:00–03:00',
      viewerTime: '20:00–21:00',
    });
  });
});

describe('eventDays', () => {
  it('places timed events on the days they touch in the grid zone', () => {
    const night = timed('2026-11-28T21:00:00Z', '2026-11-29T00:00:00Z');
    expect(eventDays(night, BERLIN)).toEqual(['2026-11-28', '2026-11-29']);
    expect(eventDays(night, NEW_YORK)).toEqual(['2026-11-28']);
    // Ending exactly at midnight does not touch the next day.
    expect(eventDays(night, 'UTC')).toEqual(['2026-11-28']);
    expect(eventDays(timed('2026-11-02T13:00:00Z', '2026-11-02T15:00:00Z'), KATHMANDU)).toEqual(['2026-11-02']);
  });

  it('keeps all-day events on their own dates whatever the viewer zone', () => {
    const twoDays: TimeSpan = { startsAt: '2026-11-01T23:00:00Z', endsAt: '2026-11-03T23:00:00Z', timeZone: BERLIN, allDay: true };
    expect(eventDays(twoDays, 'Pacific/Honolulu')).toEqual(['2026-11-02', '2026-11-03']);
    expect(eventDays(twoDays, KATHMANDU)).toEqual(['2026-11-02', '2026-11-03']);
  });
});

describe('calendar days', () => {
  it('builds whole Monday-to-Sunday weeks around a month', () => {
    // 1 November 2026 is a Sunday, 30 November a Monday.
    const grid = monthGridDays('2026-11-15');
    expect(grid).toHaveLength(42);
    expect(grid[0]).toBe('2026-10-26');
    expect(grid.at(-1)).toBe('2026-12-06');
    expect(monthDays('2026-02-10')).toHaveLength(28);
    expect(monthGridDays('2027-02-01')).toHaveLength(28);
  });

  it('finds the week and moves by days and months', () => {
    expect(weekDays('2026-11-01')).toEqual(['2026-10-26', '2026-10-27', '2026-10-28', '2026-10-29', '2026-10-30', '2026-10-31', '2026-11-01']);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-01-15', -1)).toBe('2025-12-15');
  });

  it('validates and formats dates', () => {
    expect(isDayKey('2026-11-01')).toBe(true);
    expect(isDayKey('2026-02-30')).toBe(false);
    expect(isDayKey('yesterday')).toBe(false);
    expect(formatDay('2026-11-01')).toBe('Sun 1 Nov 2026');
    expect(formatDay('2026-11-01', 'long')).toBe('Sunday 1 November 2026');
    expect(formatMonth('2026-11-01')).toBe('November 2026');
  });

  it('starts a day at the local midnight of the zone', () => {
    expect(startOfDayInZone('2026-11-02', KATHMANDU).toISOString()).toBe('2026-11-01T18:15:00.000Z');
    expect(startOfDayInZone('2026-11-02', NEW_YORK).toISOString()).toBe('2026-11-02T05:00:00.000Z');
    // Santiago skips from 00:00 to 01:00 on 6 September 2026: the day starts at 01:00 (04:00Z).
    expect(startOfDayInZone('2026-09-06', 'America/Santiago').toISOString()).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('zones', () => {
  it('labels zones by their city', () => {
    expect(zoneLabel(BERLIN)).toBe('Berlin');
    expect(zoneLabel(NEW_YORK)).toBe('New York');
    expect(zoneLabel('America/Argentina/Buenos_Aires')).toBe('Buenos Aires');
    expect(zoneLabel('UTC')).toBe('UTC');
  });

  it("reads the viewer's zone from the browser", () => {
    const real = Intl.DateTimeFormat.prototype.resolvedOptions;
    vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
      return { ...real.call(this), timeZone: KATHMANDU };
    });
    expect(viewerTimeZone()).toBe(KATHMANDU);
  });
});
