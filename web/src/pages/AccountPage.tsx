import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { accountSettingsQuery, changePasswordMutation, updateAccountSettingsMutation } from '../api/accountOperations';
import '../auth/account.css';
import { useAuth } from '../auth/AuthContext';
import { accountErrorMessage } from '../auth/messages';
import { MISMATCH, NewPasswordFields } from '../auth/NewPasswordFields';
import { SessionsSection } from '../auth/SessionsSection';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { AccountSettingsQuery, Channel } from '../gql/graphql';
import { timeZoneOptions } from '../lib/localDateTime';

type Me = NonNullable<AccountSettingsQuery['me']>;
type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; me: Me };

/** The languages messages are written in; each named in itself. */
export const LANGUAGES: readonly { code: string; name: string }[] = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
  { code: 'es', name: 'Español' },
  { code: 'ar', name: 'العربية' },
];

export function AccountPage() {
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  useEffect(() => {
    document.title = 'Your account · Pluralis';
  }, []);

  // Re-reading after a change keeps the page on screen (no loading state in between).
  const reload = useCallback(async () => {
    try {
      const data = await gqlRequest(accountSettingsQuery);
      setLoad(data.me ? { state: 'ready', me: data.me } : { state: 'error', message: 'Your session has ended.' });
    } catch (error) {
      setLoad({ state: 'error', message: accountErrorMessage(error) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  return (
    <div className="page">
      <div className="page-header">
        <h1>Your account</h1>
      </div>
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
          <SettingsSection me={load.me} />
          <TwoFactorSummary me={load.me} />
          <PasswordSection onChanged={reload} />
          <SessionsSection sessions={load.me.sessions} onChanged={reload} />
        </div>
      )}
    </div>
  );
}

const SETTINGS_FIELDS = ['displayName', 'preferredLanguage', 'timeZone', 'notifyBy'];

function SettingsSection({ me }: { me: Me }) {
  const { reloadViewer } = useAuth();
  const [displayName, setDisplayName] = useState(me.displayName);
  const [language, setLanguage] = useState(me.preferredLanguage);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [notifyBy, setNotifyBy] = useState<Channel>(me.notifyBy);
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();
  const languages = LANGUAGES.some((l) => l.code === me.preferredLanguage)
    ? LANGUAGES
    : [...LANGUAGES, { code: me.preferredLanguage, name: me.preferredLanguage }];

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setBusy(true);
    setErrors(NO_ERRORS);
    setSaved('');
    try {
      const input = { displayName: displayName.trim(), preferredLanguage: language, timeZone, notifyBy };
      const payload = (await gqlRequest(updateAccountSettingsMutation, { input })).updateAccountSettings;
      if (payload.errors.length > 0) {
        setErrors(splitErrors(payload.errors, SETTINGS_FIELDS));
      } else {
        setSaved('Saved.');
        // The header shows the display name.
        await reloadViewer().catch(() => undefined);
      }
    } catch (error) {
      setErrors({ byField: new Map(), general: [accountErrorMessage(error)] });
    }
    setBusy(false);
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Profile and preferences</h2>
      {me.email && <p>Email: {me.email}</p>}
      <form onSubmit={(e) => void save(e)} noValidate>
        <ErrorBanner messages={errors.general} />
        <div className="field">
          <label htmlFor={`${id}-name`}>Display name</label>
          <input
            id={`${id}-name`}
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
            {...invalidProps(errors, 'displayName', `${id}-name-error`)}
          />
          <FieldMessage id={`${id}-name-error`} errors={errors} field="displayName" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-language`}>Language</label>
          <select
            id={`${id}-language`}
            value={language}
            onChange={(e) => setLanguage(e.target.value)}
            {...invalidProps(errors, 'preferredLanguage', `${id}-language-error`, `${id}-language-hint`)}
          >
            {languages.map((l) => (
              <option key={l.code} value={l.code} lang={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          <p id={`${id}-language-hint`} className="hint">
            For the emails and SMS we send you.
          </p>
          <FieldMessage id={`${id}-language-error`} errors={errors} field="preferredLanguage" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-zone`}>Time zone</label>
          <select
            id={`${id}-zone`}
            value={timeZone}
            onChange={(e) => setTimeZone(e.target.value)}
            {...invalidProps(errors, 'timeZone', `${id}-zone-error`)}
          >
            {timeZoneOptions(me.timeZone).map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
          <FieldMessage id={`${id}-zone-error`} errors={errors} field="timeZone" />
        </div>
        <fieldset {...invalidProps(errors, 'notifyBy', `${id}-notify-error`, `${id}-notify-hint`)}>
          <legend>Tell me by</legend>
          <p id={`${id}-notify-hint`} className="hint">
            Waitlist offers, event changes and invitations.
          </p>
          {(['SMS', 'EMAIL'] as const).map((channel) => (
            <div key={channel} className="radio-option">
              <input
                id={`${id}-notify-${channel}`}
                type="radio"
                name="notifyBy"
                checked={notifyBy === channel}
                onChange={() => setNotifyBy(channel)}
              />
              <label htmlFor={`${id}-notify-${channel}`}>{channel === 'SMS' ? 'SMS' : 'Email'}</label>
            </div>
          ))}
          <FieldMessage id={`${id}-notify-error`} errors={errors} field="notifyBy" />
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Saving…' : 'Save'}
          </button>
          <p role="status" className="saved">
            {saved}
          </p>
        </div>
      </form>
    </section>
  );
}

function TwoFactorSummary({ me }: { me: Me }) {
  return (
    <section className="account-section" aria-labelledby="two-factor-heading">
      <h2 id="two-factor-heading">Two-factor authentication</h2>
      {me.twoFactorEnabled ? (
        <p>
          On. {me.recoveryCodesLeft === 1 ? '1 recovery code' : `${me.recoveryCodesLeft} recovery codes`} left.
        </p>
      ) : (
        <p>
          Off.{' '}
          {me.twoFactorRequired
            ? 'Your role requires it: turn it on to use Pluralis.'
            : 'A code from an app on your phone, asked after your password, keeps your account safe if your password leaks.'}
        </p>
      )}
      <p>
        <Link to="/account/two-factor">{me.twoFactorEnabled ? 'Manage two-factor authentication' : 'Turn on two-factor authentication'}</Link>
      </p>
    </section>
  );
}

const PASSWORD_ALIASES = { newPassword: 'password' };

function PasswordSection({ onChanged }: { onChanged: () => Promise<void> }) {
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved('');
    if (password !== confirm) {
      setErrors({ byField: new Map([['confirm', [MISMATCH]]]), general: [] });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const variables = { currentPassword: current, newPassword: password };
      const payload = (await gqlRequest(changePasswordMutation, variables)).changePassword;
      if (payload.ok) {
        setCurrent('');
        setPassword('');
        setConfirm('');
        setSaved('Password changed. Your other sessions have ended.');
        await onChanged();
      } else {
        setErrors(splitErrors(payload.errors, ['currentPassword', 'password'], PASSWORD_ALIASES));
      }
    } catch (error) {
      setErrors({ byField: new Map(), general: [accountErrorMessage(error)] });
    }
    setBusy(false);
  }

  return (
    <section className="account-section" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Password</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner messages={errors.general} />
        <div className="field">
          <label htmlFor={`${id}-current`}>Current password</label>
          <input
            id={`${id}-current`}
            type="password"
            autoComplete="current-password"
            value={current}
            onChange={(e) => setCurrent(e.target.value)}
            {...invalidProps(errors, 'currentPassword', `${id}-current-error`)}
          />
          <FieldMessage id={`${id}-current-error`} errors={errors} field="currentPassword" />
        </div>
        <NewPasswordFields
          id={id}
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          errors={errors}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={busy || !current || !password || !confirm}>
            {busy ? 'Changing…' : 'Change password'}
          </button>
          <p role="status" className="saved">
            {saved}
          </p>
        </div>
      </form>
    </section>
  );
}
