import { useEffect, useId, useState } from 'react';
import { gqlRequest } from '../api/client';
import { devMailboxQuery } from '../api/adminOperations';
import { Instant } from '../components/AccountStatusPanel';
import { LinkifiedText, OutboxToolbar, UNAVAILABLE_TEXT, usePolledOutbox } from '../components/DevOutbox';
import type { DevMailboxQuery } from '../gql/graphql';
import './admin.css';

type DevEmail = NonNullable<DevMailboxQuery['devMailbox']>[number];

export const MAILBOX_SIZE = 50;

async function loadMailbox(): Promise<DevEmail[] | null> {
  return (await gqlRequest(devMailboxQuery, { first: MAILBOX_SIZE })).devMailbox;
}

/**
 * The emails the embedded default "sent" (stored in its outbox), for
 * development and demos: follow an invitation or reset link from here.
 */
export function DevMailboxPage() {
  const { state, refresh } = usePolledOutbox(loadMailbox);

  useEffect(() => {
    document.title = 'Development mailbox · Pluralis';
  }, []);

  return (
    <div className="page dev-page">
      <div className="page-header">
        <h1>Development mailbox</h1>
        <p className="muted">Emails are not sent from this installation; they are kept here instead.</p>
      </div>
      {state.phase === 'unavailable' ? (
        <div className="notice">
          <p>{UNAVAILABLE_TEXT}</p>
        </div>
      ) : state.phase === 'error' ? (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button button-secondary" onClick={() => void refresh()}>
            Try again
          </button>
        </div>
      ) : (
        <>
          <OutboxToolbar count={state.phase === 'loaded' ? state.items.length : null} noun={['email', 'emails']} onRefresh={() => void refresh()} />
          {state.phase === 'loaded' && state.error && (
            <p className="field-error" role="alert">
              The last check failed: {state.error}
            </p>
          )}
          {state.phase === 'loaded' && state.items.length === 0 && (
            <div className="notice">
              <p>No emails yet. Invitations and password resets sent by email appear here.</p>
            </div>
          )}
          {state.phase === 'loaded' && state.items.length > 0 && (
            <ol className="dev-messages">
              {state.items.map((email) => (
                <EmailItem key={email.id} email={email} />
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}

function EmailItem({ email }: { email: DevEmail }) {
  const id = useId();
  const [showHtml, setShowHtml] = useState(false);
  return (
    <li className="dev-message" aria-labelledby={`${id}-subject`}>
      <article>
        <h2 id={`${id}-subject`} className="dev-subject">
          {email.subject}
        </h2>
        <dl className="dev-meta">
          <div>
            <dt>To</dt>
            <dd>{email.to}</dd>
          </div>
          <div>
            <dt>Stored</dt>
            <dd>
              <Instant value={email.createdAt} />
            </dd>
          </div>
        </dl>
        <div className="dev-text" dir="auto">
          <LinkifiedText text={email.text} />
        </div>
        {email.html && (
          <div className="dev-html">
            <button type="button" className="button button-link button-small" aria-expanded={showHtml} onClick={() => setShowHtml(!showHtml)}>
              {showHtml ? 'Hide the HTML version' : 'Show the HTML version'}
            </button>
            {showHtml && (
              // An empty sandbox: no scripts, no forms, no same-origin access; the
              // HTML is shown as the recipient would see it without touching this page.
              <iframe className="dev-html-frame" title={`HTML version of “${email.subject}”`} sandbox="" srcDoc={email.html} referrerPolicy="no-referrer" />
            )}
          </div>
        )}
      </article>
    </li>
  );
}
