import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import {
  cancelRegistrationMutation,
  checkInMutation,
  eventRegistrationsQuery,
  registerPersonMutation,
} from '../api/operations';
import { describePerson, PersonChooser, type PersonChoice } from '../components/PersonChooser';
import type { EventRegistrationsQuery } from '../gql/graphql';
import { dayKey, formatDay, formatTime, zoneLabel } from '../lib/time';
import { PageLoadError, PageLoading } from '../components/StatusScreens';

type RegEvent = EventRegistrationsQuery['event'];
type Registration = RegEvent['registrations'][number];

type LoadState = { phase: 'loading' } | { phase: 'loaded'; event: RegEvent } | { phase: 'error'; message: string };

function when(instant: string, zone: string): string {
  return `${formatDay(dayKey(instant, zone), 'day')}, ${formatTime(instant, zone)}`;
}

export function RegistrationsPage() {
  const { id = '' } = useParams();
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<PersonChoice | null>(null);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const data = await gqlRequest(eventRegistrationsQuery, { id });
      if (mine === seq.current) setState({ phase: 'loaded', event: data.event });
    } catch (err) {
      if (mine !== seq.current) return;
      if (err instanceof GraphQLRequestError && err.isUnauthenticated) return;
      const message =
        err instanceof GraphQLRequestError && err.codes.includes('FORBIDDEN')
          ? 'Only the event’s organizers can see who registered.'
          : err instanceof GraphQLRequestError && err.codes.includes('NOT_FOUND')
            ? 'There is no such event, or you may not see it.'
            : errorMessage(err);
      setState({ phase: 'error', message });
    }
  }, [id]);

  useEffect(() => {
    setState({ phase: 'loading' });
    void load();
  }, [load]);

  const event = state.phase === 'loaded' ? state.event : null;
  useEffect(() => {
    document.title = `${event ? `Registrations: ${event.title}` : 'Registrations'} · Pluralis`;
  }, [event]);

  /** Run one action, say what happened, and read the list again. */
  async function act(registrationId: string, action: () => Promise<{ errors: readonly { message: string }[] }>, done: string) {
    setBusyId(registrationId);
    setActionError(null);
    try {
      const payload = await action();
      if (payload.errors.length > 0) setActionError(payload.errors.map((e) => e.message).join(' '));
      else if (done) setAnnouncement(done);
    } catch (err) {
      setActionError(errorMessage(err));
    }
    await load();
    setBusyId(null);
  }

  if (state.phase === 'loading') return <PageLoading>Loading registrations…</PageLoading>;
  if (state.phase === 'error' || !event) {
    return <PageLoadError title="Registrations" message={state.phase === 'error' ? state.message : ''} onRetry={() => void load()} />;
  }

  const registered = event.registrations.filter((r) => r.status === 'REGISTERED');
  const offered = event.registrations.filter((r) => r.status === 'OFFERED');
  const waitlisted = event.registrations
    .filter((r) => r.status === 'WAITLISTED')
    .sort((a, b) => (a.waitlistPosition ?? 0) - (b.waitlistPosition ?? 0));
  const zone = event.timeZone;
  const zoneName = zoneLabel(zone);

  const registerChosen = (person: PersonChoice) =>
    void act(
      `new-${person.id}`,
      async () => {
        const payload = (await gqlRequest(registerPersonMutation, { eventId: event.id, personId: person.id })).register;
        if (payload.registration && payload.errors.length === 0) {
          setChosen(null);
          setAnnouncement(
            payload.registration.status === 'WAITLISTED' ? `${person.name} is on the waitlist.` : `${person.name} is registered.`,
          );
          return { errors: [] };
        }
        return payload;
      },
      '',
    );
  const checkIn = (r: Registration) =>
    void act(r.id, async () => (await gqlRequest(checkInMutation, { registrationId: r.id })).checkIn, `${r.person.name} is checked in.`);
  const cancel = (r: Registration) =>
    void act(
      r.id,
      async () => (await gqlRequest(cancelRegistrationMutation, { id: r.id })).cancelRegistration,
      `${r.person.name}’s registration is cancelled.`,
    );

  return (
    <div className="page registrations-page">
      <div className="page-header">
        <p className="breadcrumbs">
          <Link to={`/events/${event.id}/edit`}>Edit event</Link> · <Link to={`/events/${event.id}`}>Public event page</Link>
        </p>
        <h1>
          <span className="muted-heading">Registrations: </span>
          {event.title}
        </h1>
      </div>

      <dl className="counts">
        <div>
          <dt>Seats taken</dt>
          <dd>{event.capacity == null ? `${event.seatsTaken} (no limit)` : `${event.seatsTaken} of ${event.capacity}`}</dd>
        </div>
        <div>
          <dt>Waiting</dt>
          <dd>{event.waitlistCount}</dd>
        </div>
      </dl>

      <div className="registrations-tools">
        <a className="button button-secondary" href={`/exports/events/${encodeURIComponent(event.id)}/registrations.csv`} download>
          Download CSV
        </a>
      </div>

      <p role="status" aria-live="polite" className="announcement">
        {announcement}
      </p>
      {actionError && (
        <div className="notice notice-error" role="alert">
          <p>{actionError}</p>
        </div>
      )}

      <section className="register-someone" aria-labelledby="register-heading">
        <h2 id="register-heading">Register someone</h2>
        <PersonChooser
          label="Find a person"
          excludeIds={event.registrations.map((r) => r.person.id)}
          hint="They get a seat while there is one, else a place on the waitlist. You confirm before anything happens."
          onPick={setChosen}
        />
        {chosen && (
          <div className="confirm-choice" role="group" aria-labelledby="confirm-register">
            <p id="confirm-register">
              Register <strong>{chosen.name}</strong> ({describePerson(chosen)}) for this event?
            </p>
            <button type="button" className="button button-primary" disabled={busyId === `new-${chosen.id}`} onClick={() => registerChosen(chosen)}>
              Yes, register {chosen.name}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setChosen(null)}>
              Choose someone else
            </button>
          </div>
        )}
      </section>

      <section className="invitations" aria-labelledby="invitations-heading">
        <h2 id="invitations-heading">Invitations</h2>
        <p>
          {event.visibility === 'INVITE_ONLY' ? 'This event is invite-only. ' : ''}
          <Link to={`/events/${event.id}/invitations`}>Send invitations by email or SMS and see who used them</Link>
        </p>
      </section>

      <RegistrationGroup
        title="Registered"
        rows={registered}
        detailHeader="Registered"
        detail={(r) => when(r.createdAt, zone)}
        zoneName={zoneName}
        busyId={busyId}
        onCheckIn={checkIn}
        onCancel={cancel}
        zone={zone}
      />
      <RegistrationGroup
        title="Offered a seat"
        rows={offered}
        detailHeader="Offer expires"
        detail={(r) => (r.offerExpiresAt ? when(r.offerExpiresAt, zone) : '—')}
        zoneName={zoneName}
        busyId={busyId}
        onCancel={cancel}
        zone={zone}
      />
      <RegistrationGroup
        title="Waitlist"
        rows={waitlisted}
        detailHeader="Position"
        detail={(r) => (r.waitlistPosition != null ? `#${r.waitlistPosition}` : '—')}
        busyId={busyId}
        onCancel={cancel}
        zone={zone}
      />
    </div>
  );
}

