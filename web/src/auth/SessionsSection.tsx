import { useState } from 'react';
import { gqlRequest } from '../api/client';
import { endOtherSessionsMutation, endSessionMutation } from '../api/accountOperations';
import { ErrorBanner } from '../components/FormErrors';
import type { AccountSettingsQuery, SignInMethod } from '../gql/graphql';
import { describeDevice } from './device';
import { accountErrorMessage } from './messages';

type AccountSession = NonNullable<AccountSettingsQuery['me']>['sessions'][number];

const METHOD_LABELS: Readonly<Record<SignInMethod, string>> = {
  PASSWORD: 'Password',
  SMS_CODE: 'SMS code',
};

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function formatWhen(iso: string | null): string {
  return iso ? when.format(new Date(iso)) : '—';
}

function ended(count: number): string {
  if (count === 0) return 'No session was ended.';
  return count === 1 ? 'Ended 1 session.' : `Ended ${count} sessions.`;
}

/**
 * The account's open sessions, newest first, each endable; "End all other sessions" for a
 * lost phone or a shared computer. `onChanged` re-reads the list from the server.
 */
export function SessionsSection({ sessions, onChanged }: { sessions: readonly AccountSession[]; onChanged: () => Promise<void> }) {
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const others = sessions.filter((s) => !s.current);

  async function run(action: () => Promise<{ ended: number; errors: { message: string }[] }>) {
    setBusy(true);
    setStatus('');
    setMessages([]);
    try {
      const payload = await action();
      if (payload.errors.length > 0) setMessages(payload.errors.map((e) => e.message));
      else setStatus(ended(payload.ended));
      await onChanged();
    } catch (error) {
      setMessages([accountErrorMessage(error)]);
    }
    setBusy(false);
  }

  const endOne = (id: string) => run(async () => (await gqlRequest(endSessionMutation, { id })).endSession);
  const endOthers = () => run(async () => (await gqlRequest(endOtherSessionsMutation)).endOtherSessions);

  return (
    <section className="account-section" aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">Where you are signed in</h2>
      <ErrorBanner messages={messages} />
      <p role="status" className={status ? 'saved' : undefined}>
        {status}
      </p>
      <ul className="session-list">
        {sessions.map((session) => (
          <li key={session.id} className="session-item">
            <dl>
              <dt>Device</dt>
              <dd title={session.userAgent ?? undefined}>
                {describeDevice(session.userAgent)}
                {session.current && <span className="this-device"> · this device</span>}
              </dd>
              <dt>Signed in with</dt>
              <dd>{METHOD_LABELS[session.method]}</dd>
              <dt>Started</dt>
              <dd>{formatWhen(session.createdAt)}</dd>
              <dt>Last seen</dt>
              <dd>{formatWhen(session.lastSeenAt)}</dd>
            </dl>
            {!session.current && (
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={busy}
                onClick={() => void endOne(session.id)}
                aria-label={`End the session on ${describeDevice(session.userAgent)}, started ${formatWhen(session.createdAt)}`}
              >
                End
              </button>
            )}
          </li>
        ))}
      </ul>
      <div>
        <button type="button" className="button button-secondary" disabled={busy || others.length === 0} onClick={() => void endOthers()}>
          End all other sessions
        </button>
      </div>
    </section>
  );
}
