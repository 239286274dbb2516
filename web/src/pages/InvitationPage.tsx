import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage, gqlRequest } from '../api/client';
import { eventInvitationQuery, openAccountWithInvitationMutation } from '../api/invitationOperations';
import { acceptInvitationMutation } from '../api/operations';
import { AuthCard } from '../auth/AuthCard';
import { signInPathFor, useAuth } from '../auth/AuthContext';
import { NewPasswordFields } from '../auth/NewPasswordFields';
import { EventTime } from '../components/EventTime';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { EventInvitationPreviewQuery } from '../gql/graphql';
import { viewerTimeZone } from '../lib/time';
import './invitations.css';

type Preview = NonNullable<EventInvitationPreviewQuery['eventInvitation']>;
type Load = { state: 'loading' } | { state: 'error'; message: string } | { state: 'ready'; preview: Preview | null };

export const INVALID_LINK =
  'This invitation link does not work any more: it was already used, withdrawn, or the event has ended. Ask the person who invited you for a new one.';

/**
 * Where an event invitation link lands (/invitations/:token), signed in or not. The event
 * comes first (what, when in its zone and yours, where, who hosts it), then the one next step:
 * register (signed in), or sign in / create your account. Opening the page only reads the
 * preview, which spends nothing: link scanners and prefetching must not use the link up.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { status } = useAuth();
  const [load, setLoad] = useState<Load>({ state: 'loading' });

  const fetchPreview = useCallback(async () => {
    setLoad({ state: 'loading' });
    try {
      const data = await gqlRequest(eventInvitationQuery, { token });
      setLoad({ state: 'ready', preview: data.eventInvitation });
    } catch (error) {
      setLoad({ state: 'error', message: errorMessage(error) });
    }
  }, [token]);

  useEffect(() => {
    void fetchPreview();
  }, [fetchPreview]);

  if (load.state === 'loading') {
    return (
      <AuthCard title="Your invitation">
        <p role="status">Loading the invitation…</p>
      </AuthCard>
    );
  }
  if (load.state === 'error') {
    return (
      <AuthCard title="Your invitation">
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
      <AuthCard title="This invitation is no longer valid">
        <p role="alert">{INVALID_LINK}</p>
        <p className="auth-links">
          <Link to="/events">See the public calendar</Link>
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title={preview.title} intro={<p className="invitation-lead">You are invited to this event.</p>}>
      <EventSummary preview={preview} />
      {status === 'loading' ? (
        <p role="status">Checking whether you are signed in…</p>
      ) : status === 'signed-in' ? (
        <RegisterStep token={token} eventId={preview.eventId} />
      ) : (
        <GuestStep token={token} preview={preview} />
      )}
    </AuthCard>
  );
}

function EventSummary({ preview }: { preview: Preview }) {
  const venue = preview.venue;
  const place = [venue?.name, venue?.address, venue?.city].filter(Boolean).join(', ');
  return (
    <dl className="invitation-facts">
      <div>
        <dt>When</dt>
        <dd>
          <EventTime span={preview} viewerZone={viewerTimeZone()} className="invitation-time" />
        </dd>
      </div>
      <div>
        <dt>Where</dt>
        <dd>
          {place && preview.online ? `${place}, and online` : place || (preview.online ? 'Online' : 'The organizers will tell you')}
        </dd>
      </div>
      <div>
        <dt>Host</dt>
        <dd>{preview.hostName}</dd>
      </div>
      {preview.status !== 'PUBLISHED' && (
        <div>
          <dt>Status</dt>
          <dd className="invitation-status-note">{preview.status === 'CANCELLED' ? 'Cancelled' : 'Postponed'}</dd>
        </div>
      )}
    </dl>
  );
}

function RegisterStep({ token, eventId }: { token: string; eventId: string }) {
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function register() {
    setBusy(true);
    setError(null);
    try {
      const payload = (await gqlRequest(acceptInvitationMutation, { token })).acceptInvitation;
      if (payload.registration) {
        navigate(`/events/${payload.registration.eventId}`, { state: { notice: 'You are registered for this event.' } });
        return;
      }
      setError(payload.errors.map((x) => x.message).join(' ') || 'The invitation could not be used.');
    } catch (err) {
      setError(errorMessage(err));
    }
    setBusy(false);
  }

  return (
    <div className="invitation-step">
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <button type="button" className="button button-primary button-block" disabled={busy} onClick={() => void register()}>
        {busy ? 'Registering…' : 'Register'}
      </button>
      <p className="hint">
        The invitation works once. <Link to={`/events/${eventId}`}>Open the event page</Link>
      </p>
    </div>
  );
}

function GuestStep({ token, preview }: { token: string; preview: Preview }) {
  const back = `/invitations/${token}`;
  return (
    <div className="invitation-step">
      <h2 className="invitation-step-title">To register, sign in</h2>
      <p>
        <Link className="button button-primary button-block" to={signInPathFor(back)}>
          Sign in
        </Link>
      </p>
      {preview.canOpenAccount && <CreateAccount token={token} preview={preview} />}
    </div>
  );
}

function CreateAccount({ token, preview }: { token: string; preview: Preview }) {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const id = useId();
  const [name, setName] = useState(preview.inviteeName ?? '');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (password !== confirm) {
      setErrors({ byField: new Map([['confirm', ['The two passwords are not the same.']]]), general: [] });
      return;
    }
    setBusy(true);
    setErrors(NO_ERRORS);
    try {
      const payload = (await gqlRequest(openAccountWithInvitationMutation, { token, name, password })).openAccountWithInvitation;
      if (payload.user && payload.errors.length === 0) {
        const email = payload.user.email;
        if (!email) {
          // Accounts opened from a text message sign in with the phone number and a code.
          navigate(`/sign-in/code?next=${encodeURIComponent(`/invitations/${token}`)}`, {
            state: { notice: 'Your account is ready. Sign in with your phone number, then register.' },
          });
          return;
        }
        const result = await signIn(email, password);
        // Signed in, this page shows the Register button; otherwise sign in by hand.
        if (result.status !== 'signed-in') navigate(signInPathFor(`/invitations/${token}`));
        return;
      }
      setErrors(splitErrors(payload.errors, ['name', 'password']));
    } catch (error) {
      setErrors({ byField: new Map(), general: [errorMessage(error)] });
    }
    setBusy(false);
  }

  return (
    <form className="invitation-account" onSubmit={(e) => void create(e)} noValidate>
      <h2 className="invitation-step-title">New here? Create your account</h2>
      <p className="hint">Choose a password; you are signed in right away and can register.</p>
      <ErrorBanner messages={errors.general} />
      <div className="field">
        <label htmlFor={`${id}-name`}>Your name</label>
        <input
          id={`${id}-name`}
          autoComplete="name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          {...invalidProps(errors, 'name', `${id}-name-error`)}
        />
        <FieldMessage id={`${id}-name-error`} errors={errors} field="name" />
      </div>
      {preview.accountEmail ? (
        <div className="field">
          <label htmlFor={`${id}-email`}>Email</label>
          {/* Read-only: the link went to this address. There for password managers too. */}
          <input id={`${id}-email`} name="email" type="email" autoComplete="username" value={preview.accountEmail} readOnly />
        </div>
      ) : (
        <p>You will sign in with your phone number: we send you a code by SMS each time.</p>
      )}
      <NewPasswordFields
        id={id}
        label="Choose a password"
        password={password}
        confirm={confirm}
        onPassword={setPassword}
        onConfirm={setConfirm}
        errors={errors}
      />
      <button type="submit" className="button button-secondary button-block" disabled={busy || !password || !confirm}>
        {busy ? 'Creating your account…' : 'Create your account'}
      </button>
    </form>
  );
}
