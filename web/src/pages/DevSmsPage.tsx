import { useEffect, useId } from 'react';
import { gqlRequest } from '../api/client';
import { devSmsOutboxQuery } from '../api/adminOperations';
import { Instant } from '../components/AccountStatusPanel';
import { LinkifiedText, OutboxToolbar, usePolledOutbox } from '../components/DevOutbox';
import type { DevSmsOutboxQuery } from '../gql/graphql';
import './admin.css';

type DevSms = NonNullable<DevSmsOutboxQuery['devSmsOutbox']>[number];

export const SMS_OUTBOX_SIZE = 50;

export const SMS_UNAVAILABLE_TEXT = 'The development SMS outbox is available only in the embedded default, from this machine.';

async function loadOutbox(): Promise<DevSms[] | null> {
  return (await gqlRequest(devSmsOutboxQuery, { first: SMS_OUTBOX_SIZE })).devSmsOutbox;
}

/**
 * The text messages the embedded default "sent" (its SMS outbox): sign-in codes
 * and invitation links, for development and demos.
 */
export function DevSmsPage() {
  const { state, refresh } = usePolledOutbox(loadOutbox);

  useEffect(() => {
    document.title = 'Development SMS · Pluralis';
  }, []);

  return (
    <div className="page dev-page">
      <div className="page-header">
        <h1>Development SMS</h1>
        <p className="muted">Text messages are not sent from this installation; they are kept here instead.</p>
      </div>
      {state.phase === 'unavailable' ? (
        <div className="notice">
          <p>{SMS_UNAVAILABLE_TEXT}</p>
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
          <OutboxToolbar count={state.phase === 'loaded' ? state.items.length : null} noun={['message', 'messages']} onRefresh={() => void refresh()} />
          {state.phase === 'loaded' && state.error && (
            <p className="field-error" role="alert">
              The last check failed: {state.error}
            </p>
          )}
          {state.phase === 'loaded' && state.items.length === 0 && (
            <div className="notice">
              <p>No text messages yet. Sign-in codes and invitations sent by SMS appear here.</p>
            </div>
          )}
          {state.phase === 'loaded' && state.items.length > 0 && (
            <ol className="dev-messages">
              {state.items.map((sms) => (
                <SmsItem key={sms.id} sms={sms} />
              ))}
            </ol>
          )}
        </>
      )}
    </div>
  );
}

function SmsItem({ sms }: { sms: DevSms }) {
  const id = useId();
  return (
    <li className="dev-message" aria-labelledby={`${id}-to`}>
      <article>
        <h2 id={`${id}-to`} className="dev-subject">
          <span className="visually-hidden">Text message to </span>
          <span dir="ltr">{sms.to}</span>
        </h2>
        <dl className="dev-meta">
          <div>
            <dt>Stored</dt>
            <dd>
              <Instant value={sms.createdAt} />
            </dd>
          </div>
          <div>
            <dt>Status</dt>
            <dd>{sms.status}</dd>
          </div>
        </dl>
        <p className="dev-text" dir="auto">
          <LinkifiedText text={sms.body} highlightCodes />
        </p>
      </article>
    </li>
  );
}
