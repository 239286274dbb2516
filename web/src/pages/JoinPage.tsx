import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { acceptAccountInvitationMutation, accountInvitationQuery } from '../api/accountOperations';
import { AuthCard } from '../auth/AuthCard';
import { landingPath, useAuth } from '../auth/AuthContext';
import { accountErrorMessage, type NoticeState } from '../auth/messages';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { ErrorBanner, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { AccountInvitationPreviewQuery } from '../gql/graphql';

type Preview = NonNullable<AccountInvitationPreviewQuery['accountInvitation']>;
type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; preview: Preview | null };

// The English texts (the pages show them through i18next, locales/<lang>/signin.json).
export const INVALID_INVITATION =
  'This invitation link does not work any more: it was already used, withdrawn, or it has expired. Ask the person who invited you for a new one.';
export const READY_BY_PHONE =
  'Your account is ready. You sign in with your phone number: we send you a code by SMS each time.';
export const READY_BY_EMAIL = 'Your account is ready. Sign in with your email and your new password.';

function formatExpiry(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(iso));
}

/**
 * Where an account invitation lands (/join/:token): see who it is for, choose a password.
 * Opening the page only reads the preview, which spends nothing (link previews and
 * prefetching must not use the invitation up); accepting is the button.
 */
export function JoinPage() {
  const { token = '' } = useParams();
  const { status, viewer, signIn, signOut } = useAuth();
  const { t, i18n } = useTranslation('signin');
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
      const state: NoticeState = { notice: t('join.readyByPhone') };
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
    const state: NoticeState = { notice: t('join.readyByEmail') };
    navigate('/sign-in', { replace: true, state });
  }

  async function accept(event: FormEvent<HTMLFormElement>, preview: Preview) {
    event.preventDefault();
    if (busy) return;
    if (password !== confirm) {
      setErrors({ byField: new Map([['confirm', [t('newPassword.mismatch')]]]), general: [] });
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
      <AuthCard title={t('join.title')} translated>
        <p role="status">{t('join.loading')}</p>
      </AuthCard>
    );
  }
  if (load.state === 'error') {
    return (
      <AuthCard title={t('join.title')} translated>
        <p role="alert">{load.message}</p>
        <button type="button" className="button button-primary" onClick={() => void fetchPreview()}>
          {t('join.tryAgain')}
        </button>
      </AuthCard>
    );
  }
  const { preview } = load;
  if (!preview) {
    return (
      <AuthCard title={t('join.invalidTitle')} translated>
        <p role="alert">{t('join.invalid')}</p>
        <p className="auth-links">
          <Link to="/sign-in">{t('signIn')}</Link>
        </p>
      </AuthCard>
    );
  }
  // Accepting here would open an account for someone else while this browser holds another
  // one's session: sign out first, so nobody mixes the two up.
  if (status === 'signed-in' && !busy) {
    return (
      <AuthCard title={t('join.title')} translated>
        <p>{t('join.otherAccount', { name: preview.personName, viewer: viewer?.displayName ?? '' })}</p>
        <button type="button" className="button button-primary" onClick={() => void signOut()}>
          {t('join.signOut')}
        </button>
      </AuthCard>
    );
  }

  return (
    <AuthCard
      title={t('join.title')}
      translated
      intro={
        <Trans
          t={t}
          i18nKey="join.welcome"
          values={{ name: preview.personName, expires: formatExpiry(preview.expiresAt, i18n.language) }}
          components={{ strong: <strong /> }}
        />
      }
    >
      <form onSubmit={(e) => void accept(e, preview)} noValidate>
        <ErrorBanner messages={errors.general} />
        {preview.email ? (
          <div className="field">
            <label htmlFor={`${id}-email`}>{t('email')}</label>
            {/* Read-only, and there for password managers to save the new password with it. */}
            <input id={`${id}-email`} name="email" type="email" autoComplete="username" value={preview.email} readOnly />
          </div>
        ) : (
          <p>{t('join.byPhone')}</p>
        )}
        <NewPasswordFields
          id={id}
          label={t('password')}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
        />
        <button type="submit" className="button button-primary button-block" disabled={busy || !password || !confirm}>
          {busy ? t('join.settingUp') : t('join.create')}
        </button>
      </form>
    </AuthCard>
  );
}
