import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router-dom';
import { AuthCard } from '../auth/AuthCard';
import { landingPath, safeNextPath, useAuth, type Viewer } from '../auth/AuthContext';
import { accountErrorMessage, noticeFrom, withNext } from '../auth/messages';
import { TwoFactorStep } from '../auth/TwoFactorStep';

export function SignInPage() {
  const { status, viewer, signIn } = useAuth();
  const { t } = useTranslation('signin');
  const navigate = useNavigate();
  const location = useLocation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [invalidFields, setInvalidFields] = useState<ReadonlySet<string>>(new Set());
  const emailRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  if (status === 'signed-in' && !submitting) return <Navigate to={landingPath(viewer, next)} replace />;

  function signedIn(user: Viewer) {
    navigate(landingPath(user, next), { replace: true });
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setMessages([]);
    setInvalidFields(new Set());
    try {
      const result = await signIn(email.trim(), password);
      if (result.status === 'signed-in') {
        signedIn(result.viewer);
        return;
      }
      setPassword('');
      if (result.status === 'two-factor') {
        setChallenge(result.challenge);
        setSubmitting(false);
        return;
      }
      setMessages(result.errors.map((e) => e.message));
      // Errors without a field (wrong email or password) mark both inputs.
      setInvalidFields(new Set(result.errors.flatMap((e) => (e.field ? [e.field] : ['email', 'password']))));
      emailRef.current?.focus();
    } catch (error) {
      setMessages([accountErrorMessage(error)]);
    }
    setSubmitting(false);
  }

  if (challenge) {
    return (
      <AuthCard title={t('twoFactor.title')} intro={t('twoFactor.afterPassword')} translated>
        <TwoFactorStep challenge={challenge} onSignedIn={signedIn} onRestart={() => setChallenge(null)} />
      </AuthCard>
    );
  }

  const hasError = messages.length > 0;
  const describedBy = (field: string) => (hasError && invalidFields.has(field) ? errorId : undefined);
  const nextParam = params.get('next');

  return (
    <AuthCard
      title={t('signIn')}
      intro={t('tagline')}
      notice={noticeFrom(location.state)}
      translated
    >
      <form onSubmit={(e) => void handleSubmit(e)}>
        <div id={errorId} className="form-error" role="alert" aria-live="assertive" aria-atomic="true">
          {hasError && (
            <ul>
              {messages.map((message, index) => (
                <li key={index}>{message}</li>
              ))}
            </ul>
          )}
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('email')}</label>
          <input
            ref={emailRef}
            id={`${id}-email`}
            name="email"
            type="email"
            autoComplete="username"
            inputMode="email"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            aria-invalid={invalidFields.has('email') || undefined}
            aria-describedby={describedBy('email')}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('password')}</label>
          <input
            id={`${id}-password`}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={invalidFields.has('password') || undefined}
            aria-describedby={describedBy('password')}
          />
        </div>
        <button type="submit" className="button button-primary button-block" disabled={submitting}>
          {submitting ? t('signingIn') : t('signIn')}
        </button>
      </form>
      <p className="auth-links">
        <Link to="/forgot-password">{t('forgotPassword')}</Link>
        <Link to={withNext('/sign-in/code', nextParam)}>{t('withCode')}</Link>
      </p>
    </AuthCard>
  );
}
