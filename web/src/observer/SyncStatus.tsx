import { useTranslation } from 'react-i18next';
import type { QueueView } from './hooks';

export type SyncKind = 'all-sent' | 'sending' | 'waiting' | 'needs-fixing';

/** One state for the header; needing a fix outranks waiting, which outranks "all sent". */
export function syncKind(queue: QueueView): SyncKind {
  if (queue.needsFixing > 0) return 'needs-fixing';
  if (queue.sending > 0) return 'sending';
  if (queue.waiting > 0) return 'waiting';
  return 'all-sent';
}

/** The header's sync state, in words (announced politely to screen readers as it changes). */
export function SyncStatus({ queue, online }: { queue: QueueView; online: boolean }) {
  const { t } = useTranslation('observer');
  const kind = syncKind(queue);
  let text: string;
  if (kind === 'needs-fixing') text = t('sync.needsFixing', { count: queue.needsFixing });
  else if (kind === 'sending') text = t('sync.sending');
  else if (kind === 'waiting') text = t(online ? 'sync.waiting' : 'sync.waitingOffline', { count: queue.waiting });
  else text = t('sync.allSent');
  return (
    <p className={`sync-status sync-${kind}`} role="status" aria-live="polite" data-testid="sync-status">
      <span className="sync-dot" aria-hidden="true" />
      {text}
      {!online && kind === 'all-sent' && <span className="sync-offline"> · {t('sync.offline')}</span>}
    </p>
  );
}
