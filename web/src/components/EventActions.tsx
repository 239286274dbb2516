import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { errorMessage, gqlRequest } from '../api/client';
import {
  acceptOfferMutation,
  cancelRegistrationMutation,
  declineOfferMutation,
  registerSelfMutation,
} from '../api/operations';
import { signInPathFor, useAuth } from '../auth/AuthContext';
import type { EventQuery } from '../gql/graphql';
import { StatusBadge, VisibilityBadge } from './EventStatus';
import { dayKey, formatDay, formatTime, viewerTimeZone, zoneLabel } from '../lib/time';

type EventDetail = EventQuery['event'];

interface Props {
  event: EventDetail;
  /** Re-read the event after a change, so seats and the viewer's place are current. */
  onChanged: () => Promise<void> | void;
}

type PayloadErrors = ReadonlyArray<{ message: string }>;

/**
 * The event page's actions: the viewer's place (register, the waitlist, an offered seat) and,
 * for the event's organizers, links to the editor and the registration list.
 */
export function EventActions({ event, onChanged }: Props) {
  const { status } = useAuth();
  const location = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<PayloadErrors>) {
    setBusy(true);
    setError(null);
    try {
      const errors = await action();
      if (errors.length > 0) setError(errors.map((e) => e.message).join(' '));
      await onChanged();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const mine = event.myRegistration;
  const full = event.capacity != null && event.seatsTaken >= event.capacity;
  const open = event.status === 'PUBLISHED';

  return (
    <section className="event-actions" aria-label="Your place">
      <Seats event={event} />
      {status !== 'signed-in' ? (
        open && (
          <p>
            <Link className="button button-primary" to={signInPathFor(location.pathname)}>
              Sign in to register
            </Link>
          </p>
        )
      ) : (
        <Place
          mine={mine}
          open={open}
          full={full}
          busy={busy}
          onRegister={() =>
            run(async () => (await gqlRequest(registerSelfMutation, { eventId: event.id })).register.errors)
          }
          onCancel={(id) =>
            run(async () => (await gqlRequest(cancelRegistrationMutation, { id })).cancelRegistration.errors)
          }
          onAccept={(id) => run(async () => (await gqlRequest(acceptOfferMutation, { id })).acceptOffer.errors)}
          onDecline={(id) => run(async () => (await gqlRequest(declineOfferMutation, { id })).declineOffer.errors)}
        />
      )}
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      {event.canEdit && (
        <div className="event-organizer" aria-label="For organizers" role="group">
          <p className="event-badges">
            <StatusBadge status={event.status} />
            <VisibilityBadge visibility={event.visibility} />
          </p>
          <p className="event-organizer-actions">
            <Link className="button button-primary" to={`/events/${event.id}/edit`}>
              Edit event and programme
            </Link>
            <Link className="button button-secondary" to={`/events/${event.id}/registrations`}>
              Registrations
            </Link>
            <Link className="button button-secondary" to={`/events/${event.id}/invitations`}>
              Invitations
            </Link>
          </p>
        </div>
      )}
    </section>
  );
}

function Seats({ event }: { event: EventDetail }) {
  if (event.capacity == null) return null;
  const waiting = event.waitlistCount > 0 ? ` · ${event.waitlistCount} waiting` : '';
  return (
    <p className="event-seats">
      {event.seatsTaken} of {event.capacity} seats taken{waiting}
    </p>
  );
}

interface PlaceProps {
  mine: EventDetail['myRegistration'];
  open: boolean;
  full: boolean;
  busy: boolean;
  onRegister: () => void;
  onCancel: (id: string) => void;
  onAccept: (id: string) => void;
  onDecline: (id: string) => void;
}

function Place({ mine, open, full, busy, onRegister, onCancel, onAccept, onDecline }: PlaceProps) {
  if (mine?.status === 'REGISTERED') {
    return (
      <div className="event-place">
        <p role="status">You are registered.</p>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => onCancel(mine.id)}>
          Cancel my registration
        </button>
      </div>
    );
  }
  if (mine?.status === 'WAITLISTED') {
    return (
      <div className="event-place">
        <p role="status">
          You are number {mine.waitlistPosition ?? '?'} on the waitlist. If a seat frees, it is offered to you by SMS
          and here.
        </p>
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => onCancel(mine.id)}>
          Leave the waitlist
        </button>
      </div>
    );
  }
  if (mine?.status === 'OFFERED') {
    return (
      <div className="event-place">
        <p role="status">
          A seat is free for you. Accept it by {mine.offerExpiresAt ? until(mine.offerExpiresAt) : 'soon'}, or it passes
          to the next person.
        </p>
        <button type="button" className="button button-primary" disabled={busy} onClick={() => onAccept(mine.id)}>
          Accept the seat
        </button>{' '}
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => onDecline(mine.id)}>
          Decline
        </button>
      </div>
    );
  }
  if (!open) return null;
  return (
    <div className="event-place">
      {mine?.status === 'CANCELLED' && <p>You cancelled your registration.</p>}
      <button type="button" className="button button-primary" disabled={busy} onClick={onRegister}>
        {full ? 'Join the waitlist' : 'Register'}
      </button>
    </div>
  );
}

/** An offer's deadline in the viewer's own zone: "Tue 3 Nov 14:00 (Berlin)". */
function until(instant: string): string {
  const zone = viewerTimeZone();
  return `${formatDay(dayKey(instant, zone), 'day')} ${formatTime(instant, zone)} (${zoneLabel(zone)})`;
}
