import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, Outlet, useLocation } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { observerMeQuery } from '../api/observerOperations';
import { signInPathFor, useAuth } from '../auth/AuthContext';
import { LoadingScreen, SessionErrorScreen } from '../components/StatusScreens';
import { applyDefaultLanguage } from '../i18n/language';
import { LanguagePicker } from '../i18n/LanguagePicker';
import { useOnline, useQueue, useSyncLoop } from './hooks';
import { ObserverContext, rememberedOwner, rememberOwner } from './ObserverContext';
import { SyncStatus } from './SyncStatus';
import './observer.css';

/**
 * The observer's pages (/observe/*): a light, phone-first frame with the sync state and the
 * language picker. It works offline: when the session cannot be checked for want of a
 * network, the pages run from this device's copy under the last signed-in account, and
 * nothing is sent until the session is confirmed again.
 */
export function ObserverLayout() {
  const { status, viewer, reloadViewer } = useAuth();
  const location = useLocation();
  const online = useOnline();
  const offlineOwner = useMemo(() => (status === 'error' ? rememberedOwner() : null), [status]);
  const owner = status === 'signed-in' && viewer ? viewer.id : offlineOwner;
  const confirmed = status === 'signed-in';
  const queue = useQueue(owner);
  useSyncLoop(owner, confirmed, queue.waiting);
  usePreferredLanguage(confirmed);

  useEffect(() => {
    if (confirmed && viewer) rememberOwner(viewer.id);
  }, [confirmed, viewer]);

  // Opened offline, then the network came back: confirm the session without a reload.
  useEffect(() => {
    if (status === 'error' && online) void reloadViewer().catch(() => undefined);
  }, [status, online, reloadViewer]);

  const value = useMemo(() => (owner ? { owner, confirmed, online, queue } : null), [owner, confirmed, online, queue]);

  if (status === 'loading') return <LoadingScreen />;
  if (status === 'signed-out' || status === 'signed-out-by-user') {
    return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  }
  if (!value) return <SessionErrorScreen onRetry={() => void reloadViewer().catch(() => undefined)} />;
  return (
    <ObserverContext.Provider value={value}>
      <ObserverHeader />
      <main id="main" className="observer-main" tabIndex={-1}>
        <Outlet />
      </main>
    </ObserverContext.Provider>
  );
}

function ObserverHeader() {
  const { t } = useTranslation('observer');
  return (
    <ObserverContext.Consumer>
      {(value) => (
        <header className="observer-header">
          <Link to="/observe" className="observer-brand">
            <span className="brand-mark" aria-hidden="true">
              P
            </span>
            {t('app')}
          </Link>
          {value && <SyncStatus queue={value.queue} online={value.online} />}
          <LanguagePicker />
        </header>
      )}
    </ObserverContext.Consumer>
  );
}

/** Without a choice made on this device, speak the account's preferred language. */
function usePreferredLanguage(confirmed: boolean): void {
  const [preferred, setPreferred] = useState<string | null>(null);
  useEffect(() => {
    if (!confirmed) return;
    let live = true;
    gqlRequest(observerMeQuery)
      .then((data) => live && setPreferred(data.me?.preferredLanguage ?? null))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [confirmed]);
  useEffect(() => {
    void applyDefaultLanguage(preferred);
  }, [preferred]);
}
