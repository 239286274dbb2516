import { useCallback, useEffect, useId, useMemo, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import { homeEventsQuery, homeOrganizationsQuery } from '../api/homeOperations';
import { useAuth } from '../auth/AuthContext';
import { EVENT_KIND_LABELS } from '../components/eventLabels';
import { EventStatusNote } from '../components/EventStatus';
import { EventTime } from '../components/EventTime';
import type { EventVisibility, HomeEventsQuery, RegistrationStatus } from '../gql/graphql';
import { dayKey, viewerTimeZone } from '../lib/time';
import './home.css';

type HomeEvent = HomeEventsQuery['events']['nodes'][number];

/** How many upcoming events the page lists; the calendar has the rest. */
export const SHOWN = 6;
/** Read further ahead than shown, so that the viewer's own registrations can be picked out. */
const READ_AHEAD = 50;

const VISIBILITY_LABELS: Readonly<Record<EventVisibility, string | null>> = {
  PUBLIC: null,
  NETWORK: 'Network members only',
  PARTNERS: 'Network and partners',
  INVITE_ONLY: 'Invitation only',
};

const REGISTRATION_LABELS: Readonly<Record<RegistrationStatus, string | null>> = {
  REGISTERED: 'You are registered',
  WAITLISTED: 'You are on the waiting list',
  OFFERED: 'A seat is offered to you',
  CANCELLED: null,
};

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'loaded'; events: HomeEvent[] };

/**
 * The front door at `/`. Everyone sees the network's next events and the way to the calendar;
 * visitors also the way in, and signed-in people shortcuts to their own things.
 */
export function HomePage() {
  const { status, viewer } = useAuth();
  const signedIn = status === 'signed-in';
  const viewerZone = useMemo(() => viewerTimeZone(), []);
  // Events still running count as upcoming: a conference in its second day is worth showing.
  const [since] = useState(() => new Date().toISOString());
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    document.title = 'Pluralis · Events of the network';
  }, []);

  const read = useCallback(async () => {
    setLoad({ state: 'loading' });
    try {
      const data = await gqlRequest(homeEventsQuery, { first: READ_AHEAD, filter: { endsAfter: since } });
      setLoad({ state: 'loaded', events: data.events.nodes });
    } catch (error) {
      // The auth provider already sends people whose session ended to sign in.
      if (error instanceof GraphQLRequestError && error.isUnauthenticated) return;
      setLoad({ state: 'error', message: errorMessage(error) });
    }
  }, [since]);

  useEffect(() => {
    void read();
  }, [read, signedIn]);

  const mine =
    load.state === 'loaded'
      ? load.events.filter((e) => e.myRegistration && REGISTRATION_LABELS[e.myRegistration.status] !== null)
      : [];

  return (
    <div className="page home">
      {signedIn ? (
        <section className="home-intro" aria-labelledby="home-title">
          <h1 id="home-title">Welcome, {viewer?.displayName}</h1>
          <p className="home-lead">What is coming up in the network, and your way to your work.</p>
          <Shortcuts />
        </section>
      ) : (
        <section className="home-intro" aria-labelledby="home-title">
          <h1 id="home-title">Events of the network</h1>
          <p className="home-lead">
            Conferences, trainings and meetings of the organizations that observe elections and support democracy
            together. Anyone may browse the public calendar; no account is needed.
          </p>
          <div className="home-actions">
            <Link className="button button-primary" to="/events">
              Open the calendar
            </Link>
            <Link className="button button-secondary" to="/sign-in">
              Sign in
            </Link>
          </div>
          <p className="home-hint">
            <strong>Have an invitation?</strong> Open the link in your invitation email or text message. It shows you
            the event first, then helps you make an account if you need one.
          </p>
        </section>
      )}

      {signedIn && mine.length > 0 && (
        <EventList title="Your registrations" events={mine} viewerZone={viewerZone} signedIn />
      )}

      <UpcomingEvents load={load} signedIn={signedIn} viewerZone={viewerZone} onRetry={() => void read()} />
    </div>
  );
}

function UpcomingEvents({
  load,
  signedIn,
  viewerZone,
  onRetry,
}: {
  load: Load;
  signedIn: boolean;
  viewerZone: string;
  onRetry: () => void;
}) {
  const title = signedIn ? 'Upcoming events' : 'Upcoming public events';
  if (load.state === 'loaded' && load.events.length > 0) {
    return (
      <EventList title={title} events={load.events.slice(0, SHOWN)} viewerZone={viewerZone} signedIn={signedIn}>
        <p className="home-more">
          <Link to="/events">See every event in the calendar</Link>
        </p>
      </EventList>
    );
  }
  return (
    <section className="home-section" aria-labelledby="home-upcoming">
      <h2 id="home-upcoming">{title}</h2>
      {load.state === 'loading' && <p role="status">Loading events…</p>}
      {load.state === 'error' && (
        <div className="form-error" role="alert">
          <p>{load.message}</p>
          <button type="button" className="button button-secondary" onClick={onRetry}>
            Try again
          </button>
        </div>
      )}
      {load.state === 'loaded' && (
        <p>
          No events are coming up yet. <Link to="/events">Open the calendar</Link> to look at past months.
        </p>
      )}
    </section>
  );
}

