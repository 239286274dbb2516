import { useCallback, useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useDebouncedSearch, useUpdateParams } from '../lib/searchParams';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import { eventsQuery } from '../api/operations';
import { useAuth } from '../auth/AuthContext';
import { EVENT_KIND_LABELS, EVENT_KIND_OPTIONS, isEventKind } from '../components/eventLabels';
import type { EventFilter, EventKind, EventsQuery } from '../gql/graphql';
import { addDays, dayKey, formatDay, isDayKey, startOfDayInZone, viewerTimeZone, zoneLabel, type DayKey } from '../lib/time';
import {
  CALENDAR_VIEWS,
  drawnDays,
  EventCalendar,
  eventsInRange,
  parseCalendarView,
  rangeDays,
  rangeTitle,
  stepDate,
  stepLabel,
  type CalendarEvent,
  type CalendarView,
} from './CalendarViews';

export const PAGE_SIZE = 100;
/** Beyond this many pages the calendar shows what it has and says so. */
const MAX_PAGES = 20;
/** Below this width a month grid is too cramped to read: the list is the default view there. */
const PHONE_QUERY = '(max-width: 40rem)';

function defaultView(): CalendarView {
  return typeof window !== 'undefined' && window.matchMedia?.(PHONE_QUERY).matches ? 'list' : 'month';
}

/**
 * The instants sent to the API for a run of visible days in the viewer's zone: every event that
 * overlaps them, including one that began earlier and still runs into the first day (a
 * conference week). One day of margin on each side: an all-day event in a zone far from the
 * viewer's covers its own dates, which fall a few hours off the viewer's midnights.
 */
export function fetchWindow(days: readonly DayKey[], viewerZone: string): { endsAfter: string; startsBefore: string } {
  const first = days[0]!;
  const last = days[days.length - 1]!;
  return {
    endsAfter: startOfDayInZone(addDays(first, -1), viewerZone).toISOString(),
    startsBefore: startOfDayInZone(addDays(last, 2), viewerZone).toISOString(),
  };
}

interface Loaded {
  key: string;
  events: CalendarEvent[];
  truncated: boolean;
}

