import { useId, useState, type FormEvent } from 'react';
import { gqlRequest } from '../api/client';
import {
  deactivateAccountMutation,
  inviteToAccountMutation,
  personAccountQuery,
  reactivateAccountMutation,
  revokeAccountInvitationMutation,
} from '../api/adminOperations';
import type { AccountInvitationStatus, Channel, PersonAccountQuery } from '../gql/graphql';
import { expectedErrorMessage, formatInstant, isSessionGone } from '../lib/admin';

export type AccountStatusData = NonNullable<PersonAccountQuery['person']['account']>;
export type AccountData = NonNullable<AccountStatusData['account']>;
export type InvitationData = AccountStatusData['invitations'][number];

export interface PanelPerson {
  id: string;
  name: string;
  /** Null when the person has none, or when the caller may not see it. */
  email: string | null;
  phones: ReadonlyArray<{ e164: string }>;
  account: AccountStatusData | null;
}

const STATUS_LABELS: Record<AccountInvitationStatus, string> = {
  PENDING: 'Pending',
  ACCEPTED: 'Accepted',
  REVOKED: 'Revoked',
  EXPIRED: 'Expired',
};

export const CHANNEL_LABELS: Record<Channel, string> = { EMAIL: 'Email', SMS: 'SMS' };

type Outcome = { errors: ReadonlyArray<{ message: string }> };

/**
 * A person's account, for those who may invite them: no account yet (invite,
 * see or revoke the pending invitation), or an account (deactivate, reactivate).
 * The API answers `account: null` to everyone else; then there is no panel.
 */
