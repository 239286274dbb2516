import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import {
  eventInvitationsQuery,
  resendEventInvitationMutation,
  revokeEventInvitationMutation,
  sendEventInvitationMutation,
} from '../api/invitationOperations';
import { describePerson, PersonChooser, type PersonChoice } from '../components/PersonChooser';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { Channel, EventInvitationsQuery, InvitationStatus, SendEventInvitationMutationVariables } from '../gql/graphql';
import { dayKey, formatDay, formatTime, zoneLabel } from '../lib/time';
import './invitations.css';
import { PageLoadError, PageLoading } from '../components/StatusScreens';

type InvEvent = NonNullable<EventInvitationsQuery['event']>;
type Invitation = InvEvent['invitations'][number];
type LoadState = { phase: 'loading' } | { phase: 'loaded'; event: InvEvent } | { phase: 'error'; message: string };

const STATUS_WORDS: Record<InvitationStatus, string> = {
  PENDING: 'Pending',
  USED: 'Used',
  EXPIRED: 'Expired',
  REVOKED: 'Withdrawn',
};
const FILTERS: readonly InvitationStatus[] = ['PENDING', 'USED', 'EXPIRED', 'REVOKED'];

function when(instant: string, zone: string): string {
  return `${formatDay(dayKey(instant, zone), 'day')}, ${formatTime(instant, zone)}`;
}

/**
 * The organizers' invitations page (/events/:id/invitations): send an invitation by email or
 * SMS to a person of the network or to a guest's email address, and follow them all —
 * pending, used, expired, withdrawn — with resend and withdraw. The status filter is in the URL.
 */
