import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router-dom';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import { eventQuery } from '../api/operations';
import { signInPathFor, useAuth } from '../auth/AuthContext';
import { AddToCalendar } from '../components/AddToCalendar';
import { EventActions } from '../components/EventActions';
import { EventStatusNote } from '../components/EventStatus';
import { EventTime } from '../components/EventTime';
import { eventKindLabel, languageName, sessionKindLabel } from '../components/eventLabels';
import type { EventQuery } from '../gql/graphql';
import { countryName } from '../lib/country';
import { dayKey, formatDay, viewerTimeZone, type DayKey } from '../lib/time';

type EventDetail = EventQuery['event'];
type Session = EventDetail['sessions'][number];

type State =
  | { phase: 'loading' }
  | { phase: 'loaded'; event: EventDetail }
  | { phase: 'not-found' }
  | { phase: 'error'; message: string };

/** The API says NOT_FOUND for events the viewer may not see; a malformed id is just as absent. */
function isNotFound(error: unknown): boolean {
  return error instanceof GraphQLRequestError && (error.codes.includes('NOT_FOUND') || error.codes.includes('BAD_USER_INPUT'));
}

export function EventPage() {
  const { id = '' } = useParams();
  const [state, setState] = useState<State>({ phase: 'loading' });
  const viewerZone = useMemo(() => viewerTimeZone(), []);

  const requestSeq = useRef(0);

  // `quiet` re-reads after an action on the page without replacing it by a spinner.
  const load = useCallback(async (quiet = false) => {
    const seq = ++requestSeq.current;
    if (!quiet) setState({ phase: 'loading' });
    try {
      const data = await gqlRequest(eventQuery, { id });
      if (seq === requestSeq.current) setState({ phase: 'loaded', event: data.event });
    } catch (err) {
      if (seq !== requestSeq.current) return; // another event was opened meanwhile
      // The auth provider already redirects to sign-in for expired sessions.
      if (err instanceof GraphQLRequestError && err.isUnauthenticated) return;
      setState(isNotFound(err) ? { phase: 'not-found' } : { phase: 'error', message: errorMessage(err) });
    }
  }, [id]);

  useEffect(() => {
    void load();
  }, [load]);

  const pageTitle =
    state.phase === 'loaded' ? state.event.title : state.phase === 'not-found' ? 'Event not found' : 'Event';
  useEffect(() => {
    document.title = `${pageTitle} · Pluralis`;
  }, [pageTitle]);

  if (state.phase === 'loading') {
    return (
      <div className="page">
        <BackLink />
        <p role="status">Loading the event…</p>
      </div>
    );
  }
  if (state.phase === 'not-found') return <EventNotFound />;
  if (state.phase === 'error') {
    return (
      <div className="page">
        <BackLink />
        <h1>Event</h1>
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button button-secondary" onClick={() => void load()}>
            Try again
          </button>
        </div>
      </div>
    );
  }
  return <EventDetails event={state.event} viewerZone={viewerZone} onChanged={() => load(true)} />;
}

function BackLink() {
  return (
    <p className="back-link">
      <Link to="/events">
        <span aria-hidden="true">← </span>All events
      </Link>
    </p>
  );
}

function EventNotFound() {
  const { status } = useAuth();
  const location = useLocation();
  return (
    <div className="page">
      <BackLink />
      <h1>Event not found or not visible to you</h1>
      <p>There is no event at this address, or it is shared with a group you are not part of.</p>
      {status !== 'signed-in' && (
        <p>
          Events for the network and its partners are visible after you{' '}
          <Link to={signInPathFor(location.pathname)}>sign in</Link>.
        </p>
      )}
      <p>
        <Link to="/events">Back to the calendar</Link>
      </p>
    </div>
  );
}

/** Only web links become links; anything else is shown as text. */
function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

