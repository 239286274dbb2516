import { useId, useState, type FormEvent } from 'react';
import { errorMessage, gqlRequest } from '../api/client';
import { cancelEventMutation, postponeEventMutation, publishEventMutation } from '../api/operations';
import type { EventStatus } from '../gql/graphql';
import { eventStatusLabel } from './eventLabels';

export type Action = 'publish' | 'postpone' | 'cancel';

/** The event's status with the actions that make sense from it; postpone and cancel need a reason. */
export function StatusPanel({
  eventId,
  status,
  reason,
  onChanged,
  className = 'status-panel',
}: {
  eventId: string;
  status: EventStatus;
  reason: string | null;
  onChanged: (message: string, action: Action) => void;
  className?: string;
}) {
  const id = useId();
  const [asking, setAsking] = useState<'postpone' | 'cancel' | null>(null);
  const [reasonText, setReasonText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function run(action: Action, why = '') {
    setBusy(true);
    setError(null);
    try {
      const payload =
        action === 'publish'
          ? (await gqlRequest(publishEventMutation, { id: eventId })).publishEvent
          : action === 'postpone'
            ? (await gqlRequest(postponeEventMutation, { id: eventId, reason: why })).postponeEvent
            : (await gqlRequest(cancelEventMutation, { id: eventId, reason: why })).cancelEvent;
      if (payload.errors.length > 0) {
        setError(payload.errors.map((e) => e.message).join(' '));
      } else {
        setAsking(null);
        setReasonText('');
        onChanged(
          action === 'publish' ? 'The event is published.' : action === 'postpone' ? 'The event is postponed.' : 'The event is cancelled.',
          action,
        );
      }
    } catch (err) {
      setError(errorMessage(err));
    }
    setBusy(false);
  }

  function submitReason(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (!asking) return;
    if (!reasonText.trim()) {
      setError('Say why, so that people who registered know.');
      return;
    }
    void run(asking, reasonText.trim());
  }

  const canPublish = status === 'DRAFT' || status === 'POSTPONED';
  const canPostpone = status === 'PUBLISHED';
  const canCancel = status !== 'CANCELLED';

  return (
    <section className={className} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Status
      </h2>
      <p className="status-line">
        Status: <span className={`status-badge status-${status.toLowerCase()}`}>{eventStatusLabel(status)}</span>
        {reason && <span className="muted"> — {reason}</span>}
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {asking ? (
        <form className="inline-form" onSubmit={submitReason} aria-label={asking === 'postpone' ? 'Postpone the event' : 'Cancel the event'}>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{asking === 'postpone' ? 'Why is it postponed?' : 'Why is it cancelled?'} (required)</label>
            <textarea id={`${id}-reason`} rows={2} required value={reasonText} onChange={(e) => setReasonText(e.target.value)} />
          </div>
          <div className="form-actions">
            <button type="submit" className={asking === 'cancel' ? 'button button-danger' : 'button button-primary'} disabled={busy}>
              {asking === 'postpone' ? 'Postpone event' : 'Cancel event'}
            </button>
            <button type="button" className="button button-link" onClick={() => setAsking(null)}>
              Keep as it is
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          {canPublish && (
            <button type="button" className="button button-primary" onClick={() => void run('publish')} disabled={busy}>
              {status === 'POSTPONED' ? 'Publish again' : 'Publish'}
            </button>
          )}
          {canPostpone && (
            <button type="button" className="button button-secondary" onClick={() => setAsking('postpone')} disabled={busy}>
              Postpone…
            </button>
          )}
          {canCancel && (
            <button type="button" className="button button-secondary" onClick={() => setAsking('cancel')} disabled={busy}>
              Cancel event…
            </button>
          )}
        </div>
      )}
    </section>
  );
}
