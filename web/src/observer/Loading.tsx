import { useTranslation } from 'react-i18next';
import { errorMessage } from '../api/client';
import { formatDateTime } from './format';
import type { Loaded } from './hooks';

/** Loading, error and "offline copy" states shared by the observer's pages. */
export function LoadState<T>({ loaded, children }: { loaded: Loaded<T>; children: (data: T) => React.ReactNode }) {
  const { t, i18n } = useTranslation('observer');
  if (loaded.state === 'loading') return <p role="status">{t('loading')}</p>;
  if (loaded.state === 'error') {
    return (
      <div className="observer-card" role="alert">
        <p>{errorMessage(loaded.error)}</p>
        <p className="muted">{t('notSaved')}</p>
        <button type="button" className="button button-primary" onClick={loaded.retry}>
          {t('retry')}
        </button>
      </div>
    );
  }
  return (
    <>
      {loaded.offline && loaded.savedAt && (
        <p className="observer-notice" role="status">
          {t('offlineCopy', { when: formatDateTime(loaded.savedAt, i18n.language) })}
        </p>
      )}
      {children(loaded.data)}
    </>
  );
}
