import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { SIGN_IN_PATH, signInPathFor, useAuth } from './AuthContext';
import { LoadingScreen, SessionErrorScreen } from '../components/StatusScreens';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, refresh } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingScreen />;
  if (status === 'error') return <SessionErrorScreen onRetry={() => void refresh()} />;
  if (status === 'signed-out-by-user') return <Navigate to={SIGN_IN_PATH} replace />;
  if (status === 'signed-out') {
    return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  }
  return <>{children}</>;
}
