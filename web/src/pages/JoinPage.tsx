import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { acceptAccountInvitationMutation, accountInvitationQuery } from '../api/accountOperations';
import { AuthCard } from '../auth/AuthCard';
import { landingPath, useAuth } from '../auth/AuthContext';
import { accountErrorMessage, type NoticeState } from '../auth/messages';
import { MISMATCH, NewPasswordFields } from '../auth/NewPasswordFields';
import { ErrorBanner, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { AccountInvitationPreviewQuery } from '../gql/graphql';

type Preview = NonNullable<AccountInvitationPreviewQuery['accountInvitation']>;
type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; preview: Preview | null };

export const INVALID_INVITATION =
  'This invitation link does not work any more: it was already used, withdrawn, or it has expired. Ask the person who invited you for a new one.';
export const READY_BY_PHONE =
  'Your account is ready. You sign in with your phone number: we send you a code by SMS each time.';
export const READY_BY_EMAIL = 'Your account is ready. Sign in with your email and your new password.';

function formatExpiry(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * Where an account invitation lands (/join/:token): see who it is for, choose a password.
 * Opening the page only reads the preview, which spends nothing (link previews and
 * prefetching must not use the invitation up); accepting is the button.
 */
export function JoinPage() {
  const { token = '' } = useParams();
  const { status, viewer, signIn, signOut } = useAuth();
  const navigate = useNavigate();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const id = useId();

  const fetchPreview = useCallback(async () => {
    setLoad({ state: 'loading' });
    try {
      const data = await gqlRequest(accountInvitationQuery, { token });
      setLoad({ state: 'ready', preview: data.accountInvitation });
    } catch (error) {
      setLoad({ state: 'error', message: accountErrorMessage(error) });
    }
  }, [token]);

  useEffect(() => {
    void fetchPreview();
  }, [fetchPreview]);

  async function signInAfterwards(preview: Preview) {
    if (!preview.email) {
      const state: NoticeState = { notice: READY_BY_PHONE };
      navigate('/sign-in/code', { replace: true, state });
      return;
    }
    try {
      const result = await signIn(preview.email, password);
      if (result.status === 'signed-in') {
        navigate(landingPath(result.viewer, '/'), { replace: true });
        return;
      }
    } catch {
      // The account exists; signing in by hand below is all that is left to do.
    }
    const state: NoticeState = { notice: READY_BY_EMAIL };
    navigate('/sign-in', { replace: true, state });
  }

  async function accept(event: FormEvent<HTMLFormElement>, preview: Preview) {
    event.preventDefault();
    if (busy) return;
    if (password !== confirm) {
      setErrors({ byField: new Map([['confirm', [MISMATCH]]]), general: [] });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (await gqlRequest(acceptAccountInvitationMutation, { token, password })).acceptAccountInvitation;
      if (payload.user && payload.errors.length === 0) {
        await signInAfterwards(preview);
        return;
      }
      setErrors(splitErrors(payload.errors, ['password']));
      setPassword('');
      setConfirm('');
    } catch (error) {
      setErrors({ byField: new Map(), general: [accountErrorMessage(error)] });
    }
    setBusy(false);
  }

  if (load.state === 'loading') {
    return (
      <AuthCard title="Set up your account">
        <p role="status">Loading the invitation…</p>
      </AuthCard>
    );
  }
  if (load.state === 'error') {
    return (
      <AuthCard title="Set up your account">
        <p role="alert">{load.message}</p>
        <button type="button" className="button button-primary" onClick={() => void fetchPreview()}>
          Try again
        </button>
      </AuthCard>
    );
  }
  const { preview } = load;
  if (!preview) {
    return (
      <AuthCard title="Invitation not valid">
        <p role="alert">{INVALID_INVITATION}</p>
        <p className="auth-links">
          <Link to="/sign-in">Sign in</Link>
        </p>
      </AuthCard>
    );
  }
  // Accepting here would open an account for someone else while this browser holds another
  // one's session: sign out first, so nobody mixes the two up.
  if (status === 'signed-in' && !busy) {
    return (
      <AuthCard title="Set up your account">
        <p>
          This invitation is for {preview.personName}, but you are signed in as {viewer?.displayName}. Sign out, then
          open the link again.
        </p>
        <button type="button" className="button button-primary" onClick={() => void signOut()}>
          Sign out
        </button>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title="Set up your account"
      intro={
        <>
          Welcome, <strong>{preview.personName}</strong>. Choose a password to finish setting up your Pluralis account.
          This invitation expires on {formatExpiry(preview.expiresAt)}.
        </>
      }
    >
      <form onSubmit={(e) => void accept(e, preview)} noValidate>
        <ErrorBanner messages={errors.general} />
        {preview.email ? (
          <div className="field">
            <label htmlFor={`${id}-email`}>Email</label>
            {/* Read-only, and there for password managers to save the new password with it. */}
            <input id={`${id}-email`} name="email" type="email" autoComplete="username" value={preview.email} readOnly />
          </div>
        ) : (
          <p>You will sign in with your phone number and a code we send by SMS; the password protects your account.</p>
        )}
        <NewPasswordFields
          id={id}
          label="Password"
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
        />
        <button type="submit" className="button button-primary button-block" disabled={busy || !password || !confirm}>
          {busy ? 'Setting up…' : 'Create my account'}
        </button>
      </form>
    </AuthCard>
  );
}
