import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { gqlRequest, setUnauthenticatedHandler } from '../api/client';
import { completeSignInMutation, signInWithCodeMutation } from '../api/accountOperations';
import { signInMutation, signOutMutation, viewerQuery } from '../api/operations';
import type { SignInMutation, ViewerQuery } from '../gql/graphql';

export type Viewer = NonNullable<ViewerQuery['me']>;
export type SignInError = SignInMutation['signIn']['errors'][number];

/**
 * What a sign-in step led to: a session, a second step (a TOTP or recovery code is needed
 * for `challenge`, and no session exists yet), or errors to show.
 */
export type SignInResult =
  | { status: 'signed-in'; viewer: Viewer }
  | { status: 'two-factor'; challenge: string }
  | { status: 'failed'; errors: SignInError[] };

/** The shape shared by signIn, completeSignIn and signInWithCode payloads. */
interface SignInPayloadLike {
  user: Viewer | null;
  twoFactorChallenge: string | null;
  errors: SignInError[];
}

// 'signed-out' means no session was found or it expired (remember where the user
// was); 'signed-out-by-user' follows the Sign out button (start afresh).
type AuthStatus = 'loading' | 'signed-in' | 'signed-out' | 'signed-out-by-user' | 'error';

interface AuthContextValue {
  status: AuthStatus;
  viewer: Viewer | null;
  /** Email and password; may ask for a second step. */
  signIn(email: string, password: string): Promise<SignInResult>;
  /** The second step: a TOTP code or a recovery code for the challenge of a first step. */
  completeSignIn(challenge: string, code: string): Promise<SignInResult>;
  /** A phone number and the six-digit code sent to it by SMS. */
  signInWithCode(phone: string, code: string): Promise<SignInResult>;
  signOut(): Promise<void>;
  /** Re-run the `me` query (used after the session check failed for network reasons). */
  refresh(): Promise<void>;
  /**
   * Re-read the viewer without passing through 'loading' (which would unmount the page):
   * after a change to the account, e.g. two-factor turned on or a new display name.
   */
  reloadViewer(): Promise<void>;
}

const FAILED: SignInError = { field: null, message: 'Sign-in failed. Please try again.', code: 'UNKNOWN' };

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
        if (!isSignedOutPath(here.pathname)) {
          navigate(signInPathFor(here.pathname + here.search), { replace: true });
        }
      }),
    [navigate],
  );

  // Every way in ends here: a session (the server set the cookie), a second step, or errors.
  const settle = useCallback((payload: SignInPayloadLike): SignInResult => {
    const { user, twoFactorChallenge, errors } = payload;
    if (twoFactorChallenge) return { status: 'two-factor', challenge: twoFactorChallenge };
    if (user && errors.length === 0) {
      setViewer(user);
      setStatus('signed-in');
      return { status: 'signed-in', viewer: user };
    }
    return { status: 'failed', errors: errors.length > 0 ? errors : [FAILED] };
  }, []);

  const signIn = useCallback(
    async (email: string, password: string) => settle((await gqlRequest(signInMutation, { email, password })).signIn),
    [settle],
  );

  const completeSignIn = useCallback(
    async (challenge: string, code: string) =>
      settle((await gqlRequest(completeSignInMutation, { challenge, code })).completeSignIn),
    [settle],
  );

  const signInWithCode = useCallback(
    async (phone: string, code: string) =>
      settle((await gqlRequest(signInWithCodeMutation, { phone, code })).signInWithCode),
    [settle],
  );

  const reloadViewer = useCallback(async () => {
    const data = await gqlRequest(viewerQuery);
    setViewer(data.me);
    setStatus(data.me ? 'signed-in' : 'signed-out');
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

  const value = useMemo(
    () => ({ status, viewer, signIn, completeSignIn, signInWithCode, signOut, refresh, reloadViewer }),
    [status, viewer, signIn, completeSignIn, signInWithCode, signOut, refresh, reloadViewer],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) throw new Error('useAuth must be used inside <AuthProvider>');
  return value;
}

/**
 * The pages for getting in (sign-in, codes, password reset, account invitations): people use
 * them without a session, so a request answered UNAUTHENTICATED there does not redirect.
 */
export function isSignedOutPath(pathname: string): boolean {
  return (
    pathname === SIGN_IN_PATH ||
    pathname.startsWith(`${SIGN_IN_PATH}/`) ||
    pathname === '/forgot-password' ||
    pathname.startsWith('/reset-password/') ||
    pathname.startsWith('/join/')
  );
}

export const TWO_FACTOR_PATH = '/account/two-factor';

/** Where to go once signed in: accounts that must turn on two-factor do that first. */
export function landingPath(viewer: Pick<Viewer, 'twoFactorRequired'> | null, next: string): string {
  return viewer?.twoFactorRequired ? TWO_FACTOR_PATH : next;
}

/** Pages an account that must still turn on two-factor may open: its own account pages. */
export function allowedBeforeTwoFactor(pathname: string): boolean {
  return pathname === '/account' || pathname.startsWith('/account/');
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