export function EventInvitationsPage() {
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const filter = FILTERS.find((f) => f === params.get('status')) ?? null;
  const [state, setState] = useState<LoadState>({ phase: 'loading' });
  const [announcement, setAnnouncement] = useState('');
  const [actionError, setActionError] = useState<string | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const seq = useRef(0);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const data = await gqlRequest(eventInvitationsQuery, { id });
      if (mine === seq.current) setState({ phase: 'loaded', event: data.event });
    } catch (err) {
      if (mine !== seq.current) return;
      if (err instanceof GraphQLRequestError && err.isUnauthenticated) return;
      const message =
        err instanceof GraphQLRequestError && err.codes.includes('NOT_FOUND')
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
    document.title = `${event ? `Invitations: ${event.title}` : 'Invitations'} · Pluralis`;
  }, [event]);

  async function act(invitationId: string, run: () => Promise<{ errors: readonly { message: string }[] }>, done: string) {
    setBusyId(invitationId);
    setActionError(null);
    setAnnouncement('');
    try {
      const payload = await run();
      if (payload.errors.length > 0) setActionError(payload.errors.map((e) => e.message).join(' '));
      else setAnnouncement(done);
    } catch (err) {
      setActionError(errorMessage(err));
    }
    await load();
    setBusyId(null);
  }

  if (state.phase === 'loading') return <PageLoading>Loading invitations…</PageLoading>;
  if (state.phase === 'error' || !event) {
    return <PageLoadError title="Invitations" message={state.phase === 'error' ? state.message : ''} onRetry={() => void load()} />;
  }
  if (!event.canEdit) {
    return (
      <div className="page">
        <h1>Invitations</h1>
        <p role="alert">Only the event’s organizers can send and see invitations.</p>
        <p>
          <Link to={`/events/${event.id}`}>Back to the event</Link>
        </p>
      </div>
    );
  }

  const who = (inv: Invitation) => inv.inviteeName ?? 'A guest';
  const resend = (inv: Invitation) =>
    void act(
      inv.id,
      async () => (await gqlRequest(resendEventInvitationMutation, { id: inv.id })).resendEventInvitation,
      `A new link was sent to ${who(inv)}. The old link no longer works.`,
    );
  const revoke = (inv: Invitation) =>
    void act(
      inv.id,
      async () => (await gqlRequest(revokeEventInvitationMutation, { id: inv.id })).revokeEventInvitation,
      `The invitation of ${who(inv)} is withdrawn: its link no longer works.`,
    );
  const shown = filter ? event.invitations.filter((inv) => inv.status === filter) : event.invitations;
  const zone = event.timeZone;

  return (
    <div className="page invitations-page">
      <div className="page-header">
        <p className="breadcrumbs">
          <Link to={`/events/${event.id}`}>Event page</Link> · <Link to={`/events/${event.id}/registrations`}>Registrations</Link>
        </p>
        <h1>
          <span className="muted-heading">Invitations: </span>
          {event.title}
        </h1>
      </div>

      <p role="status" aria-live="polite" className="announcement">
        {announcement}
      </p>
      {actionError && (
        <div className="notice notice-error" role="alert">
          <p>{actionError}</p>
        </div>
      )}

      <SendInvitation eventId={event.id} onSent={(text) => { setAnnouncement(text); void load(); }} />

      <section aria-labelledby="sent-heading">
        <h2 id="sent-heading">Sent invitations</h2>
        <div className="field invitation-filter">
          <label htmlFor="invitation-filter">Show</label>
          <select
            id="invitation-filter"
            value={filter ?? ''}
            onChange={(e) => {
              const next = new URLSearchParams(params);
              if (e.target.value) next.set('status', e.target.value);
              else next.delete('status');
              setParams(next, { replace: true });
            }}
          >
            <option value="">All ({event.invitations.length})</option>
            {FILTERS.map((f) => (
              <option key={f} value={f}>
                {STATUS_WORDS[f]} ({event.invitations.filter((inv) => inv.status === f).length})
              </option>
            ))}
          </select>
        </div>
        <p className="hint">Times are {zoneLabel(zone)} time, where the event happens.</p>
        {shown.length === 0 ? (
          <p className="muted">{event.invitations.length === 0 ? 'No invitations sent yet.' : 'None with this status.'}</p>
        ) : (
          <ul className="invitation-list" aria-label={`Invitations (${zoneLabel(zone)} time)`}>
            {shown.map((inv) => (
              <InvitationRow key={inv.id} inv={inv} zone={zone} busy={busyId === inv.id} onResend={resend} onRevoke={revoke} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

function InvitationRow({
  inv,
  zone,
  busy,
  onResend,
  onRevoke,
}: {
  inv: Invitation;
  zone: string;
  busy: boolean;
  onResend: (inv: Invitation) => void;
  onRevoke: (inv: Invitation) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const name = inv.inviteeName ?? 'A guest';
  const by = inv.channel === 'SMS' ? 'by SMS' : inv.channel === 'EMAIL' ? 'by email' : 'by hand';
  const outcome =
    inv.status === 'USED' && inv.usedAt
      ? `Used ${when(inv.usedAt, zone)}`
      : inv.status === 'REVOKED' && inv.revokedAt
        ? `Withdrawn ${when(inv.revokedAt, zone)}`
        : inv.expiresAt
          ? `${inv.status === 'EXPIRED' ? 'Expired' : 'Works until'} ${when(inv.expiresAt, zone)}`
          : '';
  return (
    <li className="invitation-row">
      <div className="invitation-row-who">
        <strong>{name}</strong>
        <span className={`invitation-badge invitation-badge-${inv.status.toLowerCase()}`}>{STATUS_WORDS[inv.status]}</span>
        <br />
        <span>
          Sent {by}
          {inv.sentTo ? ` to ${inv.sentTo}` : ''}, {when(inv.sentAt, zone)}
        </span>
        {outcome && (
          <>
            <br />
            <span>{outcome}</span>
          </>
        )}
      </div>
      {inv.status !== 'USED' && (
        <div className="invitation-row-actions">
          {confirming ? (
            <>
              <span>Withdraw the invitation of {name}?</span>
              <button
                type="button"
                className="button button-danger button-small"
                onClick={() => {
                  setConfirming(false);
                  onRevoke(inv);
                }}
              >
                Yes, withdraw
              </button>
              <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(false)}>
                Keep it
              </button>
            </>
          ) : (
            <>
              {inv.channel && (
                <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => onResend(inv)} aria-label={`Resend to ${name}`}>
                  Resend
                </button>
              )}
              {inv.status === 'PENDING' && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  disabled={busy}
                  onClick={() => setConfirming(true)}
                  aria-label={`Withdraw the invitation of ${name}`}
                >
                  Withdraw…
                </button>
              )}
            </>
          )}
        </div>
      )}
    </li>
  );
}

function SendInvitation({ eventId, onSent }: { eventId: string; onSent: (text: string) => void }) {
  const id = useId();
  const [mode, setMode] = useState<'person' | 'guest'>('guest');
  const [person, setPerson] = useState<PersonChoice | null>(null);
  const [channel, setChannel] = useState<Channel>('EMAIL');
  const [email, setEmail] = useState('');
  const [guestName, setGuestName] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  function choose(picked: PersonChoice) {
    setPerson(picked);
    setChannel(picked.emailHint ? 'EMAIL' : 'SMS');
  }

  async function send(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    setErrors(NO_ERRORS);
    if (mode === 'person' && !person) {
      setErrors({ byField: new Map([['personId', ['Choose the person to invite.']]]), general: [] });
      return;
    }
    setBusy(true);
    try {
      const variables: SendEventInvitationMutationVariables =
        mode === 'person'
          ? { eventId, personId: person?.id ?? null, channel }
          : { eventId, email: email.trim(), guestName: guestName.trim() || null };
      const payload = (await gqlRequest(sendEventInvitationMutation, variables)).sendEventInvitation;
      if (payload.invitation && payload.errors.length === 0) {
        const name = payload.invitation.inviteeName ?? (mode === 'guest' ? email.trim() : (person?.name ?? 'the guest'));
        const to = payload.invitation.sentTo ? ` (${payload.invitation.sentTo})` : '';
        onSent(
          payload.alreadyPending
            ? `${name} already has a pending invitation${to}; nothing was sent. Use Resend below for a new link.`
            : `Invitation sent to ${name}${to}.`,
        );
        setPerson(null);
        setEmail('');
        setGuestName('');
      } else {
        setErrors(splitErrors(payload.errors, ['email', 'personId', 'channel', 'guestName']));
      }
    } catch (err) {
      setErrors({ byField: new Map(), general: [errorMessage(err)] });
    }
    setBusy(false);
  }

  return (
    <section className="invitation-send-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Send an invitation</h2>
      <form className="invitation-send" onSubmit={(e) => void send(e)} noValidate>
        <ErrorBanner messages={errors.general} />
        <fieldset>
          <legend>Whom to invite</legend>
          <div className="radio-option">
            <input type="radio" id={`${id}-guest`} name={`${id}-mode`} checked={mode === 'guest'} onChange={() => setMode('guest')} />
            <label htmlFor={`${id}-guest`}>A guest, by email address</label>
          </div>
          <div className="radio-option">
            <input type="radio" id={`${id}-person`} name={`${id}-mode`} checked={mode === 'person'} onChange={() => setMode('person')} />
            <label htmlFor={`${id}-person`}>A person of your network</label>
          </div>
        </fieldset>
        {mode === 'guest' ? (
          <>
            <div className="field">
              <label htmlFor={`${id}-email`}>Guest’s email</label>
              <input
                id={`${id}-email`}
                type="email"
                autoComplete="off"
                value={email}
                onChange={(e) => setEmail(e.target.value)}
                {...invalidProps(errors, 'email', `${id}-email-error`)}
              />
              <FieldMessage id={`${id}-email-error`} errors={errors} field="email" />
            </div>
            <div className="field">
              <label htmlFor={`${id}-name`}>Guest’s name (optional, shown in this list and on their invitation)</label>
              <input id={`${id}-name`} autoComplete="off" value={guestName} onChange={(e) => setGuestName(e.target.value)} />
            </div>
          </>
        ) : (
          <>
            {person ? (
              <div className="confirm-choice">
                <p>
                  Inviting <strong>{person.name}</strong> ({describePerson(person)})
                </p>
                <button type="button" className="button button-secondary button-small" onClick={() => setPerson(null)}>
                  Choose someone else
                </button>
              </div>
            ) : (
              <PersonChooser label="Find a person" onPick={choose} />
            )}
            <FieldMessage id={`${id}-person-error`} errors={errors} field="personId" />
            <fieldset>
              <legend>Send it by</legend>
              <div className="radio-option">
                <input type="radio" id={`${id}-by-email`} name={`${id}-channel`} checked={channel === 'EMAIL'} onChange={() => setChannel('EMAIL')} />
                <label htmlFor={`${id}-by-email`}>Email</label>
              </div>
              <div className="radio-option">
                <input type="radio" id={`${id}-by-sms`} name={`${id}-channel`} checked={channel === 'SMS'} onChange={() => setChannel('SMS')} />
                <label htmlFor={`${id}-by-sms`}>SMS (counts against your organization’s message budget)</label>
              </div>
              <FieldMessage id={`${id}-channel-error`} errors={errors} field="channel" />
            </fieldset>
          </>
        )}
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Sending…' : 'Send invitation'}
        </button>
      </form>
    </section>
  );
}
