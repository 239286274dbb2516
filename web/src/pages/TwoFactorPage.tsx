import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import {
  confirmTwoFactorMutation,
  disableTwoFactorMutation,
  regenerateRecoveryCodesMutation,
  startTwoFactorSetupMutation,
  twoFactorStatusQuery,
} from '../api/accountOperations';
import '../auth/account.css';
import { useAuth } from '../auth/AuthContext';
import { accountErrorMessage, normalizeCode } from '../auth/messages';
import { RecoveryCodes } from '../auth/RecoveryCodes';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { TwoFactorStatusQuery } from '../gql/graphql';

type Status = NonNullable<TwoFactorStatusQuery['me']>;
type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; me: Status };
interface Setup {
  secret: string;
  otpauthUri: string | null;
  qrSvgDataUri: string | null;
}


const failure = (error: unknown): SplitErrors => ({ byField: new Map(), general: [accountErrorMessage(error)] });

/** Secrets are read out or typed by hand: groups of four are easier to get right. */
function groupSecret(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

/**
 * Turn two-factor on (secret as a QR code and as text, then a code from the app proves it
 * was saved; recovery codes are shown once), get new recovery codes, or turn it off.
 */
export function TwoFactorPage() {
  const { reloadViewer } = useAuth();
  const [load, setLoad] = useState<Load>({ state: 'loading' });
  const [codes, setCodes] = useState<readonly string[] | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    document.title = 'Two-factor authentication · Pluralis';
  }, []);

  const reload = useCallback(async () => {
    try {
      const data = await gqlRequest(twoFactorStatusQuery);
      setLoad(data.me ? { state: 'ready', me: data.me } : { state: 'error', message: 'Your session has ended.' });
    } catch (error) {
      setLoad({ state: 'error', message: accountErrorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  // After turning it on or off: the viewer's twoFactorRequired decides where the app may go.
  const changed = useCallback(
    async (message: string) => {
      setNotice(message);
      await Promise.all([reload(), reloadViewer().catch(() => undefined)]);
    },
    [reload, reloadViewer],
  );

  return (
    <div className="page">
      <div className="page-header">
        <p className="back-link">
          <Link to="/account">← Your account</Link>
        </p>
        <h1>Two-factor authentication</h1>
      </div>
      <p role="status" className="saved">
        {notice}
      </p>
      {load.state === 'loading' && <p role="status">Loading…</p>}
      {load.state === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>{load.message}</p>
          <button type="button" className="button button-secondary" onClick={() => void reload()}>
            Try again
          </button>
        </div>
      )}
      {load.state === 'ready' && (
        <div className="account-sections">
          {codes ? (
            <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />
          ) : load.me.twoFactorEnabled ? (
            <>
              <p>
                Two-factor authentication is on.{' '}
                {load.me.recoveryCodesLeft === 1 ? '1 recovery code' : `${load.me.recoveryCodesLeft} recovery codes`} left.
              </p>
              <RegenerateSection onCodes={setCodes} onChanged={reload} />
              {!load.me.twoFactorRequired && <DisableSection onDisabled={() => changed('Two-factor authentication is off.')} />}
            </>
          ) : (
            <SetupSection
              required={load.me.twoFactorRequired}
              onConfirmed={(recovery) => {
                setCodes(recovery);
                void changed('Two-factor authentication is on.');
              }}
            />
          )}
        </div>
      )}
    </div>
  );
}

function SetupSection({ required, onConfirmed }: { required: boolean; onConfirmed: (codes: readonly string[]) => void }) {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function start() {
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (await gqlRequest(startTwoFactorSetupMutation)).startTwoFactorSetup;
      if (payload.secret) setSetup({ secret: payload.secret, otpauthUri: payload.otpauthUri, qrSvgDataUri: payload.qrSvgDataUri });
      else setErrors(splitErrors(payload.errors, []));
    } catch (error) {
      setErrors(failure(error));
    }
    setBusy(false);
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (await gqlRequest(confirmTwoFactorMutation, { code: normalizeCode(code) })).confirmTwoFactor;
      if (payload.recoveryCodes && payload.errors.length === 0) {
        onConfirmed(payload.recoveryCodes);
        return;
      }
      setErrors(splitErrors(payload.errors, ['code']));
      setCode('');
    } catch (error) {
      setErrors(failure(error));
    }
    setBusy(false);
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Turn on two-factor authentication</h2>
      {required && (
        <p className="auth-notice">Your role requires two-factor authentication. Turn it on to continue using Pluralis.</p>
      )}
      <p>
        After your password, Pluralis will ask for a 6-digit code from an authenticator app on your phone (such as
        Aegis, FreeOTP, Google Authenticator or 1Password). Someone who learns your password still cannot sign in.
      </p>
      <ErrorBanner messages={errors.general} />
      {!setup ? (
        <div>
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void start()}>
            Set up two-factor authentication
          </button>
        </div>
      ) : (
        <>
          <p>1. Scan this QR code with your authenticator app:</p>
          {setup.qrSvgDataUri && (
            <img className="qr-code" src={setup.qrSvgDataUri} alt="QR code with your two-factor secret" width={192} height={192} />
          )}
          <p>
            Cannot scan it? Enter this setup key in the app instead:{' '}
            <code className="secret" aria-label="Setup key">
              {groupSecret(setup.secret)}
            </code>
          </p>
          {setup.otpauthUri && (
            <p>
              On this phone? <a href={setup.otpauthUri}>Open the key in your authenticator app</a>.
            </p>
          )}
          <form onSubmit={(e) => void confirm(e)} noValidate>
            <div className="field">
              <label htmlFor={`${id}-code`}>2. Code from the app</label>
              <input
                id={`${id}-code`}
                className="code-input"
                autoComplete="one-time-code"
                inputMode="numeric"
                value={code}
                onChange={(e) => setCode(e.target.value)}
                {...invalidProps(errors, 'code', `${id}-code-error`)}
              />
              <FieldMessage id={`${id}-code-error`} errors={errors} field="code" />
            </div>
            <div>
              <button type="submit" className="button button-primary" disabled={busy || !code.trim()}>
                Turn on
              </button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

function RegenerateSection({ onCodes, onChanged }: { onCodes: (codes: readonly string[]) => void; onChanged: () => Promise<void> }) {
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (await gqlRequest(regenerateRecoveryCodesMutation, { code: normalizeCode(code) })).regenerateRecoveryCodes;
      if (payload.recoveryCodes && payload.errors.length === 0) {
        onCodes(payload.recoveryCodes);
        await onChanged();
        return;
      }
      setErrors(splitErrors(payload.errors, ['code']));
      setCode('');
    } catch (error) {
      setErrors(failure(error));
    }
    setBusy(false);
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>New recovery codes</h2>
      <p>Used some, or lost them? New codes replace all the old ones.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner messages={errors.general} />
        <div className="field">
          <label htmlFor={`${id}-code`}>Code from your app</label>
          <input
            id={`${id}-code`}
            className="code-input"
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            {...invalidProps(errors, 'code', `${id}-code-error`)}
          />
          <FieldMessage id={`${id}-code-error`} errors={errors} field="code" />
        </div>
        <div>
          <button type="submit" className="button button-secondary" disabled={busy || !code.trim()}>
            Get new recovery codes
          </button>
        </div>
      </form>
    </section>
  );
}

function DisableSection({ onDisabled }: { onDisabled: () => Promise<void> }) {
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (await gqlRequest(disableTwoFactorMutation, { password, code: normalizeCode(code) })).disableTwoFactor;
      if (payload.ok) {
        await onDisabled();
        return;
      }
      setErrors(splitErrors(payload.errors, ['password', 'code']));
      setCode('');
    } catch (error) {
      setErrors(failure(error));
    }
    setBusy(false);
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Turn off two-factor authentication</h2>
      <p>Your password alone will then open your account.</p>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner messages={errors.general} />
        <div className="field">
          <label htmlFor={`${id}-password`}>Password</label>
          <input
            id={`${id}-password`}
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            {...invalidProps(errors, 'password', `${id}-password-error`)}
          />
          <FieldMessage id={`${id}-password-error`} errors={errors} field="password" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-code`}>Code from your app</label>
          <input
            id={`${id}-code`}
            className="code-input"
            autoComplete="one-time-code"
            inputMode="numeric"
            value={code}
            onChange={(e) => setCode(e.target.value)}
            {...invalidProps(errors, 'code', `${id}-code-error`)}
          />
          <FieldMessage id={`${id}-code-error`} errors={errors} field="code" />
        </div>
        <div>
          <button type="submit" className="button button-danger" disabled={busy || !password || !code.trim()}>
            Turn off
          </button>
        </div>
      </form>
    </section>
  );
}
