import { useAuth } from '../auth/AuthContext';
import { AppShell } from './AppShell';
import { PublicShell } from './PublicShell';
import { LoadingScreen, SessionErrorScreen } from './StatusScreens';

/**
 * One layout route for every page with the site's header, so that moving between pages keeps
 * the same shell mounted. Signed-out visitors get the public shell: the pages open to them
 * (home, calendar, an event, not-found) stay there, and RequireAuth inside sends them from
 * any other page to sign in and back.
 */
export function ShellLayout() {
  const { status, refresh } = useAuth();
  if (status === 'loading') return <LoadingScreen />;
  if (status === 'error') return <SessionErrorScreen onRetry={() => void refresh()} />;
  if (status === 'signed-in') return <AppShell />;
  return <PublicShell />;
}
