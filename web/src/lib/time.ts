/**
 * Dates and times of events, in the event's own zone and in the viewer's.
 *
 * The API gives instants in UTC plus the event's IANA zone. Organizers think in
 * the event's zone ("14:00 in Berlin"), participants in their own, so every time
 * is shown in both when they differ. All conversions use Intl.DateTimeFormat with
 * an explicit `timeZone`; no date library is needed.
 *
 * Calendar days are handled as "YYYY-MM-DD" keys: plain dates without a zone.
 * Their arithmetic runs on UTC midnights, where no day is 23 or 25 hours long.
 */

/** A calendar date, "2026-11-01". */
export type DayKey = string;

/** What the formatting needs from an event or a programme session. */
export interface TimeSpan {
  /** UTC instant, ISO 8601. */
  startsAt: string;
  /** UTC instant, ISO 8601; for all-day events the start of the day after the last day. */
  endsAt: string;
  allDay: boolean;
  /** The IANA zone the event happens in. */
  timeZone: string;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The browser's zone, e.g. "America/New_York" (UTC if the browser does not say). */
export function viewerTimeZone(): string {
  try {
    return new Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
  } catch {
    return 'UTC';
  }
}

// Formatters are costly to build and the calendar formats hundreds of times.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${timeZone}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { ...options, timeZone });
    formatters.set(key, format);
  }
  return format;
}

function toDate(instant: Date | string): Date {
  return instant instanceof Date ? instant : new Date(instant);
}

