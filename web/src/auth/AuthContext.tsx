import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { gqlRequest, setUnauthenticatedHandler } from '../api/client';
import { signInMutation, signOutMutation, viewerQuery } from '../api/operations';
import type { SignInMutation, ViewerQuery } from '../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['me']>;
export type SignInError = SignInMutation['signIn']['errors'][number];

// 'signed-out' means no session was found or it expired (remember where the user
// was); 'signed-out-by-user' follows the Sign out button (start afresh).
type AuthStatus = 'loading' | 'signed-in' | 'signed-out' | 'signed-out-by-user' | 'error';

interface AuthContextValue {
  status: AuthStatus;
  viewer: Viewer | null;
  /** Resolves to the payload's errors; an empty list means the user is signed in. */
  signIn(email: string, password: string): Promise<SignInError[]>;
  signOut(): Promise<void>;
  /** Re-run the `me` query (used after the session check failed for network reasons). */
  refresh(): Promise<void>;
}

const AuthContext = createContext<AuthContextValue | null>(null);

export const SIGN_IN_PATH = '/sign-in';

export function AuthProvider({ children }: { children: ReactNode }) {
  const [viewer, setViewer] = useState<Viewer | null>(null);
  const [status, setStatus] = useState<AuthStatus>('loading');
  const navigate = useNavigate();
  const location = useLocation();
  const locationRef = useRef(location);
  locationRef.current = location;

  const refresh = useCallback(async () => {
    setStatus('loading');
    try {
      const data = await gqlRequest(viewerQuery);
      setViewer(data.me);
      setStatus(data.me ? 'signed-in' : 'signed-out');
    } catch {
      setViewer(null);
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // Any request that comes back UNAUTHENTICATED (expired or revoked session)
  // drops the viewer and sends the user to sign in, remembering where they were.
  useEffect(
    () =>
      setUnauthenticatedHandler(() => {
        setViewer(null);
        setStatus('signed-out');
        const here = locationRef.current;
        if (here.pathname !== SIGN_IN_PATH) {
          navigate(signInPathFor(here.pathname + here.search), { replace: true });
        }
      }),
    [navigate],
  );

  const signIn = useCallback(async (email: string, password: string) => {
    const data = await gqlRequest(signInMutation, { email, password });
    const { user, errors } = data.signIn;
    if (user && errors.length === 0) {
      setViewer(user);
      setStatus('signed-in');
      return [];
    }
    return errors.length > 0 ? errors : [{ field: null, message: 'Sign-in failed. Please try again.', code: 'UNKNOWN' }];
  }, []);

  const signOut = useCallback(async () => {
    try {
      await gqlRequest(signOutMutation);
    } finally {
      // Even if the request failed, forget the viewer locally; RequireAuth
      // then takes the user to the sign-in page.
      setViewer(null);
      setStatus('signed-out-by-user');
    }
  }, []);

  const value = useMemo(() => ({ status, viewer, signIn, signOut, refresh }), [status, viewer, signIn, signOut, refresh]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

export function signInPathFor(next: string): string {
  return next && next !== '/' ? `${SIGN_IN_PATH}?next=${encodeURIComponent(next)}` : SIGN_IN_PATH;
}

/** Only same-app paths are followed after sign-in (no open redirects). */
export function safeNextPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith(SIGN_IN_PATH)) {
    return '/organizations';
  }
  return next;
}
