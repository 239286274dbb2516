import { useEffect, useId, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { errorMessage, gqlRequest } from '../api/client';
import { acceptInvitationMutation } from '../api/operations';

/**
 * Where an invitation link lands (/invitations/:token), or where a guest types the code they
 * were given (/invitations). Accepting is a button, not an effect of opening the page: link
 * previews and prefetching must not use up a single-use invitation.
 */
export function AcceptInvitationPage() {
  const { token: fromLink = '' } = useParams();
  const [token, setToken] = useState(fromLink);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const navigate = useNavigate();
  const id = useId();

  useEffect(() => {
    document.title = 'Accept an invitation · Pluralis';
  }, []);

  async function accept(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const payload = (await gqlRequest(acceptInvitationMutation, { token: token.trim() })).acceptInvitation;
      if (payload.registration) {
        navigate(`/events/${payload.registration.eventId}`);
        return;
      }
      setError(payload.errors.map((x) => x.message).join(' ') || 'The invitation could not be used.');
    } catch (err) {
      setError(errorMessage(err));
    }
    setBusy(false);
  }

  return (
    <div className="page">
      <h1>Accept an invitation</h1>
      <p>
        Accepting registers you for the event and shows it in your <Link to="/events">calendar</Link>. Each invitation
        works once.
      </p>
      <form className="inline-form" onSubmit={(e) => void accept(e)} noValidate>
        <div className="field">
          <label htmlFor={`${id}-token`}>Invitation code</label>
          <input
            id={`${id}-token`}
            value={token}
            onChange={(e) => setToken(e.target.value)}
            autoComplete="off"
            spellCheck={false}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
          />
        </div>
        {error && (
          <p id={`${id}-error`} className="field-error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button-primary" disabled={busy || !token.trim()}>
          Accept the invitation
        </button>
      </form>
    </div>
  );
}