export function EventsPage() {
  const { status } = useAuth();
  const [params] = useSearchParams();
  const viewerZone = useMemo(() => viewerTimeZone(), []);
  const today = dayKey(new Date(), viewerZone);
  // Read once: turning a phone sideways should not switch the view under the reader.
  const [fallbackView] = useState(defaultView);
  const view: CalendarView = parseCalendarView(params.get('view')) ?? fallbackView;
  const dateParam = params.get('date');
  const date: DayKey = isDayKey(dateParam) ? dateParam : today;
  const kindParam = params.get('kind');
  const kind: EventKind | null = isEventKind(kindParam) ? kindParam : null;
  const tag = (params.get('tag') ?? '').trim();

  const [tagText, setTagText] = useState(params.get('tag') ?? '');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ key: string; message: string } | null>(null);
  const requestSeq = useRef(0);
  const id = useId();

  const days = useMemo(() => drawnDays(view, date), [view, date]);
  const range = fetchWindow(days, viewerZone);
  const filter: EventFilter = { ...range, ...(kind && { kind }), ...(tag && { tag }) };
  const filterKey = JSON.stringify(filter);
  const title = rangeTitle(view, date);

  useEffect(() => {
    document.title = `Events · ${title} · Pluralis`;
  }, [title]);

  // Pages through the connection until the whole window is loaded.
  const load = useCallback(async () => {
    const seq = ++requestSeq.current;
    setError(null);
    const events: CalendarEvent[] = [];
    let after: string | null = null;
    let truncated = false;
    try {
      for (let page = 0; ; page++) {
        if (page === MAX_PAGES) {
          truncated = true;
          break;
        }
        const data: EventsQuery = await gqlRequest(eventsQuery, { first: PAGE_SIZE, after, filter: JSON.parse(filterKey) as EventFilter });
        if (seq !== requestSeq.current) return; // a newer range or filter won
        events.push(...data.events.nodes);
        if (!data.events.pageInfo.hasNextPage || !data.events.pageInfo.endCursor) break;
        after = data.events.pageInfo.endCursor;
      }
      setLoaded({ key: filterKey, events, truncated });
    } catch (err) {
      if (seq !== requestSeq.current) return;
      // The auth provider already redirects to sign-in for expired sessions.
      if (err instanceof GraphQLRequestError && err.isUnauthenticated) return;
      setError({ key: filterKey, message: errorMessage(err) });
    }
  }, [filterKey]);

  useEffect(() => {
    void load();
  }, [load]);

  const search = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(params);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const text = next.toString();
      return text ? `?${text}` : '';
    },
    [params],
  );

  const updateFilters = useUpdateParams();
  const applyTag = useCallback((text: string) => updateFilters({ tag: text || null }), [updateFilters]);

  // Typing a tag updates ?tag= after a short pause, not on every keystroke.
  useDebouncedSearch(tagText, tag, applyTag);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateFilters({ tag: tagText.trim() || null });
  }

  function clearFilters() {
    setTagText('');
    updateFilters({ kind: null, tag: null });
  }

  const current = loaded?.key === filterKey ? loaded : null;
  const failed = error?.key === filterKey ? error.message : null;
  const loading = !current && !failed;
  // While a new range loads, the previous events stay where they are (the section is marked
  // busy) instead of the grid flashing empty.
  const events = useMemo(() => loaded?.events ?? [], [loaded]);
  // Counted over the month or week the heading names, in the viewer's zone: not the days of
  // the neighbouring months that the month grid also draws.
  const counted = rangeDays(view, date);
  const shown = eventsInRange(current?.events ?? [], counted, viewerZone).length;
  const hasFilters = Boolean(kind || tag);
  const unit = stepLabel(view);
  const where =
    view === 'week' ? `from ${formatDay(counted[0]!, 'day')} to ${formatDay(counted[counted.length - 1]!)}` : `in ${title}`;

  const statusText = loading
    ? 'Loading events…'
    : failed
      ? ''
      : `${shown === 0 ? 'No' : shown} event${shown === 1 ? '' : 's'} ${where}` + (hasFilters ? ' matching the filters' : '');

  return (
    <div className="page events-page">
      <div className="page-header">
        <h1>Events</h1>
        {status === 'signed-in' && (
          <p>
            <Link className="button button-primary" to="/events/new">
              New event
            </Link>
          </p>
        )}
        <p className="muted">
          Conferences, forums, trainings and workshops across the network. Days and times follow your time zone (
          {zoneLabel(viewerZone)}). Point at an event to see its time where it takes place; its page shows both.
        </p>
      </div>

      <form className="filters event-filters" role="search" aria-label="Filter events" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} value={kind ?? ''} onChange={(event) => updateFilters({ kind: event.target.value || null })}>
            <option value="">All kinds</option>
            {EVENT_KIND_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {EVENT_KIND_LABELS[option]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-tag`}>Tag</label>
          <input
            id={`${id}-tag`}
            type="search"
            value={tagText}
            placeholder="e.g. elections"
            autoComplete="off"
            onChange={(event) => setTagText(event.target.value)}
          />
        </div>
        <div className="filter-actions">
          {hasFilters && (
            <button type="button" className="button button-secondary" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      </form>

      <div className="calendar-toolbar">
        <nav className="calendar-views" aria-label="Calendar view">
          <ul>
            {CALENDAR_VIEWS.map((option) => (
              <li key={option.id}>
                <Link
                  className="segment"
                  to={search({ view: option.id })}
                  aria-current={option.id === view ? 'page' : undefined}
                >
                  {option.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <nav className="calendar-nav" aria-label={`Choose ${unit}`}>
          <ul>
            <li>
              <Link className="button button-secondary" to={search({ date: stepDate(view, date, -1) })} aria-label={`Previous ${unit}`}>
                <span aria-hidden="true">‹</span>
              </Link>
            </li>
            <li>
              <Link className="button button-secondary" to={search({ date: null })}>
                Today
              </Link>
            </li>
            <li>
              <Link className="button button-secondary" to={search({ date: stepDate(view, date, 1) })} aria-label={`Next ${unit}`}>
                <span aria-hidden="true">›</span>
              </Link>
            </li>
          </ul>
        </nav>
      </div>

      <section className="calendar" aria-labelledby={`${id}-range`} aria-busy={loading}>
        <h2 id={`${id}-range`} className="calendar-title">
          {title}
        </h2>
        <p className="list-status" role="status">
          {statusText}
        </p>

        {failed && (
          <div className="notice notice-error" role="alert">
            <p>{failed}</p>
            <button type="button" className="button button-secondary" onClick={() => void load()}>
              Try again
            </button>
          </div>
        )}

        {current?.truncated && (
          <p className="notice">There are too many events to show at once; narrow the range or the filters.</p>
        )}

        {!loading && !failed && shown === 0 && hasFilters && (
          <div className="notice">
            <p>No events match these filters.</p>
            <button type="button" className="button button-secondary" onClick={clearFilters}>
              Clear filters
            </button>
          </div>
        )}

        {!failed && (
          <EventCalendar view={view} date={date} viewerZone={viewerZone} events={events} emptyText={`No events ${where}.`} />
        )}
      </section>
    </div>
  );
}