function EventList({
  title,
  events,
  viewerZone,
  signedIn,
  children,
}: {
  title: string;
  events: readonly HomeEvent[];
  viewerZone: string;
  signedIn: boolean;
  children?: ReactNode;
}) {
  const headingId = useId();
  return (
    <section className="home-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <ul className="home-events" aria-labelledby={headingId}>
        {events.map((event) => (
          <EventItem key={event.id} event={event} viewerZone={viewerZone} signedIn={signedIn} />
        ))}
      </ul>
      {children}
    </section>
  );
}

function EventItem({ event, viewerZone, signedIn }: { event: HomeEvent; viewerZone: string; signedIn: boolean }) {
  // The tile shows the day the event starts where the viewer is (all-day events: their own date).
  const [, month, day] = dayKey(event.startsAt, event.allDay ? event.timeZone : viewerZone).split('-');
  const where = event.venue ? [event.venue.name, event.venue.city].filter(Boolean).join(', ') : null;
  const visibility = signedIn ? VISIBILITY_LABELS[event.visibility] : null;
  const registration = event.myRegistration ? REGISTRATION_LABELS[event.myRegistration.status] : null;
  return (
    <li className="home-event">
      <span className="home-event-tile" aria-hidden="true">
        <span className="home-event-month">{MONTHS[Number(month) - 1]}</span>
        <span className="home-event-day">{Number(day)}</span>
      </span>
      <div className="home-event-body">
        <h3 className="home-event-title">
          <Link to={`/events/${encodeURIComponent(event.id)}`}>{event.title}</Link>
        </h3>
        <p className="home-event-when">
          <EventTime span={event} viewerZone={viewerZone} />
        </p>
        <p className="home-event-meta">
          {EVENT_KIND_LABELS[event.kind]} · {event.hostOrganization.name}
          {where && <> · {where}</>}
        </p>
        {(event.status !== 'PUBLISHED' || visibility || registration) && (
          <p className="home-event-badges">
            <EventStatusNote status={event.status} reason={event.statusReason} showReason={false} />
            {visibility && <span className="home-badge">{visibility}</span>}
            {registration && <span className="home-badge home-badge-mine">{registration}</span>}
          </p>
        )}
      </div>
    </li>
  );
}

/** Beyond this many, one shortcut leads to the directory instead of a wall of names. */
const MAX_ORGANIZATION_SHORTCUTS = 2;

/** Where a signed-in person usually goes next; her organizations come from her roles. */
function Shortcuts() {
  const { viewer } = useAuth();
  const viewerId = viewer?.id ?? null;
  const [organizations, setOrganizations] = useState<{ id: string; name: string }[]>([]);

  useEffect(() => {
    let live = true;
    if (!viewerId) return;
    gqlRequest(homeOrganizationsQuery)
      .then((data) => {
        const seen = new Map<string, string>();
        for (const role of data.me?.roles ?? []) seen.set(role.organization.id, role.organization.name);
        if (live) setOrganizations([...seen].map(([id, name]) => ({ id, name })));
      })
      .catch(() => {
        // Shortcuts are a convenience: the navigation still leads everywhere.
      });
    return () => {
      live = false;
    };
  }, [viewerId]);

  return (
    <nav aria-label="Shortcuts">
      <ul className="home-shortcuts">
        {organizations.length <= MAX_ORGANIZATION_SHORTCUTS ? (
          organizations.map((organization) => (
            <li key={organization.id}>
              <Link to={`/organizations/${encodeURIComponent(organization.id)}`}>
                <span className="home-shortcut-kind">Your organization</span>
                {organization.name}
              </Link>
            </li>
          ))
        ) : (
          <li>
            <Link to="/organizations">
              <span className="home-shortcut-kind">Organizations</span>
              You have roles in {organizations.length}
            </Link>
          </li>
        )}
        <li>
          <Link to="/events">
            <span className="home-shortcut-kind">Calendar</span>
            All events you may see
          </Link>
        </li>
        <li>
          <Link to="/missions">
            <span className="home-shortcut-kind">Missions</span>
            Election observation
          </Link>
        </li>
        <li>
          <Link to="/feeds">
            <span className="home-shortcut-kind">Calendar feeds</span>
            Events in your own calendar app
          </Link>
        </li>
      </ul>
    </nav>
  );
}
