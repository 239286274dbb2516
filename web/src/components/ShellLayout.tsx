import { matchPath, Outlet, useLocation } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';
import { AppShell } from './AppShell';
import { PublicShell } from './PublicShell';
import { LoadingScreen, SessionErrorScreen } from './StatusScreens';

/** The development outboxes: an observer reads her sign-in code there before she has a session. */
const DEV_OUTBOX_PATHS = ['/dev/mailbox', '/dev/sms'];

/**
 * Pages anonymous visitors may open: the calendar and an event's page (the API
 * shows them public, published events only). Deeper event pages need a session.
 */
export function isPublicPath(pathname: string): boolean {
  return (
    matchPath('/events', pathname) !== null ||
    matchPath('/events/:id', pathname) !== null ||
    DEV_OUTBOX_PATHS.some((path) => matchPath(path, pathname) !== null)
  );
}

/**
 * One layout route for every page after sign-in, so that moving between pages
 * keeps the same AppShell mounted. Signed-out visitors get the public shell on
 * public pages; elsewhere RequireAuth (inside) sends them to sign in.
 */
export function ShellLayout() {
  const { status, refresh } = useAuth();
  const { pathname } = useLocation();
  if (status === 'loading') return <LoadingScreen />;
  if (status === 'error') return <SessionErrorScreen onRetry={() => void refresh()} />;
  if (status === 'signed-in') return <AppShell />;
  return isPublicPath(pathname) ? <PublicShell /> : <Outlet />;
}
