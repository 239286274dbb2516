import { Link } from 'react-router-dom';
import { EventStatusNote } from '../components/EventStatus';
import { EventTime } from '../components/EventTime';
import { eventKindLabel } from '../components/eventLabels';
import type { EventsQuery } from '../gql/graphql';
import {
  addDays,
  addMonths,
  eventDays,
  formatDay,
  formatMonth,
  monthDays,
  monthGridDays,
  startOfMonth,
  weekDays,
  type DayKey,
} from '../lib/time';

export type CalendarEvent = EventsQuery['events']['nodes'][number];

export type CalendarView = 'month' | 'week' | 'agenda';

export const CALENDAR_VIEWS: ReadonlyArray<{ id: CalendarView; label: string }> = [
  { id: 'month', label: 'Month' },
  { id: 'week', label: 'Week' },
  { id: 'agenda', label: 'Agenda' },
];

export function isCalendarView(value: string | null): value is CalendarView {
  return value === 'month' || value === 'week' || value === 'agenda';
}

/** The days a view shows around `date`: the month grid, the week, or the month's days. */
export function visibleDays(view: CalendarView, date: DayKey): DayKey[] {
  if (view === 'week') return weekDays(date);
  if (view === 'agenda') return monthDays(date);
  return monthGridDays(date);
}

/** The date one step before (-1) or after (+1): a week in the week view, else a month. */
export function stepDate(view: CalendarView, date: DayKey, direction: -1 | 1): DayKey {
  return view === 'week' ? addDays(date, 7 * direction) : addMonths(startOfMonth(date), direction);
}

/** "November 2026" or "Mon 26 Oct – Sun 1 Nov 2026". */
export function rangeTitle(view: CalendarView, date: DayKey): string {
  if (view !== 'week') return formatMonth(date);
  const days = weekDays(date);
  const first = days[0]!;
  const last = days[6]!;
  return `${formatDay(first, first.slice(0, 4) === last.slice(0, 4) ? 'day' : 'short')} – ${formatDay(last)}`;
}

export function stepLabel(view: CalendarView): string {
  return view === 'week' ? 'week' : 'month';
}

/** Events by the visible day they occupy, all-day ones first, then by start. */
export function eventsByDay(events: readonly CalendarEvent[], days: readonly DayKey[], viewerZone: string) {
  const visible = new Set(days);
  const byDay = new Map<DayKey, CalendarEvent[]>();
  for (const event of events) {
    for (const day of eventDays(event, viewerZone)) {
      if (!visible.has(day)) continue;
      const list = byDay.get(day) ?? [];
      list.push(event);
      byDay.set(day, list);
    }
  }
  for (const list of byDay.values()) {
    list.sort((a, b) => Number(b.allDay) - Number(a.allDay) || a.startsAt.localeCompare(b.startsAt) || a.title.localeCompare(b.title));
  }
  return byDay;
}

interface ViewProps {
  date: DayKey;
  today: DayKey;
  viewerZone: string;
  byDay: Map<DayKey, CalendarEvent[]>;
}

const WEEKDAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function MonthView({ date, today, viewerZone, byDay }: ViewProps) {
  const month = date.slice(0, 7);
  return (
    <div className="month">
      <div className="month-weekdays" aria-hidden="true">
        {WEEKDAY_NAMES.map((name) => (
          <span key={name}>{name}</span>
        ))}
      </div>
      <ol className="month-grid" aria-label={`Days of ${formatMonth(date)}`}>
        {monthGridDays(date).map((day) => {
          const events = byDay.get(day) ?? [];
          const classes = ['month-day'];
          if (day.slice(0, 7) !== month) classes.push('is-outside');
          if (events.length === 0) classes.push('is-empty');
          if (day === today) classes.push('is-today');
          return (
            <li key={day} className={classes.join(' ')}>
              <h3 className="day-label">
                <time dateTime={day} aria-current={day === today ? 'date' : undefined}>
                  <span aria-hidden="true">{Number(day.slice(8))}</span>
                  <span className="visually-hidden">{formatDay(day, 'long')}</span>
                  <span className="day-label-phone" aria-hidden="true">
                    {formatDay(day, 'day')}
                  </span>
                </time>
              </h3>
              {events.length > 0 && (
                <ul className="day-events">
                  {events.map((event) => (
                    <CalendarEventItem key={event.id} event={event} day={day} viewerZone={viewerZone} variant="month" />
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}

export function WeekView({ date, today, viewerZone, byDay }: ViewProps) {
  return (
    <ol className="week-grid" aria-label={`Days of the week ${rangeTitle('week', date)}`}>
      {weekDays(date).map((day) => {
        const events = byDay.get(day) ?? [];
        return (
          <li key={day} className={`week-day${day === today ? ' is-today' : ''}`}>
            <h3 className="day-label">
              <time dateTime={day} aria-current={day === today ? 'date' : undefined}>
                {formatDay(day, 'day')}
              </time>
            </h3>
            {events.length > 0 ? (
              <ul className="day-events">
                {events.map((event) => (
                  <CalendarEventItem key={event.id} event={event} day={day} viewerZone={viewerZone} variant="week" />
                ))}
              </ul>
            ) : (
              <p className="muted day-none">No events</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}

export function AgendaView({ date, today, viewerZone, byDay }: ViewProps) {
  const days = monthDays(date).filter((day) => (byDay.get(day) ?? []).length > 0);
  if (days.length === 0) return null;
  return (
    <ol className="agenda">
      {days.map((day) => (
        <li key={day} className={`agenda-day${day === today ? ' is-today' : ''}`}>
          <h3 className="day-label">
            <time dateTime={day} aria-current={day === today ? 'date' : undefined}>
              {formatDay(day, 'long')}
            </time>
            {day === today && <span className="today-tag"> (today)</span>}
          </h3>
          <ul className="day-events">
            {byDay.get(day)!.map((event) => (
              <CalendarEventItem key={event.id} event={event} day={day} viewerZone={viewerZone} variant="agenda" />
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

function CalendarEventItem({
  event,
  day,
  viewerZone,
  variant,
}: {
  event: CalendarEvent;
  day: DayKey;
  viewerZone: string;
  variant: 'month' | 'week' | 'agenda';
}) {
  const where = event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(', ') : null;
  return (
    <li className={`cal-event cal-event-${variant} status-${event.status.toLowerCase()}`}>
      <Link className="cal-event-title" to={`/events/${event.id}`}>
        {event.title}
      </Link>
      <EventStatusNote status={event.status} reason={event.statusReason} showReason={variant !== 'month'} />
      <EventTime span={event} viewerZone={viewerZone} contextDay={day} className="event-time cal-event-time" />
      {variant === 'agenda' && (
        <p className="cal-event-meta">
          {eventKindLabel(event.kind)} · {event.hostOrganization.name}
          {where && ` · ${where}`}
        </p>
      )}
    </li>
  );
}
