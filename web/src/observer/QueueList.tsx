import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from './format';
import { removeQueued, type QueueItem } from './queue';

/** What waits on this device for a mission (times in the mission's zone); items that need fixing can be reopened or deleted. */
export function QueueList({ items, missionId, timeZone }: { items: readonly QueueItem[]; missionId: string; timeZone: string }) {
  const { t, i18n } = useTranslation('observer');
  if (items.length === 0) return null;
  return (
    <section aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('queue.title')}</h2>
      <ul className="observer-list">
        {items.map((item) => (
          <li key={item.key} className="observer-card">
            <p>
              {t(item.kind === 'report' ? 'queue.report' : 'queue.incident')} ·{' '}
              {formatDateTime(item.createdAt, i18n.language, timeZone)}
            </p>
            <p className={`form-state form-state-${item.state}`}>{t(`assignments.state.${item.state}`)}</p>
            {item.state === 'needs-fixing' && (
              <>
                <ul className="field-error">
                  {item.errors.map((error, index) => (
                    <li key={index}>{error.message}</li>
                  ))}
                </ul>
                {item.kind === 'report' && (
                  <Link
                    to={`/observe/${missionId}/report/${item.input.locationId}/${item.input.formId}?fix=${encodeURIComponent(item.key)}`}
                  >
                    {t('queue.fix')}
                  </Link>
                )}{' '}
                <button type="button" className="button-link" onClick={() => void removeQueued(item.key)}>
                  {t('queue.discard')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
