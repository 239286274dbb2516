import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { allowedBeforeTwoFactor, SIGN_IN_PATH, signInPathFor, TWO_FACTOR_PATH, useAuth } from './AuthContext';
import { LoadingScreen, SessionErrorScreen } from '../components/StatusScreens';

export function RequireAuth({ children }: { children: ReactNode }) {
  const { status, viewer, refresh } = useAuth();
  const location = useLocation();
  if (status === 'loading') return <LoadingScreen />;
  if (status === 'error') return <SessionErrorScreen onRetry={() => void refresh()} />;
  if (status === 'signed-out-by-user') return <Navigate to={SIGN_IN_PATH} replace />;
  if (status === 'signed-out') {
    return <Navigate to={signInPathFor(location.pathname + location.search)} replace />;
  }
  // The server grants a sensitive role nothing until its two-factor is on, so every other
  // page would only show errors: set it up first.
  if (viewer?.twoFactorRequired && !allowedBeforeTwoFactor(location.pathname)) {
    return <Navigate to={TWO_FACTOR_PATH} replace />;
  }
  return <>{children}</>;
}
