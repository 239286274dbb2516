import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBanner } from '../components/FormErrors';
import { useAuth, type Viewer } from './AuthContext';
import { accountErrorMessage, normalizeCode } from './messages';

/**
 * The second step of signing in, after a password or an SMS code: the six-digit code from an
 * authenticator app, or one of the recovery codes. No session exists until it succeeds.
 */
export function TwoFactorStep({
  challenge,
  onSignedIn,
  onRestart,
}: {
  challenge: string;
  onSignedIn: (viewer: Viewer) => void;
  onRestart: () => void;
}) {
  const { completeSignIn } = useAuth();
  const { t } = useTranslation('signin');
  const [recovery, setRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setMessages([]);
    try {
      const result = await completeSignIn(challenge, recovery ? code.trim() : normalizeCode(code));
      if (result.status === 'signed-in') {
        onSignedIn(result.viewer);
        return;
      }
      setMessages(result.status === 'failed' ? result.errors.map((e) => e.message) : [t('twoFactor.tryAgain')]);
      setCode('');
      inputRef.current?.focus();
    } catch (error) {
      setMessages([accountErrorMessage(error)]);
    }
    setBusy(false);
  }

  function toggle() {
    setRecovery((r) => !r);
    setCode('');
    setMessages([]);
    inputRef.current?.focus();
  }

  const invalid = messages.length > 0;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <div id={`${id}-error`}>
        <ErrorBanner messages={messages} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-code`}>{recovery ? t('twoFactor.recoveryCode') : t('twoFactor.appCode')}</label>
        <input
          ref={inputRef}
          id={`${id}-code`}
          name="code"
          className={recovery ? undefined : 'code-input'}
          autoComplete="one-time-code"
          inputMode={recovery ? 'text' : 'numeric'}
          autoCapitalize="none"
          spellCheck={false}
          // The step replaces the password form the user just sent: put them where they type next.
          autoFocus
          required
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint${invalid ? ` ${id}-error` : ''}`}
        />
        <p id={`${id}-hint`} className="hint">
          {recovery ? t('twoFactor.recoveryHint') : t('twoFactor.appHint')}
        </p>
      </div>
      <button type="submit" className="button button-primary button-block" disabled={busy || !code.trim()}>
        {busy ? t('twoFactor.checking') : t('twoFactor.verify')}
      </button>
      <div className="auth-actions">
        <button type="button" className="button-link" onClick={toggle}>
          {recovery ? t('twoFactor.useApp') : t('twoFactor.useRecovery')}
        </button>
        <button type="button" className="button-link" onClick={onRestart}>
          {t('twoFactor.startOver')}
        </button>
      </div>
    </form>
  );
}
