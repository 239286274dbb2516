import { useId, type CSSProperties } from 'react';
import type { EditorEventQuery } from '../gql/graphql';
import { localToInstant, toLocalInput } from '../lib/localDateTime';
import { addDays, allDayDates, dayKey, daysBetween, daysFrom, formatDay, formatTime, startOfDayInZone, type DayKey } from '../lib/time';
import { sessionKindLabel } from './eventLabels';

type GridEvent = EditorEventQuery['event'];
export type GridSession = GridEvent['sessions'][number];
export interface Warning {
  code: string;
  message: string;
  sessionId?: string | null;
}

const SLOT_MS = 30 * 60 * 1000;
export const NO_ROOM = 'no-room';

/** Down to the last :00 or :30 of the clock in `timeZone` (zones like +05:45 included). */
function floorSlot(ms: number, timeZone: string): number {
  const minute = Number(formatTime(new Date(ms), timeZone).slice(3));
  return ms - (minute % 30) * 60_000 - (((ms % 60_000) + 60_000) % 60_000);
}

function ceilSlot(ms: number, timeZone: string): number {
  const down = floorSlot(ms, timeZone);
  return down === ms ? ms : down + SLOT_MS;
}

function minutesOfDay(instant: string, timeZone: string): number {
  const [h = 0, m = 0] = formatTime(instant, timeZone).split(':').map(Number);
  return h * 60 + m;
}

function atClock(day: DayKey, minutes: number, timeZone: string): number {
  const pad = (n: number) => String(n).padStart(2, '0');
  return localToInstant(`${day}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`, timeZone).getTime();
}

export interface GridDay {
  day: DayKey;
  /** Start instants (ms) of the 30-minute rows. */
  rows: number[];
  sessions: GridSession[];
}

/**
 * One grid per calendar day (in the event's zone). A day's rows run from the event's
 * start to its end; on the middle days of a multi-day event, over its daily hours.
 * Rows are extended to take in any session that falls outside, so that every session
 * is on screen (the server warns about those, and the organizer must see them).
 */
export function programmeDays(event: GridEvent): GridDay[] {
  const zone = event.timeZone;
  const start = new Date(event.startsAt).getTime();
  const end = new Date(event.endsAt).getTime();
  const eventSpan = event.allDay
    ? allDayDates(event)
    : { first: dayKey(event.startsAt, zone), last: dayKey(new Date(Math.max(start, end - 1)), zone) };
  const dayKeys = new Set(daysFrom(eventSpan.first, daysBetween(eventSpan.first, eventSpan.last) + 1));
  const byDay = new Map<DayKey, GridSession[]>();
  for (const session of event.sessions) {
    const day = dayKey(session.startsAt, zone);
    dayKeys.add(day);
    byDay.set(day, [...(byDay.get(day) ?? []), session]);
  }
  const startClock = minutesOfDay(event.startsAt, zone);
  const endClock = minutesOfDay(event.endsAt, zone);
  const dailyHours = endClock > startClock;

  return [...dayKeys].sort().map((day) => {
    const dayStart = startOfDayInZone(day, zone).getTime();
    const dayEnd = startOfDayInZone(addDays(day, 1), zone).getTime();
    let from: number;
    let to: number;
    if (event.allDay) {
      from = atClock(day, 8 * 60, zone);
      to = atClock(day, 18 * 60, zone);
    } else {
      from = day === eventSpan.first ? start : dailyHours ? atClock(day, startClock, zone) : dayStart;
      to = day === eventSpan.last ? end : dailyHours ? atClock(day, endClock, zone) : dayEnd;
      if (day < eventSpan.first || day > eventSpan.last) {
        from = dayEnd;
        to = dayStart;
      }
    }
    const sessions = byDay.get(day) ?? [];
    for (const session of sessions) {
      from = Math.min(from, new Date(session.startsAt).getTime());
      to = Math.max(to, Math.min(new Date(session.endsAt).getTime(), dayEnd));
    }
    from = floorSlot(from, zone);
    to = Math.max(ceilSlot(to, zone), from + SLOT_MS);
    const rows: number[] = [];
    for (let t = from; t < to; t += SLOT_MS) rows.push(t);
    return { day, rows, sessions };
  });
}

