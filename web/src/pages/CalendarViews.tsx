import type { DayCellMountArg, EventClickArg, EventContentArg, EventInput, EventMountArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import dayGridPlugin from '@fullcalendar/daygrid';
import listPlugin from '@fullcalendar/list';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { Fragment, useEffect, useMemo, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { eventStatusLabel } from '../components/eventLabels';
import type { EventsQuery } from '../gql/graphql';
import {
  addDays,
  addMonths,
  allDayDates,
  eventDays,
  formatDay,
  formatMonth,
  formatSpan,
  monthDays,
  monthGridDays,
  startOfMonth,
  weekDays,
  type DayKey,
} from '../lib/time';
import './calendar.css';

/*
 * The events calendar, drawn by FullCalendar (MIT: day grid, time grid and list views) instead
 * of hand-written grids: multi-day events span their days, the week has an hour axis, and the
 * library keeps the layout right at every width. The page around it owns the state: the view,
 * the date and the filters live in the URL, and FullCalendar only draws what it is given.
 *
 * Styles: FullCalendar 6 injects its CSS through the CSSOM into an empty <style> element, which
 * the Content-Security-Policy admits by the empty string's hash (server/http/headers.py);
 * calendar.css adjusts colours and sizes to the app's.
 */

export type CalendarEvent = EventsQuery['events']['nodes'][number];

export type CalendarView = 'month' | 'week' | 'list';

export const CALENDAR_VIEWS: ReadonlyArray<{ id: CalendarView; label: string }> = [
  { id: 'month', label: 'Month' },
  { id: 'week', label: 'Week' },
  { id: 'list', label: 'List' },
];

/** The view a ?view= value asks for; "agenda" is the list view's former name (old links). */
export function parseCalendarView(value: string | null): CalendarView | null {
  if (value === 'month' || value === 'week' || value === 'list') return value;
  if (value === 'agenda') return 'list';
  return null;
}

const FULLCALENDAR_VIEWS: Record<CalendarView, string> = {
  month: 'dayGridMonth',
  week: 'timeGridWeek',
  list: 'listMonth',
};

/**
 * The days a view is about: the month (for the month grid and the list), or the week. Counts
 * and headings cover these days only; the month grid also shows parts of the weeks before and
 * after, but "3 events in November" counts November.
 */
export function rangeDays(view: CalendarView, date: DayKey): DayKey[] {
  return view === 'week' ? weekDays(date) : monthDays(date);
}

/** The days drawn on screen: whole weeks around the month in the month grid. */
export function drawnDays(view: CalendarView, date: DayKey): DayKey[] {
  return view === 'month' ? monthGridDays(date) : rangeDays(view, date);
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

/**
 * The events that overlap `days` in the viewer's zone: timed events by their instants, all-day
 * events by their own dates (as the calendar draws them).
 */
export function eventsInRange(events: readonly CalendarEvent[], days: readonly DayKey[], viewerZone: string): CalendarEvent[] {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return [];
  return events.filter((event) => {
    const occupied = eventDays(event, viewerZone);
    return occupied[0]! <= last && occupied[occupied.length - 1]! >= first;
  });
}

/** The text markers of an event, in the order they are shown. */
export function eventMarkers(event: CalendarEvent): string[] {
  const markers: string[] = [];
  if (event.status !== 'PUBLISHED') markers.push(eventStatusLabel(event.status));
  const mine = event.myRegistration?.status;
  if (mine === 'REGISTERED') markers.push('Registered');
  else if (mine === 'WAITLISTED') markers.push('On the waitlist');
  else if (mine === 'OFFERED') markers.push('Seat offered');
  if (event.visibility === 'INVITE_ONLY') markers.push('Invite only');
  return markers;
}

/**
 * What FullCalendar is given. Timed events are instants, drawn in the viewer's zone
 * (timeZone 'local'); all-day events are plain dates, the event's own, whatever the zone,
 * with an exclusive end as FullCalendar expects.
 */
export function toEventInput(event: CalendarEvent): EventInput {
  const base = {
    id: event.id,
    title: event.title,
    url: `/events/${event.id}`,
    extendedProps: { source: event },
    classNames: [
      `status-${event.status.toLowerCase()}`,
      ...(event.myRegistration?.status === 'REGISTERED' ? ['is-registered'] : []),
      ...(event.visibility === 'INVITE_ONLY' ? ['is-invite-only'] : []),
    ],
  };
  if (event.allDay) {
    const { first, last } = allDayDates(event);
    return { ...base, allDay: true, start: first, end: addDays(last, 1) };
  }
  return { ...base, allDay: false, start: event.startsAt, end: event.endsAt };
}

interface EventCalendarProps {
  view: CalendarView;
  date: DayKey;
  viewerZone: string;
  events: readonly CalendarEvent[];
  /** Shown in the list view when nothing falls in the month. */
  emptyText: string;
}

export function EventCalendar({ view, date, viewerZone, events, emptyText }: EventCalendarProps) {
  const navigate = useNavigate();
  const calendar = useRef<FullCalendar>(null);
  const inputs = useMemo(() => events.map(toEventInput), [events]);

  // The URL is the source of truth: follow it when the view or the date changes.
  useEffect(() => {
    const api = calendar.current?.getApi();
    if (!api) return;
    if (api.view.type !== FULLCALENDAR_VIEWS[view]) api.changeView(FULLCALENDAR_VIEWS[view], date);
    else api.gotoDate(date);
  }, [view, date]);

  // FullCalendar measures its columns on window resizes after a pause; following the box it
  // sits in instead re-lays it out in the same frame (turning a phone, opening a side panel).
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = box.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    // Only a change of width matters: the calendar sets its own height ('auto').
    let width = element.clientWidth;
    const observer = new ResizeObserver(() => {
      if (element.clientWidth === width) return;
      width = element.clientWidth;
      calendar.current?.getApi().updateSize();
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  function renderContent(arg: EventContentArg) {
    const source = arg.event.extendedProps.source as CalendarEvent;
    const chip = <EventChip event={source} timeText={arg.timeText} viewerZone={viewerZone} />;
    // The day and week grids make the whole event a link (it has a url); the list view puts
    // custom content in a table cell, so the link is drawn here. Clicks reach `open` either way.
    return arg.view.type.startsWith('list') ? <a href={`/events/${source.id}`}>{chip}</a> : chip;
  }

  // The hover text: the event's own zone beside the viewer's.
  function describe(arg: EventMountArg) {
    const source = arg.event.extendedProps.source as CalendarEvent;
    arg.el.title = [source.title, formatSpan(source, viewerZone), ...eventMarkers(source)].join('\n');
  }

  // FullCalendar names each month cell by its day number (aria-labelledby), but the cell also
  // holds its events, so that name hides what is inside; the day number inside is enough.
  function unlabelCell(arg: DayCellMountArg) {
    arg.el.removeAttribute('aria-labelledby');
  }

  // Events are real links (keyboard, middle-click); a plain click stays inside the app.
  function open(arg: EventClickArg) {
    const mouse = arg.jsEvent;
    if (mouse.button !== 0 || mouse.metaKey || mouse.ctrlKey || mouse.shiftKey || mouse.altKey) return;
    mouse.preventDefault();
    navigate(`/events/${arg.event.id}`);
  }

  return (
    <div ref={box} className={`event-calendar event-calendar-${view}`}>
      <FullCalendar
        ref={calendar}
        plugins={[dayGridPlugin, timeGridPlugin, listPlugin]}
        locale={enGbLocale}
        initialView={FULLCALENDAR_VIEWS[view]}
        initialDate={date}
        timeZone="local"
        firstDay={1}
        headerToolbar={false}
        height="auto"
        events={inputs}
        eventDisplay="block"
        dayMaxEvents={false}
        eventContent={renderContent}
        eventDidMount={describe}
        eventClick={open}
        dayCellDidMount={unlabelCell}
        handleWindowResize={false}
        // Event ids are stable, so redrawing after a refetch keeps keyboard focus in place.
        eventOrder="start,-duration,title"
        dayHeaderFormat={view === 'week' ? { weekday: 'short', day: 'numeric', month: 'short' } : { weekday: 'short' }}
        slotDuration="01:00:00"
        slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
        listDayFormat={{ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }}
        listDaySideFormat={false}
        allDayText="All day"
        noEventsContent={emptyText}
      />
    </div>
  );
}

/** An event's face in the calendar: title, markers as words, its time, and the full detail for screen readers. */
function EventChip({ event, timeText, viewerZone }: { event: CalendarEvent; timeText: string; viewerZone: string }) {
  const markers = eventMarkers(event);
  return (
    <span className="cal-chip">
      <span className="cal-chip-title">{event.title}</span>
      {markers.map((marker) => (
        <Fragment key={marker}>
          <span className="visually-hidden">, </span>
          <span className={`cal-marker cal-marker-${marker.toLowerCase().replace(/\W+/g, '-')}`}>{marker}</span>
        </Fragment>
      ))}
      {timeText && !event.allDay && (
        <span className="cal-chip-time" aria-hidden="true">
          {timeText}
        </span>
      )}
      <span className="visually-hidden">, {formatSpan(event, viewerZone)}</span>
    </span>
  );
}
