import { useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { resetPasswordMutation } from '../api/accountOperations';
import { AuthCard } from '../auth/AuthCard';
import { useAuth } from '../auth/AuthContext';
import { accountErrorMessage, type NoticeState } from '../auth/messages';
import { MISMATCH, NewPasswordFields } from '../auth/NewPasswordFields';
import { ErrorBanner, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';

export const PASSWORD_CHANGED =
  'Your password has been changed and every session of your account has ended. Sign in with the new password.';

/**
 * Where a reset link lands (/reset-password/:token). Opening it spends nothing; the token is
 * used once, when the new password is sent.
 */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const { status, signOut } = useAuth();
  const navigate = useNavigate();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [linkDead, setLinkDead] = useState(false);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (password !== confirm) {
      setErrors({ byField: new Map([['confirm', [MISMATCH]]]), general: [] });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (await gqlRequest(resetPasswordMutation, { token, password })).resetPassword;
      if (payload.ok) {
        // Every session has ended on the server, this browser's too: forget it here as well.
        if (status === 'signed-in') await signOut();
        const state: NoticeState = { notice: PASSWORD_CHANGED };
        navigate('/sign-in', { replace: true, state });
        return;
      }
      const split = splitErrors(payload.errors, ['password']);
      setErrors(split);
      // Anything but a weak password means the link itself is spent, expired or unknown.
      setLinkDead(split.general.length > 0);
      setPassword('');
      setConfirm('');
    } catch (error) {
      setErrors({ byField: new Map(), general: [accountErrorMessage(error)] });
    }
    setBusy(false);
  }

  return (
    <AuthCard title="Choose a new password">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner messages={errors.general} />
        {linkDead && (
          <p>
            <Link to="/forgot-password">Ask for a new link</Link>
          </p>
        )}
        <NewPasswordFields
          id={id}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
        />
        <button type="submit" className="button button-primary button-block" disabled={busy || !password || !confirm}>
          {busy ? 'Saving…' : 'Set the new password'}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </AuthCard>
  );
}