export function AccountStatusPanel({
  person,
  onChanged,
}: {
  person: PanelPerson;
  onChanged: (status: AccountStatusData) => void;
}) {
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const status = person.account;
  if (!status) return null;

  /** Run an action; on success say so and read the person's account again. */
  async function act(action: () => Promise<Outcome>, done: string) {
    setBusy(true);
    setError(null);
    setAnnouncement('');
    try {
      const outcome = await action();
      if (outcome.errors.length > 0) {
        setError(outcome.errors.map((e) => e.message).join(' '));
      } else if (done) {
        setAnnouncement(done);
      }
      const fresh = (await gqlRequest(personAccountQuery, { id: person.id })).person.account;
      if (fresh) onChanged(fresh);
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const pending = status.invitations.find((invitation) => invitation.status === 'PENDING') ?? null;
  const history = status.invitations.filter((invitation) => invitation !== pending);

  return (
    <section className="account-panel" aria-label={`Account of ${person.name}`}>
      {status.account ? (
        <AccountSummary
          account={status.account}
          personName={person.name}
          busy={busy}
          onToggle={(activate) =>
            void act(
              async () =>
                activate
                  ? (await gqlRequest(reactivateAccountMutation, { userId: status.account!.id })).reactivateAccount
                  : (await gqlRequest(deactivateAccountMutation, { userId: status.account!.id })).deactivateAccount,
              activate ? `${person.name}’s account is active again.` : `${person.name}’s account is deactivated; every session has ended.`,
            )
          }
        />
      ) : (
        <>
          <p className="account-state">
            <span className="account-badge account-none">No account</span>
          </p>
          {pending && (
            <PendingInvitation
              invitation={pending}
              busy={busy}
              onRevoke={() =>
                void act(
                  async () => (await gqlRequest(revokeAccountInvitationMutation, { id: pending.id })).revokeAccountInvitation,
                  'The invitation is revoked; its link no longer works.',
                )
              }
            />
          )}
          <InviteForm
            person={person}
            again={pending !== null}
            busy={busy}
            onInvite={(channel) =>
              void act(async () => {
                const payload = (await gqlRequest(inviteToAccountMutation, { personId: person.id, channel })).inviteToAccount;
                if (payload.errors.length === 0 && payload.invitation) {
                  setAnnouncement(`Invitation sent by ${CHANNEL_LABELS[payload.invitation.channel]} to ${payload.invitation.sentTo}.`);
                }
                return payload;
              }, '')
            }
          />
        </>
      )}
      {history.length > 0 && <InvitationHistory invitations={history} />}
      <p className="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}

function AccountSummary({
  account,
  personName,
  busy,
  onToggle,
}: {
  account: AccountData;
  personName: string;
  busy: boolean;
  onToggle: (activate: boolean) => void;
}) {
  return (
    <>
      <p className="account-state">
        <span className="account-badge account-has">Has an account</span>{' '}
        <span className={`account-badge ${account.active ? 'account-active' : 'account-deactivated'}`}>
          {account.active ? 'Active' : 'Deactivated'}
        </span>
      </p>
      <AccountFacts account={account} />
      <AccountActivation account={account} personName={personName} busy={busy} onToggle={onToggle} />
    </>
  );
}

/** Facts about an account that are not secrets. */
export function AccountFacts({ account }: { account: AccountData }) {
  return (
    <dl className="account-facts">
      <div>
        <dt>Signs in with</dt>
        <dd>{account.email ?? 'A phone number (SMS code)'}</dd>
      </div>
      <div>
        <dt>Last sign-in</dt>
        <dd>{account.lastSignInAt ? <Instant value={account.lastSignInAt} /> : 'Never'}</dd>
      </div>
      <div>
        <dt>Two-factor</dt>
        <dd>{account.twoFactorEnabled ? 'On' : 'Off'}</dd>
      </div>
      <div>
        <dt>Opened</dt>
        <dd>
          <Instant value={account.createdAt} />
        </dd>
      </div>
    </dl>
  );
}

/** "Deactivate" or "Reactivate", each behind a confirmation step. */
export function AccountActivation({
  account,
  personName,
  busy,
  onToggle,
}: {
  account: Pick<AccountData, 'active'>;
  personName: string;
  busy: boolean;
  onToggle: (activate: boolean) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const activate = !account.active;
  if (confirming) {
    return (
      <div className="confirm" role="group" aria-label="Confirm">
        <span>
          {activate
            ? `Reactivate ${personName}’s account? They can sign in again.`
            : `Deactivate ${personName}’s account? They are signed out everywhere at once.`}
        </span>
        <button
          type="button"
          className={`button button-small ${activate ? 'button-primary' : 'button-danger'}`}
          disabled={busy}
          onClick={() => {
            setConfirming(false);
            onToggle(activate);
          }}
        >
          {activate ? 'Yes, reactivate' : 'Yes, deactivate'}
        </button>
        <button type="button" className="button button-link button-small" onClick={() => setConfirming(false)}>
          Cancel
        </button>
      </div>
    );
  }
  return (
    <div className="form-actions">
      <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => setConfirming(true)}>
        {activate ? 'Reactivate…' : 'Deactivate…'}
      </button>
    </div>
  );
}

function PendingInvitation({ invitation, busy, onRevoke }: { invitation: InvitationData; busy: boolean; onRevoke: () => void }) {
  return (
    <div className="pending-invitation">
      <p>
        Invited by {CHANNEL_LABELS[invitation.channel]} to <span className="sent-to">{invitation.sentTo}</span> on{' '}
        <Instant value={invitation.createdAt} />
        {invitation.invitedByName ? ` by ${invitation.invitedByName}` : ''}; the link works until{' '}
        <Instant value={invitation.expiresAt} />.
      </p>
      <button type="button" className="button button-link button-small" disabled={busy} onClick={onRevoke}>
        Revoke
      </button>
    </div>
  );
}

function InviteForm({
  person,
  again,
  busy,
  onInvite,
}: {
  person: PanelPerson;
  again: boolean;
  busy: boolean;
  onInvite: (channel: Channel | null) => void;
}) {
  const id = useId();
  // Contact details are hidden from callers who may not see personal data. With
  // neither an email nor a phone in sight we cannot tell "none" from "hidden", so
  // both channels stay open and the server says which one works.
  const unknown = person.email === null && person.phones.length === 0;
  const hasEmail = unknown || person.email !== null;
  const hasPhone = unknown || person.phones.length > 0;
  const [channel, setChannel] = useState<Channel | null>(unknown ? null : hasEmail ? 'EMAIL' : 'SMS');

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onInvite(channel);
  }

  return (
    <form className="invite-form" onSubmit={submit} aria-label={`Invite ${person.name} to an account`}>
      <fieldset>
        <legend>Send the invitation by</legend>
        <div className="radio-row">
          <ChannelOption id={`${id}-email`} name={`${id}-channel`} value="EMAIL" checked={channel === 'EMAIL'} disabled={!hasEmail} onPick={setChannel} />
          <ChannelOption id={`${id}-sms`} name={`${id}-channel`} value="SMS" checked={channel === 'SMS'} disabled={!hasPhone} onPick={setChannel} />
        </div>
        {!unknown && (!hasEmail || !hasPhone) && (
          <p className="hint">{hasEmail ? 'No phone number on file for SMS.' : 'No email address on file.'}</p>
        )}
        {unknown && <p className="hint">Without a choice, the person’s preferred channel is used.</p>}
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary button-small" disabled={busy}>
          {again ? 'Invite again' : 'Invite'}
        </button>
        {again && <span className="hint">A new invitation replaces the pending one.</span>}
      </div>
    </form>
  );
}

function ChannelOption({
  id,
  name,
  value,
  checked,
  disabled,
  onPick,
}: {
  id: string;
  name: string;
  value: Channel;
  checked: boolean;
  disabled: boolean;
  onPick: (channel: Channel) => void;
}) {
  return (
    <span className="radio-option">
      <input id={id} type="radio" name={name} value={value} checked={checked} disabled={disabled} onChange={() => onPick(value)} />
      <label htmlFor={id}>{CHANNEL_LABELS[value]}</label>
    </span>
  );
}

function InvitationHistory({ invitations }: { invitations: readonly InvitationData[] }) {
  return (
    <details className="invitation-history">
      <summary>
        Earlier invitations ({invitations.length})
      </summary>
      <ul>
        {invitations.map((invitation) => (
          <li key={invitation.id}>
            <span className={`account-badge invitation-${invitation.status.toLowerCase()}`}>{STATUS_LABELS[invitation.status]}</span>{' '}
            {CHANNEL_LABELS[invitation.channel]} to <span className="sent-to">{invitation.sentTo}</span>, sent{' '}
            <Instant value={invitation.createdAt} />
            {invitation.invitedByName ? ` by ${invitation.invitedByName}` : ''}
            {invitation.acceptedAt && (
              <>
                , accepted <Instant value={invitation.acceptedAt} />
              </>
            )}
            {invitation.revokedAt && (
              <>
                , revoked <Instant value={invitation.revokedAt} />
              </>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}

export function Instant({ value }: { value: string }) {
  return <time dateTime={value}>{formatInstant(value)}</time>;
}
