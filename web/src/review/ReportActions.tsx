import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gqlRequest } from '../api/client';
import { quarantineReportMutation, releaseReportMutation, verifyReportMutation } from '../api/reviewOperations';
import type { ReportStatus } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';

export interface ReportState {
  id: string;
  status: ReportStatus;
  quarantineReason: string | null;
}

/**
 * Verify, quarantine (with a reason, which the server requires too) or release one report.
 * A quarantined report can only be released; a verified one can still be quarantined.
 */
export function ReportActions({ report, label, onChanged }: { report: ReportState; label: string; onChanged: (next: ReportState) => void }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [asking, setAsking] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');

  async function perform(run: () => Promise<{ report: ReportState | null; errors: ReadonlyArray<{ message: string }> }>) {
    setBusy(true);
    setError(null);
    setDone('');
    try {
      const payload = await run();
      if (payload.errors.length > 0) setError(payload.errors.map((e) => e.message).join(' '));
      else if (payload.report) {
        onChanged(payload.report);
        setDone(t(`actions.done.${payload.report.status}`));
        setAsking(false);
        setReason('');
      }
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  function submitQuarantine(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = reason.trim();
    if (!text) {
      setReasonError(t('actions.quarantineRequired'));
      return;
    }
    setReasonError(null);
    void perform(async () => (await gqlRequest(quarantineReportMutation, { id: report.id, reason: text })).quarantineReport);
  }

  const quarantined = report.status === 'QUARANTINED';
  return (
    <div className="review-actions" role="group" aria-label={label}>
      {!quarantined && report.status !== 'VERIFIED' && (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void perform(async () => (await gqlRequest(verifyReportMutation, { id: report.id })).verifyReport)}
        >
          {t('actions.verify')}
        </button>
      )}
      {!quarantined && !asking && (
        <button type="button" className="button button-secondary" disabled={busy} onClick={() => setAsking(true)}>
          {t('actions.quarantine')}
        </button>
      )}
      {quarantined && (
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void perform(async () => (await gqlRequest(releaseReportMutation, { id: report.id })).releaseReport)}
        >
          {t('actions.release')}
        </button>
      )}
      {asking && (
        <form className="review-reason-form" aria-label={t('actions.quarantine')} noValidate onSubmit={submitQuarantine}>
          <div className="field">
            <label htmlFor={`${id}-reason`}>{t('actions.quarantineReason')}</label>
            <input
              id={`${id}-reason`}
              value={reason}
              autoFocus
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={reasonError ? `${id}-reason-error` : undefined}
              onChange={(event) => setReason(event.target.value)}
            />
            {reasonError && (
              <p id={`${id}-reason-error`} className="field-error">
                {reasonError}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-danger" disabled={busy}>
              {t('actions.confirmQuarantine')}
            </button>
            <button type="button" className="button button-link" onClick={() => setAsking(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <span className="visually-hidden" role="status">
        {done}
      </span>
    </div>
  );
}
