import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { errorMessage } from '../api/client';
import { safeNextPath, useAuth } from '../auth/AuthContext';

export function SignInPage() {
  const { status, signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [submitting, setSubmitting] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [invalidFields, setInvalidFields] = useState<ReadonlySet<string>>(new Set());
  const emailRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const errorId = `${id}-error`;

  useEffect(() => {
    document.title = 'Sign in · Pluralis';
  }, []);

  if (status === 'signed-in' && !submitting) return <Navigate to={next} replace />;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSubmitting(true);
    setMessages([]);
    setInvalidFields(new Set());
    try {
      const errors = await signIn(email.trim(), password);
      if (errors.length === 0) {
        navigate(next, { replace: true });
        return;
      }
      setMessages(errors.map((e) => e.message));
      // Errors without a field (wrong email or password) mark both inputs.
      setInvalidFields(new Set(errors.flatMap((e) => (e.field ? [e.field] : ['email', 'password']))));
      setPassword('');
      emailRef.current?.focus();
    } catch (error) {
      setMessages([errorMessage(error)]);
    }
    setSubmitting(false);
  }

  const hasError = messages.length > 0;
  const describedBy = (field: string) => (hasError && invalidFields.has(field) ? errorId : undefined);

  return (
    <main id="main" className="auth-page" tabIndex={-1}>
      <div className="auth-card">
        <p className="auth-brand">
          <span className="brand-mark" aria-hidden="true">
            P
          </span>
          Pluralis
        </p>
        <h1>Sign in</h1>
        <p className="muted">Coordination for the democracy-support network.</p>
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
            <label htmlFor={`${id}-email`}>Email</label>
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
            <label htmlFor={`${id}-password`}>Password</label>
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
            {submitting ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </div>
    </main>
  );
}
