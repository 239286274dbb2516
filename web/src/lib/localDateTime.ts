/**
 * Local wall-clock values for the organizer forms.
 *
 * Organizers type times as they read on the clock where the event happens; the API
 * takes them without an offset and reads them in the event's zone. These helpers turn
 * UTC instants into the "YYYY-MM-DDTHH:mm" strings of <input type="datetime-local">
 * and back, always with an explicit zone (never the browser's by accident).
 */
import { dayKey, formatTime, startOfDayInZone, viewerTimeZone, type DayKey } from './time';

const MINUTE_MS = 60 * 1000;

/** "2026-11-02T09:00": the instant as the clock reads in `timeZone`. */
export function toLocalInput(instant: Date | string, timeZone: string): string {
  return `${dayKey(instant, timeZone)}T${formatTime(instant, timeZone)}`;
}

/** The value to send: the same wall-clock time with seconds and without an offset. */
export function toApiLocal(value: string): string {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value) ? `${value}:00` : value;
}

function wallMs(local: string): number {
  const [date = '', time = '00:00'] = local.split('T');
  const [y, mo, d] = date.split('-').map(Number);
  const [h, mi] = time.split(':').map(Number);
  return Date.UTC(y ?? 1970, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
}

/**
 * The instant a wall-clock time in `timeZone` stands for (used to place rows and
 * blocks in the programme grid; in a daylight-saving gap it lands after the gap).
 */
export function localToInstant(local: string, timeZone: string): Date {
  const day = local.slice(0, 10) as DayKey;
  const wanted = wallMs(local);
  let guess = startOfDayInZone(day, timeZone).getTime() + (wanted - wallMs(`${day}T00:00`));
  // Correct once for a change of offset between midnight and the wanted time.
  guess += wanted - wallMs(toLocalInput(new Date(guess), timeZone));
  return new Date(guess);
}

/** A wall-clock value moved by whole minutes (no zone involved: it is clock arithmetic). */
export function addLocalMinutes(local: string, minutes: number): string {
  const date = new Date(wallMs(local) + minutes * MINUTE_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}

/** IANA zones the browser knows, with the browser's own zone guaranteed in the list. */
export function timeZoneOptions(current?: string): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  const extra = [viewerTimeZone(), current, 'UTC'].filter((z): z is string => Boolean(z) && !zones.includes(z!));
  // A Set: the viewer's zone and the current one may both be UTC, which the list lacks.
  return [...new Set([...zones, ...extra])].sort();
}
