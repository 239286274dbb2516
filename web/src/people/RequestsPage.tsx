import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import {
  acceptCoHostingMutation,
  acceptMembershipRequestMutation,
  acceptSpeakingMutation,
  declineCoHostingMutation,
  declineMembershipRequestMutation,
  declineSpeakingMutation,
  requestsQuery,
} from '../api/peopleOperations';
import { expectedErrorMessage, isSessionGone, ROLE_LABELS } from '../lib/admin';
import { dayKey, formatDay, formatSpan, viewerTimeZone } from '../lib/time';
import { ConfirmButton, formatDate, LoadStatus, useQuery } from './shared';

/** What a decision sends: a mutation whose payload may carry field errors. */
type Decide = () => Promise<{ ok?: boolean; errors?: readonly { message: string }[] }>;

const SESSION_ROLE_LABELS: Record<string, string> = { SPEAKER: 'speak', MODERATOR: 'moderate' };

/**
 * Everything waiting for the viewer's answer: requests to join organizations, to co-host
 * events and to speak, and (for network admins) membership requests they may decide.
 */
export function RequestsPage() {
  const [load, reload] = useQuery(() => gqlRequest(requestsQuery, {}), []);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    document.title = 'Requests · Pluralis';
  }, []);

  async function decide(key: string, run: Decide, done: string) {
    setBusy(key);
    setError(null);
    setNotice('');
    try {
      const result = await run();
      const problems = result.errors ?? [];
      if (problems.length > 0) setError(problems.map((p) => p.message).join(' '));
      else setNotice(done);
      await reload();
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    } finally {
      setBusy(null);
    }
  }

  if (load.state !== 'ready') {
    return (
      <div className="page">
        <h1>Requests</h1>
        <LoadStatus load={load} notFoundText="Nothing here." onRetry={() => void reload()} />
      </div>
    );
  }
  const { myMembershipRequests, membershipRequestsToDecide, myCoHostRequests, mySpeakerRequests } = load.data;
  const coHost = myCoHostRequests.filter((r) => r.status === 'PENDING');
  const zone = viewerTimeZone();

  return (
    <div className="page requests-page">
      <div className="page-header">
        <h1>Requests</h1>
        <p className="muted">Nothing happens until you answer: a request grants nothing on its own.</p>
      </div>
      <p role="status" className="pp-status">
        {notice}
      </p>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}

      <RequestSection title="Asked to join" empty="No organization is asking you to join.">
        {myMembershipRequests.map((r) => (
          <RequestRow
            key={`m${r.id}`}
            label={`${r.organization.name} asks you to join`}
            text={
              <>
                <Link to={`/organizations/${encodeURIComponent(r.organization.id)}`}>{r.organization.name}</Link> asks you to join as{' '}
                {ROLE_LABELS[r.role].toLowerCase()} <span className="muted">({formatDate(r.createdAt)})</span>
              </>
            }
            busy={busy === `m${r.id}`}
            acceptQuestion={`Join ${r.organization.name} as ${ROLE_LABELS[r.role].toLowerCase()}?`}
            declineQuestion={`Decline to join ${r.organization.name}?`}
            onAccept={() =>
              void decide(`m${r.id}`, async () => (await gqlRequest(acceptMembershipRequestMutation, { id: r.id })).acceptMembershipRequest, `You joined ${r.organization.name}.`)
            }
            onDecline={() =>
              void decide(`m${r.id}`, async () => (await gqlRequest(declineMembershipRequestMutation, { id: r.id })).declineMembershipRequest, 'Declined.')
            }
          />
        ))}
      </RequestSection>

      {membershipRequestsToDecide.length > 0 && (
        <RequestSection title="Membership requests to decide" empty="">
          {membershipRequestsToDecide.map((r) => {
            const who = r.person?.name ?? 'Someone invited by email';
            return (
              <RequestRow
                key={`d${r.id}`}
                label={`${who}: ${r.organization.name}`}
                text={
                  <>
                    {r.person ? <Link to={`/people/${encodeURIComponent(r.person.id)}`}>{r.person.name}</Link> : who} asked to join{' '}
                    <Link to={`/organizations/${encodeURIComponent(r.organization.id)}`}>{r.organization.name}</Link> as {ROLE_LABELS[r.role].toLowerCase()}{' '}
                    <span className="muted">({formatDate(r.createdAt)})</span>
                  </>
                }
                busy={busy === `d${r.id}`}
                acceptQuestion={`Make ${who} ${ROLE_LABELS[r.role].toLowerCase()} of ${r.organization.name}?`}
                declineQuestion={`Decline this request for ${who}?`}
                onAccept={() =>
                  void decide(`d${r.id}`, async () => (await gqlRequest(acceptMembershipRequestMutation, { id: r.id })).acceptMembershipRequest, `${who} is now a member of ${r.organization.name}.`)
                }
                onDecline={() =>
                  void decide(`d${r.id}`, async () => (await gqlRequest(declineMembershipRequestMutation, { id: r.id })).declineMembershipRequest, 'Declined.')
                }
              />
            );
          })}
        </RequestSection>
      )}

      <RequestSection title="Asked to co-host events" empty="No event is waiting for your organization to co-host it.">
        {coHost.map((r) => {
          const key = `c${r.event.id}-${r.organization.id}`;
          const vars = { eventId: r.event.id, organizationId: r.organization.id };
          return (
            <RequestRow
              key={key}
              label={`${r.event.title}: co-host as ${r.organization.name}`}
              text={
                <>
                  <Link to={`/events/${encodeURIComponent(r.event.id)}`}>{r.event.title}</Link> asks {r.organization.name} to co-host{' '}
                  <span className="muted">({formatDay(dayKey(r.event.startsAt, r.event.timeZone))})</span>
                </>
              }
              busy={busy === key}
              acceptQuestion={`Co-host “${r.event.title}” as ${r.organization.name}? Its organizers may then edit the event.`}
              declineQuestion={`Decline co-hosting “${r.event.title}”?`}
              onAccept={() => void decide(key, async () => (await gqlRequest(acceptCoHostingMutation, vars)).acceptCoHosting, 'You co-host the event.')}
              onDecline={() => void decide(key, async () => (await gqlRequest(declineCoHostingMutation, vars)).declineCoHosting, 'Declined.')}
            />
          );
        })}
      </RequestSection>

      <RequestSection title="Asked to speak or moderate" empty="Nobody is waiting for you to speak or moderate.">
        {mySpeakerRequests.map((r) => {
          const key = `s${r.sessionId}`;
          const verb = SESSION_ROLE_LABELS[r.role] ?? 'take part';
          return (
            <RequestRow
              key={key}
              label={`${r.sessionTitle}: ${verb}`}
              text={
                <>
                  {r.sessionTitle} at <Link to={`/events/${encodeURIComponent(r.event.id)}`}>{r.event.title}</Link>: asked to {verb}{' '}
                  <span className="muted">({formatSpan({ startsAt: r.startsAt, endsAt: r.endsAt, timeZone: r.event.timeZone, allDay: false }, zone)})</span>
                </>
              }
              busy={busy === key}
              acceptQuestion={`Accept to ${verb} in “${r.sessionTitle}”? The programme then shows your name.`}
              declineQuestion={`Decline to ${verb} in “${r.sessionTitle}”?`}
              onAccept={() => void decide(key, async () => (await gqlRequest(acceptSpeakingMutation, { sessionId: r.sessionId })).acceptSpeaking, 'Accepted.')}
              onDecline={() => void decide(key, async () => (await gqlRequest(declineSpeakingMutation, { sessionId: r.sessionId })).declineSpeaking, 'Declined.')}
            />
          );
        })}
      </RequestSection>
    </div>
  );
}

function RequestSection({ title, empty, children }: { title: string; empty: string; children: ReactNode[] }) {
  const headingId = `req-${title.toLowerCase().replace(/\W+/g, '-')}`;
  return (
    <section className="pp-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {children.length === 0 ? <p className="muted">{empty}</p> : <ul className="pp-member-list">{children}</ul>}
    </section>
  );
}

function RequestRow({
  label,
  text,
  busy,
  acceptQuestion,
  declineQuestion,
  onAccept,
  onDecline,
}: {
  label: string;
  text: ReactNode;
  busy: boolean;
  acceptQuestion: string;
  declineQuestion: string;
  onAccept: () => void;
  onDecline: () => void;
}) {
  return (
    <li className="pp-member-row" aria-label={label}>
      <p className="pp-request-text">{text}</p>
      <div className="pp-request-actions">
        <ConfirmButton label="Accept…" question={acceptQuestion} confirmLabel="Yes, accept" busy={busy} onConfirm={onAccept} />
        <ConfirmButton label="Decline…" question={declineQuestion} confirmLabel="Yes, decline" danger busy={busy} onConfirm={onDecline} />
      </div>
    </li>
  );
}
