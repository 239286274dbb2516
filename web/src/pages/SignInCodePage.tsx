import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { requestSignInCodeMutation } from '../api/accountOperations';
import { AuthCard } from '../auth/AuthCard';
import { landingPath, safeNextPath, useAuth, type Viewer } from '../auth/AuthContext';
import { accountErrorMessage, noticeFrom, normalizeCode, withNext } from '../auth/messages';
import { TwoFactorStep } from '../auth/TwoFactorStep';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';

type Step = 'phone' | 'code' | 'two-factor';

// The same words whether or not the number belongs to an account: the page must not tell.
// The English texts (the pages show them through i18next, locales/<lang>/signin.json).
export const CODE_SENT =
  'If this number can sign in, a 6-digit code is on its way by SMS. It works for 10 minutes.';

/** Observers (and anyone with a phone on their account) sign in with a code sent by SMS. */
export function SignInCodePage() {
  const { status, viewer, signInWithCode } = useAuth();
  const { t } = useTranslation('signin');
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [step, setStep] = useState<Step>('phone');
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [challenge, setChallenge] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [sent, setSent] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const codeRef = useRef<HTMLInputElement>(null);
  const id = useId();

  if (status === 'signed-in' && !busy) return <Navigate to={landingPath(viewer, next)} replace />;

  function signedIn(user: Viewer) {
    navigate(landingPath(user, next), { replace: true });
  }

  async function sendCode(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    setSent(null);
    try {
      const payload = (await gqlRequest(requestSignInCodeMutation, { phone: phone.trim() })).requestSignInCode;
      if (payload.errors.length > 0) {
        // Resending from the code step: the phone field is not on screen, so errors go to the banner.
        setErrors(splitErrors(payload.errors, step === 'phone' ? ['phone'] : []));
      } else {
        setStep('code');
        setCode('');
        setSent(t('code.sent'));
      }
    } catch (error) {
      setErrors({ byField: new Map(), general: [accountErrorMessage(error)] });
    }
    setBusy(false);
  }

  async function submitCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const result = await signInWithCode(phone.trim(), normalizeCode(code));
      if (result.status === 'signed-in') {
        signedIn(result.viewer);
        return;
      }
      if (result.status === 'two-factor') {
        setChallenge(result.challenge);
        setStep('two-factor');
        setBusy(false);
        return;
      }
      setErrors(splitErrors(result.errors, ['code'], { phone: 'code' }));
      setCode('');
      codeRef.current?.focus();
    } catch (error) {
      setErrors({ byField: new Map(), general: [accountErrorMessage(error)] });
    }
    setBusy(false);
  }

  function restart() {
    setStep('phone');
    setCode('');
    setSent(null);
    setErrors(NO_ERRORS);
  }

  if (step === 'two-factor') {
    return (
      <AuthCard title={t('twoFactor.title')} intro={t('twoFactor.afterCode')} translated>
        <TwoFactorStep challenge={challenge} onSignedIn={signedIn} onRestart={restart} />
      </AuthCard>
    );
  }

  const links = (
    <p className="auth-links">
      <Link to={withNext('/sign-in', params.get('next'))}>{t('withPassword')}</Link>
    </p>
  );

  if (step === 'phone') {
    return (
      <AuthCard title={t('code.title')} intro={t('code.intro')} notice={noticeFrom(location.state)} translated>
        <form key="phone" onSubmit={(e) => void sendCode(e)} noValidate>
          <ErrorBanner messages={errors.general} />
          <div className="field">
            <label htmlFor={`${id}-phone`}>{t('code.phone')}</label>
            <input
              id={`${id}-phone`}
              name="phone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              required
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              {...invalidProps(errors, 'phone', `${id}-phone-error`, `${id}-phone-hint`)}
            />
            <p id={`${id}-phone-hint`} className="hint">
              {t('code.phoneHint')}
            </p>
            <FieldMessage id={`${id}-phone-error`} errors={errors} field="phone" />
          </div>
          <button type="submit" className="button button-primary button-block" disabled={busy || !phone.trim()}>
            {busy ? t('code.sending') : t('code.send')}
          </button>
        </form>
        {links}
      </AuthCard>
    );
  }

  return (
    <AuthCard title={t('code.enterTitle')} notice={sent} translated>
      {/* Keyed: a new form, so the code input mounts and takes the focus. */}
      <form key="code" onSubmit={(e) => void submitCode(e)} noValidate>
        <ErrorBanner messages={errors.general} />
        <div className="field">
          <label htmlFor={`${id}-code`}>{t('code.label')}</label>
          <input
            ref={codeRef}
            id={`${id}-code`}
            name="code"
            className="code-input"
            autoComplete="one-time-code"
            inputMode="numeric"
            // The step replaces the phone form the user just sent: put them where they type next.
            autoFocus
            required
            value={code}
            onChange={(e) => setCode(e.target.value)}
            {...invalidProps(errors, 'code', `${id}-code-error`, `${id}-code-hint`)}
          />
          <p id={`${id}-code-hint`} className="hint">
            {t('code.sentTo', { phone: phone.trim() })}
          </p>
          <FieldMessage id={`${id}-code-error`} errors={errors} field="code" />
        </div>
        <button type="submit" className="button button-primary button-block" disabled={busy || !code.trim()}>
          {busy ? t('signingIn') : t('signIn')}
        </button>
        <div className="auth-actions">
          <button type="button" className="button-link" onClick={() => void sendCode()} disabled={busy}>
            {t('code.resend')}
          </button>
          <button type="button" className="button-link" onClick={restart}>
            {t('code.otherNumber')}
          </button>
        </div>
      </form>
      {links}
    </AuthCard>
  );
}