function RegistrationGroup({
  title,
  rows,
  detailHeader,
  detail,
  zoneName,
  busyId,
  onCheckIn,
  onCancel,
  zone,
}: {
  title: string;
  rows: Registration[];
  detailHeader: string;
  detail: (r: Registration) => string;
  zoneName?: string;
  busyId: string | null;
  onCheckIn?: (r: Registration) => void;
  onCancel: (r: Registration) => void;
  zone: string;
}) {
  const id = useId();
  const [confirming, setConfirming] = useState<string | null>(null);
  return (
    <section className="registration-group" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>
        {title} <span className="count">({rows.length})</span>
      </h2>
      {rows.length === 0 ? (
        <p className="muted">Nobody.</p>
      ) : (
        <div className="table-wrap">
          {/* Explicit roles keep table semantics when the small-screen CSS turns rows into cards. */}
          <table role="table" className="data-table" aria-labelledby={`${id}-heading`}>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">Name</th>
                <th role="columnheader" scope="col">
                  {detailHeader}
                  {zoneName && <span className="muted"> ({zoneName} time)</span>}
                </th>
                {onCheckIn && (
                  <th role="columnheader" scope="col">
                    Checked in
                  </th>
                )}
                <th role="columnheader" scope="col">
                  Actions
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {rows.map((r) => (
                <tr key={r.id} role="row">
                  <th role="rowheader" scope="row" data-label="Name">
                    {r.person.name}
                  </th>
                  <td role="cell" data-label={detailHeader}>{detail(r)}</td>
                  {onCheckIn && <td role="cell" data-label="Checked in">{r.attendedAt ? `Yes, ${formatTime(r.attendedAt, zone)}` : 'Not yet'}</td>}
                  <td role="cell" className="actions" data-label="Actions">
                    {onCheckIn && !r.attendedAt && (
                      <button
                        type="button"
                        className="button button-secondary button-small"
                        onClick={() => onCheckIn(r)}
                        disabled={busyId === r.id}
                        aria-label={`Check in ${r.person.name}`}
                      >
                        Check in
                      </button>
                    )}
                    {confirming === r.id ? (
                      <span className="confirm">
                        <span>Cancel {r.person.name}’s place?</span>
                        <button
                          type="button"
                          className="button button-danger button-small"
                          onClick={() => {
                            setConfirming(null);
                            onCancel(r);
                          }}
                        >
                          Yes, cancel registration
                        </button>
                        <button type="button" className="button button-link button-small" onClick={() => setConfirming(null)}>
                          Keep
                        </button>
                      </span>
                    ) : (
                      <button
                        type="button"
                        className="button button-link button-small"
                        onClick={() => setConfirming(r.id)}
                        disabled={busyId === r.id}
                        aria-label={`Cancel registration of ${r.person.name}`}
                      >
                        Cancel…
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