interface WallClock {
  year: number;
  month: number; // 1–12
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date | string, timeZone: string): WallClock {
  const parts = formatter(timeZone, {
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    hourCycle: 'h23',
  }).formatToParts(toDate(instant));
  const get = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return { year: get('year'), month: get('month'), day: get('day'), hour: get('hour') % 24, minute: get('minute'), second: get('second') };
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function keyOf(year: number, month: number, day: number): DayKey {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function parseKey(key: DayKey): { year: number; month: number; day: number } {
  const [year, month, day] = key.split('-').map(Number);
  return { year: year ?? 1970, month: month ?? 1, day: day ?? 1 };
}

function keyToUtcMs(key: DayKey): number {
  const { year, month, day } = parseKey(key);
  return Date.UTC(year, month - 1, day);
}

function utcMsToKey(ms: number): DayKey {
  const date = new Date(ms);
  return keyOf(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Whether `value` is a real date written as YYYY-MM-DD. */
export function isDayKey(value: string | null | undefined): value is DayKey {
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return utcMsToKey(keyToUtcMs(value)) === value;
}

/** The calendar date of an instant in a zone. */
export function dayKey(instant: Date | string, timeZone: string): DayKey {
  const clock = wallClock(instant, timeZone);
  return keyOf(clock.year, clock.month, clock.day);
}

export function addDays(key: DayKey, days: number): DayKey {
  return utcMsToKey(keyToUtcMs(key) + days * DAY_MS);
}

/** The same day of another month, kept inside that month (31 Jan + 1 month → 28 Feb). */
export function addMonths(key: DayKey, months: number): DayKey {
  const { year, month, day } = parseKey(key);
  const first = new Date(Date.UTC(year, month - 1 + months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return keyOf(first.getUTCFullYear(), first.getUTCMonth() + 1, Math.min(day, lastDay));
}

export function startOfMonth(key: DayKey): DayKey {
  const { year, month } = parseKey(key);
  return keyOf(year, month, 1);
}

/** 0 for Monday … 6 for Sunday (weeks start on Monday, as in ISO 8601). */
export function weekdayIndex(key: DayKey): number {
  return (new Date(keyToUtcMs(key)).getUTCDay() + 6) % 7;
}

export function startOfWeek(key: DayKey): DayKey {
  return addDays(key, -weekdayIndex(key));
}

/** `count` consecutive days from `first`. */
export function daysFrom(first: DayKey, count: number): DayKey[] {
  return Array.from({ length: count }, (_, i) => addDays(first, i));
}

/** Monday to Sunday of the week holding `key`. */
export function weekDays(key: DayKey): DayKey[] {
  return daysFrom(startOfWeek(key), 7);
}

/** Every day of the month holding `key`. */
export function monthDays(key: DayKey): DayKey[] {
  const first = startOfMonth(key);
  return daysFrom(first, daysBetween(first, addMonths(first, 1)));
}

/** Whole weeks (Monday to Sunday) covering the month holding `key`: 28 to 42 days. */
export function monthGridDays(key: DayKey): DayKey[] {
  const first = startOfWeek(startOfMonth(key));
  const last = addDays(startOfWeek(addDays(addMonths(startOfMonth(key), 1), -1)), 6);
  return daysFrom(first, daysBetween(first, last) + 1);
}

/** Days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  return Math.round((keyToUtcMs(b) - keyToUtcMs(a)) / DAY_MS);
}

/** Offset of `timeZone` from UTC at `ms`, in milliseconds (+05:45 → 20 700 000). */
function zoneOffsetMs(ms: number, timeZone: string): number {
  const c = wallClock(new Date(ms), timeZone);
  const asUtc = Date.UTC(c.year, c.month - 1, c.day, c.hour, c.minute, c.second);
  return asUtc - Math.floor(ms / 1000) * 1000;
}

/**
 * The first instant of a calendar day in a zone. Where midnight does not exist
 * (a daylight-saving jump at 00:00) this is the first instant after the gap.
 */
export function startOfDayInZone(key: DayKey, timeZone: string): Date {
  const wall = keyToUtcMs(key);
  let guess = wall - zoneOffsetMs(wall, timeZone);
  guess = wall - zoneOffsetMs(guess, timeZone);
  // Midnight in a gap has no instant and the guess lands on the previous day; the
  // offset in force before the jump gives the first instant after it (as the server does).
  if (dayKey(new Date(guess), timeZone) !== key) {
    guess = wall - zoneOffsetMs(guess - DAY_MS / 2, timeZone);
  }
  return new Date(guess);
}

/** "14:00" in `timeZone`, 24-hour clock. */
export function formatTime(instant: Date | string, timeZone: string): string {
  const clock = wallClock(instant, timeZone);
  return `${pad(clock.hour)}:${pad(clock.minute)}`;
}

const WEEKDAYS_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const WEEKDAYS_LONG = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const MONTHS_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A calendar date for people. 'short' → "Sun 29 Mar 2026", 'long' → "Sunday 29 March 2026",
 * 'day' → "Sun 29 Mar" (when the year is clear from the context).
 */
export function formatDay(key: DayKey, style: 'short' | 'long' | 'day' = 'short'): string {
  const { year, month, day } = parseKey(key);
  const weekday = weekdayIndex(key);
  if (style === 'long') return `${WEEKDAYS_LONG[weekday]} ${day} ${MONTHS_LONG[month - 1]} ${year}`;
  if (style === 'day') return `${WEEKDAYS_SHORT[weekday]} ${day} ${MONTHS_SHORT[month - 1]}`;
  return `${WEEKDAYS_SHORT[weekday]} ${day} ${MONTHS_SHORT[month - 1]} ${year}`;
}

/** "November 2026". */
export function formatMonth(key: DayKey): string {
  const { year, month } = parseKey(key);
  return `${MONTHS_LONG[month - 1]} ${year}`;
}

/** Short name of a zone for labels: "Europe/Berlin" → "Berlin", "America/New_York" → "New York". */
export function zoneLabel(timeZone: string): string {
  const last = timeZone.split('/').at(-1) ?? timeZone;
  return last.replace(/_/g, ' ');
}

/** The first and last calendar day of an all-day event, in its own zone. */
export function allDayDates(span: Pick<TimeSpan, 'startsAt' | 'endsAt' | 'timeZone'>): { first: DayKey; last: DayKey } {
  const first = dayKey(span.startsAt, span.timeZone);
  // endsAt is the start of the day after the last one.
  const last = dayKey(new Date(toDate(span.endsAt).getTime() - 1), span.timeZone);
  return { first, last: last < first ? first : last };
}

/**
 * The calendar days an event occupies in a grid drawn in `gridZone`. All-day
 * events sit on their own dates whatever the viewer's zone; timed events on
 * every day they touch in the grid's zone (an end at exactly midnight does not
 * touch the next day).
 */
export function eventDays(span: TimeSpan, gridZone: string): DayKey[] {
  if (span.allDay) {
    const { first, last } = allDayDates(span);
    return daysFrom(first, daysBetween(first, last) + 1);
  }
  const first = dayKey(span.startsAt, gridZone);
  const endMs = Math.max(toDate(span.endsAt).getTime() - 1, toDate(span.startsAt).getTime());
  const last = dayKey(new Date(endMs), gridZone);
  return daysFrom(first, Math.max(0, daysBetween(first, last)) + 1);
}

/**
 * A time range in one zone. The start's date is shown unless it is `contextDay`;
 * an end on another day always carries its date.
 *   "14:00–16:00", "Sun 29 Mar 2026, 14:00–16:00", "22:00 – Sun 29 Mar 2026, 01:00"
 */
export function formatRange(startsAt: string, endsAt: string, timeZone: string, contextDay?: DayKey): string {
  const startDay = dayKey(startsAt, timeZone);
  const endDay = dayKey(endsAt, timeZone);
  const start = formatTime(startsAt, timeZone);
  const end = formatTime(endsAt, timeZone);
  const prefix = startDay === contextDay ? '' : `${formatDay(startDay)}, `;
  if (startDay === endDay) return `${prefix}${start}–${end}`;
  return `${prefix}${start} – ${formatDay(endDay)}, ${end}`;
}

/** "Mon 2 Nov 2026" or "Mon 2 Nov – Tue 3 Nov 2026" (dates only, no times). */
export function formatAllDay(span: Pick<TimeSpan, 'startsAt' | 'endsAt' | 'timeZone'>): string {
  const { first, last } = allDayDates(span);
  if (first === last) return formatDay(first);
  const sameYear = first.slice(0, 4) === last.slice(0, 4);
  return `${formatDay(first, sameYear ? 'day' : 'short')} – ${formatDay(last)}`;
}

export interface SpanDescription {
  allDay: boolean;
  /** In the event's zone, without the zone: "14:00–16:00" (or the dates of an all-day event). */
  eventTime: string;
  /** "Berlin" */
  eventZoneLabel: string;
  /** In the viewer's zone; null when it reads the same as `eventTime` or the event is all-day. */
  viewerTime: string | null;
  /** "New York" */
  viewerZoneLabel: string;
}

/**
 * A span in the event's zone and, when that reads differently, in the viewer's.
 * `contextDay` is the day the text appears under (in the calendar, a day in the
 * viewer's zone); dates equal to it are left out. Without it the event's start
 * date is shown, and the viewer's only when it is a different date.
 */
export function describeSpan(span: TimeSpan, viewerZone: string, contextDay?: DayKey): SpanDescription {
  const base = { eventZoneLabel: zoneLabel(span.timeZone), viewerZoneLabel: zoneLabel(viewerZone) };
  if (span.allDay) {
    return { ...base, allDay: true, eventTime: formatAllDay(span), viewerTime: null };
  }
  const eventTime = formatRange(span.startsAt, span.endsAt, span.timeZone, contextDay);
  const viewerContext = contextDay ?? dayKey(span.startsAt, span.timeZone);
  const viewerTime = formatRange(span.startsAt, span.endsAt, viewerZone, viewerContext);
  // Compare like with like (same date rule): a zone with the same offset, such as
  // Paris for a Berlin event, reads the same and needs no second line.
  const sameReading = eventTime === formatRange(span.startsAt, span.endsAt, viewerZone, contextDay);
  return { ...base, allDay: false, eventTime, viewerTime: sameReading ? null : viewerTime };
}

/**
 * The whole text on one line:
 * "Sun 29 Mar 2026, 14:00–16:00 (Berlin) · 08:00–10:00 your time (New York)".
 */
export function formatSpan(span: TimeSpan, viewerZone: string, contextDay?: DayKey): string {
  const d = describeSpan(span, viewerZone, contextDay);
  if (d.allDay) return d.eventTime;
  const own = `${d.eventTime} (${d.eventZoneLabel})`;
  return d.viewerTime ? `${own} · ${d.viewerTime} your time (${d.viewerZoneLabel})` : own;
}