function EventDetails({
  event,
  viewerZone,
  onChanged,
}: {
  event: EventDetail;
  viewerZone: string;
  onChanged: () => Promise<void>;
}) {
  const venue = event.venue;
  const address = venue ? [venue.address, venue.city, countryName(venue.country)].filter(Boolean).join(', ') : '';
  return (
    <article className="page event-page" aria-labelledby="event-title">
      <BackLink />
      <header className="event-header">
        <p className="event-kind">{eventKindLabel(event.kind)}</p>
        <h1 id="event-title">{event.title}</h1>
        {event.status !== 'PUBLISHED' && (
          <p className={`status-banner status-banner-${event.status.toLowerCase()}`}>
            <EventStatusNote status={event.status} reason={event.statusReason} />
          </p>
        )}
        <EventActions event={event} onChanged={onChanged} />
        <AddToCalendar event={event} />
      </header>

      <dl className="event-facts">
        <div>
          <dt>When</dt>
          <dd>
            <EventTime span={event} viewerZone={viewerZone} />
            {!event.allDay && <span className="muted event-zone"> Time zone of the event: {event.timeZone}</span>}
          </dd>
        </div>
        <div>
          <dt>Hosted by</dt>
          <dd>
            {event.hostOrganization.name}
            {event.coHosts.length > 0 && (
              <>
                {' '}
                with <span className="co-hosts">{event.coHosts.map((org) => org.name).join(', ')}</span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>Where</dt>
          <dd>
            {venue ? (
              <>
                <span className="venue-name">{venue.name}</span>
                {address && <span className="venue-address">{address}</span>}
                {venue.rooms.length > 0 && (
                  <span className="venue-rooms">
                    Rooms: {venue.rooms.map((room) => room.name).join(', ')}
                  </span>
                )}
              </>
            ) : event.isOnline ? (
              <span className="venue-name">Online</span>
            ) : (
              <span className="muted">No place given yet</span>
            )}
            {venue && event.isOnline && <span className="venue-rooms">and online</span>}
          </dd>
        </div>
        {event.onlineUrl && (
          <div>
            <dt>Online</dt>
            <dd>
              {isWebUrl(event.onlineUrl) ? (
                <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                  Join online<span className="visually-hidden"> (opens in a new tab)</span>
                </a>
              ) : (
                event.onlineUrl
              )}
            </dd>
          </div>
        )}
        {event.languages.length > 0 && (
          <div>
            <dt>Languages</dt>
            <dd>{event.languages.map(languageName).join(', ')}</dd>
          </div>
        )}
        {event.tags.length > 0 && (
          <div>
            <dt>Tags</dt>
            <dd>
              <ul className="tag-list">
                {event.tags.map((tag) => (
                  <li key={tag}>
                    <Link className="tag" to={`/events?view=list&tag=${encodeURIComponent(tag)}`}>
                      {tag}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>

      {event.descriptionHtml.trim() && (
        <section className="event-section" aria-labelledby="event-about">
          <h2 id="event-about">About</h2>
          {/* descriptionHtml is sanitised by the server (the organizers' Markdown
              rendered to a safe subset of HTML), so it may be injected as is. */}
          <div className="prose" dangerouslySetInnerHTML={{ __html: event.descriptionHtml }} />
        </section>
      )}

      <section className="event-section" aria-labelledby="event-programme">
        <h2 id="event-programme">Programme</h2>
        {event.sessions.length === 0 ? (
          <p className="muted">The programme has not been published yet.</p>
        ) : (
          <Programme event={event} viewerZone={viewerZone} />
        )}
      </section>
    </article>
  );
}

/** Sessions by day of the event's own zone, in time order. */
function Programme({ event, viewerZone }: { event: EventDetail; viewerZone: string }) {
  const days = new Map<DayKey, Session[]>();
  const sorted = [...event.sessions].sort((a, b) => a.startsAt.localeCompare(b.startsAt) || a.endsAt.localeCompare(b.endsAt));
  for (const session of sorted) {
    const day = dayKey(session.startsAt, event.timeZone);
    days.set(day, [...(days.get(day) ?? []), session]);
  }
  return (
    <div className="programme">
      {[...days.entries()].map(([day, sessions]) => (
        <section key={day} className="programme-day" aria-labelledby={`day-${day}`}>
          <h3 id={`day-${day}`}>{formatDay(day, 'long')}</h3>
          <ol className="sessions">
            {sessions.map((session) => (
              <SessionItem key={session.id} session={session} day={day} timeZone={event.timeZone} viewerZone={viewerZone} />
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}

function SessionItem({
  session,
  day,
  timeZone,
  viewerZone,
}: {
  session: Session;
  day: DayKey;
  timeZone: string;
  viewerZone: string;
}) {
  const span = { startsAt: session.startsAt, endsAt: session.endsAt, allDay: false, timeZone };
  return (
    <li className={`session session-${session.kind.toLowerCase()}`}>
      <p className="session-time">
        <EventTime span={span} viewerZone={viewerZone} contextDay={day} />
      </p>
      <div className="session-body">
        <h4 className="session-title">{session.title}</h4>
        <dl className="session-facts">
          <div>
            <dt>Kind</dt>
            <dd>{sessionKindLabel(session.kind)}</dd>
          </div>
          {session.room && (
            <div>
              <dt>Room</dt>
              <dd>{session.room.name}</dd>
            </div>
          )}
          {session.track && (
            <div>
              <dt>Track</dt>
              <dd>{session.track}</dd>
            </div>
          )}
          {session.speakers.length > 0 && (
            <div>
              <dt>{session.speakers.length === 1 ? 'Speaker' : 'Speakers'}</dt>
              <dd>{session.speakers.map((person) => person.name).join(', ')}</dd>
            </div>
          )}
          {session.moderators.length > 0 && (
            <div>
              <dt>{session.moderators.length === 1 ? 'Moderator' : 'Moderators'}</dt>
              <dd>{session.moderators.map((person) => person.name).join(', ')}</dd>
            </div>
          )}
        </dl>
        {session.description.trim() && <p className="session-description">{session.description}</p>}
      </div>
    </li>
  );
}