/** Side-by-side lanes for sessions that overlap in one column (possible without a room). */
function lanes(sessions: GridSession[]): { lane: Map<string, number>; count: number } {
  const ends: number[] = [];
  const lane = new Map<string, number>();
  for (const session of [...sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const startMs = new Date(session.startsAt).getTime();
    let index = ends.findIndex((endMs) => endMs <= startMs);
    if (index === -1) index = ends.push(0) - 1;
    ends[index] = new Date(session.endsAt).getTime();
    lane.set(session.id, index);
  }
  return { lane, count: Math.max(1, ends.length) };
}

export function ProgrammeGrid({
  event,
  warnings,
  onEdit,
  selectedId,
}: {
  event: GridEvent;
  /** Warnings per session id (from programmeWarnings and the last save). */
  warnings: ReadonlyMap<string, readonly Warning[]>;
  onEdit: (session: GridSession) => void;
  selectedId?: string | null;
}) {
  const id = useId();
  const rooms = event.venue?.rooms ?? [];
  const roomIds = new Set(rooms.map((room) => room.id));
  const showNoRoom = rooms.length === 0 || event.sessions.some((s) => !s.room || !roomIds.has(s.room.id));
  const columns = [
    ...rooms.map((room) => ({ id: room.id, name: room.name, capacity: room.capacity })),
    ...(showNoRoom ? [{ id: NO_ROOM, name: 'No room', capacity: null }] : []),
  ];
  const days = programmeDays(event);
  const zone = event.timeZone;

  return (
    <div className="programme">
      {days.map(({ day, rows, sessions }) => {
        const first = rows[0] ?? 0;
        const rowOf = (ms: number) => Math.round((ms - first) / SLOT_MS);
        const gridStyle = { '--rows': rows.length, gridTemplateColumns: `4rem repeat(${columns.length}, minmax(10rem, 1fr))` } as CSSProperties;
        const headingId = `${id}-${day}`;
        return (
          <section key={day} className="programme-day" aria-labelledby={headingId}>
            <h3 id={headingId}>{formatDay(day, 'long')}</h3>
            <div className="programme-scroll" role="region" aria-label={`Programme for ${formatDay(day)}`} tabIndex={0}>
              <div className="programme-grid" style={gridStyle}>
                <div className="programme-times" aria-hidden="true">
                  <div className="programme-head" />
                  {rows.map((ms) => (
                    <div key={ms} className="programme-time">
                      {formatTime(new Date(ms), zone)}
                    </div>
                  ))}
                </div>
                {columns.map((column) => {
                  const mine = sessions.filter((s) =>
                    column.id === NO_ROOM ? !s.room || !roomIds.has(s.room.id) : s.room?.id === column.id,
                  );
                  const { lane, count } = lanes(mine);
                  return (
                    <div
                      key={column.id}
                      className="programme-column"
                      role="group"
                      aria-label={column.name}
                      data-column={column.id}
                      style={{ gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` }}
                    >
                      <div className="programme-head" style={{ gridColumn: '1 / -1' }}>
                        {column.name}
                        {column.capacity != null && <span className="muted"> · {column.capacity} seats</span>}
                      </div>
                      {rows.map((ms, index) => (
                        <div key={ms} className="programme-slot" aria-hidden="true" style={{ gridRow: index + 2, gridColumn: '1 / -1' }} />
                      ))}
                      {mine.map((session) => {
                        const startRow = Math.max(0, rowOf(floorSlot(new Date(session.startsAt).getTime(), zone)));
                        const endRow = Math.min(rows.length, rowOf(ceilSlot(new Date(session.endsAt).getTime(), zone)));
                        return (
                          <SessionBlock
                            key={session.id}
                            session={session}
                            zone={zone}
                            roomName={column.id === NO_ROOM ? 'no room' : column.name}
                            warnings={warnings.get(session.id) ?? []}
                            selected={session.id === selectedId}
                            onEdit={() => onEdit(session)}
                            style={{
                              gridRow: `${startRow + 2} / span ${Math.max(1, endRow - startRow)}`,
                              gridColumn: (lane.get(session.id) ?? 0) + 1,
                            }}
                          />
                        );
                      })}
                    </div>
                  );
                })}
              </div>
            </div>
          </section>
        );
      })}
    </div>
  );
}

function SessionBlock({
  session,
  zone,
  roomName,
  warnings,
  selected,
  onEdit,
  style,
}: {
  session: GridSession;
  zone: string;
  roomName: string;
  warnings: readonly Warning[];
  selected: boolean;
  onEdit: () => void;
  style: CSSProperties;
}) {
  const id = useId();
  const time = `${formatTime(session.startsAt, zone)}–${formatTime(session.endsAt, zone)}`;
  const crossesDay = toLocalInput(session.startsAt, zone).slice(0, 10) !== toLocalInput(session.endsAt, zone).slice(0, 10);
  const label =
    `${session.title}, ${sessionKindLabel(session.kind)}, ${time}${crossesDay ? ' (ends next day)' : ''}, ${roomName}` +
    (warnings.length > 0 ? `, ${warnings.length} warning${warnings.length === 1 ? '' : 's'}` : '');
  const people = [...session.speakers, ...session.moderators].map((p) => p.name);
  return (
    <div
      className={`programme-block kind-${session.kind.toLowerCase()}${warnings.length > 0 ? ' has-warning' : ''}${selected ? ' is-selected' : ''}`}
      role="group"
      aria-label={label}
      style={style}
    >
      <button type="button" className="block-button" onClick={onEdit} aria-describedby={warnings.length > 0 ? `${id}-warnings` : undefined}>
        <span className="visually-hidden">Edit session: </span>
        <span className="block-title">{session.title}</span>
        <span className="block-time">
          {time} · {sessionKindLabel(session.kind)}
          {session.track ? ` · ${session.track}` : ''}
        </span>
        {people.length > 0 && <span className="block-people">{people.join(', ')}</span>}
      </button>
      {warnings.length > 0 && (
        <ul id={`${id}-warnings`} className="block-warnings">
          {warnings.map((warning, index) => (
            <li key={index} title={warning.message}>
              <span aria-hidden="true">⚠ </span>
              <span className="visually-hidden">Warning: </span>
              {warning.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
