import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { requestPasswordResetMutation } from '../api/accountOperations';
import { AuthCard } from '../auth/AuthCard';
import { accountErrorMessage } from '../auth/messages';
import { ErrorBanner } from '../components/FormErrors';
import type { RequestPasswordResetMutationVariables } from '../gql/graphql';

type Channel = 'email' | 'phone';

// One answer for every address and number, known or not: the page must not tell which
// accounts exist. The server does the same work either way.
export const RESET_SENT =
  'If an account matches, we have sent it a link to choose a new password. The link works once and expires soon.';

export function ForgotPasswordPage() {
  const [channel, setChannel] = useState<Channel>('email');
  const [value, setValue] = useState('');
  const [done, setDone] = useState(false);
  const [messages, setMessages] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const id = useId();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy || !value.trim()) return;
    setBusy(true);
    setMessages([]);
    try {
      const variables: RequestPasswordResetMutationVariables =
        channel === 'email' ? { email: value.trim() } : { phone: value.trim() };
      await gqlRequest(requestPasswordResetMutation, variables);
      setDone(true);
    } catch (error) {
      setMessages([accountErrorMessage(error)]);
    }
    setBusy(false);
  }

  const back = (
    <p className="auth-links">
      <Link to="/sign-in">Back to sign in</Link>
    </p>
  );

  if (done) {
    return (
      <AuthCard title="Check your messages" notice={RESET_SENT}>
        <p>
          Nothing arrived after a few minutes? Check the address or number and{' '}
          <button
            type="button"
            className="button-link"
            onClick={() => {
              setDone(false);
              setValue('');
            }}
          >
            try again
          </button>
          .
        </p>
        {back}
      </AuthCard>
    );
  }

  return (
    <AuthCard title="Forgot your password?" intro="We send a link to choose a new one.">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <ErrorBanner messages={messages} />
        <fieldset>
          <legend>Send the link by</legend>
          <div className="radio-option">
            <input
              id={`${id}-by-email`}
              type="radio"
              name="channel"
              checked={channel === 'email'}
              onChange={() => {
                setChannel('email');
                setValue('');
              }}
            />
            <label htmlFor={`${id}-by-email`}>Email</label>
          </div>
          <div className="radio-option">
            <input
              id={`${id}-by-sms`}
              type="radio"
              name="channel"
              checked={channel === 'phone'}
              onChange={() => {
                setChannel('phone');
                setValue('');
              }}
            />
            <label htmlFor={`${id}-by-sms`}>SMS</label>
          </div>
        </fieldset>
        {channel === 'email' ? (
          <div className="field">
            <label htmlFor={`${id}-value`}>Email address</label>
            <input
              id={`${id}-value`}
              name="email"
              type="email"
              autoComplete="username"
              inputMode="email"
              autoCapitalize="none"
              spellCheck={false}
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
            />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-value`}>Phone number</label>
            <input
              id={`${id}-value`}
              name="phone"
              type="tel"
              autoComplete="tel"
              inputMode="tel"
              required
              value={value}
              onChange={(e) => setValue(e.target.value)}
              aria-describedby={`${id}-phone-hint`}
            />
            <p id={`${id}-phone-hint`} className="hint">
              With the country code, like +32 470 12 34 56.
            </p>
          </div>
        )}
        <button type="submit" className="button button-primary button-block" disabled={busy || !value.trim()}>
          {busy ? 'Sending…' : 'Send the link'}
        </button>
      </form>
      {back}
    </AuthCard>
  );
}
