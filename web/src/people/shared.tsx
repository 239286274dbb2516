import { useCallback, useEffect, useRef, useState } from 'react';
import { GraphQLRequestError } from '../api/client';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import './people.css';

/** A contact detail the server gave us; nothing when it gave none (the viewer may not see it). */
export function ContactDetails({ email, phones }: { email: string | null | undefined; phones: readonly { e164: string; label?: string | null }[] }) {
  if (!email && phones.length === 0) return null;
  return (
    <dl className="pp-contact-details">
      {email && (
        <div>
          <dt>Email</dt>
          <dd>
            <a href={`mailto:${email}`}>{email}</a>
          </dd>
        </div>
      )}
      {phones.map((phone) => (
        <div key={phone.e164}>
          <dt>{phone.label ? `Phone (${phone.label})` : 'Phone'}</dt>
          <dd>
            <a href={`tel:${phone.e164}`}>{phone.e164}</a>
          </dd>
        </div>
      ))}
    </dl>
  );
}

/**
 * A button that asks first: "Revoke…" becomes "Revoke the token “X”? [Yes, revoke] [Cancel]".
 * Focus moves to the question's answer and back, so keyboard users never lose their place.
 */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  busy = false,
  danger = false,
  onConfirm,
  accessibleName,
}: {
  label: string;
  question: string;
  confirmLabel: string;
  busy?: boolean;
  danger?: boolean;
  onConfirm: () => void;
  /** When the visible label alone is ambiguous in a list ("Revoke…" on every row). */
  accessibleName?: string;
}) {
  const [asking, setAsking] = useState(false);
  const yes = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) yes.current?.focus();
    else if (wasAsking.current) opener.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (asking) {
    return (
      <span className="confirm" role="group" aria-label={question}>
        <span>{question}</span>
        <button
          ref={yes}
          type="button"
          className={`button button-small ${danger ? 'button-danger' : 'button-primary'}`}
          disabled={busy}
          onClick={() => {
            wasAsking.current = false;
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className="button button-link button-small" onClick={() => setAsking(false)}>
          Cancel
        </button>
      </span>
    );
  }
  return (
    <button
      ref={opener}
      type="button"
      className="button button-secondary button-small"
      disabled={busy}
      aria-label={accessibleName}
      onClick={() => setAsking(true)}
    >
      {label}
    </button>
  );
}

export type Load<T> =
  | { state: 'loading' }
  | { state: 'error'; message: string; notFound: boolean }
  | { state: 'ready'; data: T };

/**
 * Runs one query for a page and keeps only the newest answer. `reload` asks again
 * (after a change) without blanking what is on screen.
 */
export function useQuery<T>(run: () => Promise<T>, deps: readonly unknown[]): [Load<T>, () => Promise<void>] {
  const [load, setLoad] = useState<Load<T>>({ state: 'loading' });
  const seq = useRef(0);
  const fetcher = useCallback(run, deps);
  const reload = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const data = await fetcher();
      if (mine === seq.current) setLoad({ state: 'ready', data });
    } catch (err) {
      if (mine !== seq.current || isSessionGone(err)) return;
      // The ids come from the address: a malformed one is as missing as an unknown one.
      const notFound = err instanceof GraphQLRequestError && (err.codes.includes('NOT_FOUND') || err.codes.includes('BAD_USER_INPUT'));
      setLoad({ state: 'error', message: expectedErrorMessage(err), notFound });
    }
  }, [fetcher]);
  useEffect(() => {
    setLoad({ state: 'loading' });
    void reload();
  }, [reload]);
  return [load, reload];
}

/** The loading line and the error notice every page here shows the same way. */
export function LoadStatus({ load, notFoundText, onRetry }: { load: Load<unknown>; notFoundText: string; onRetry: () => void }) {
  if (load.state === 'loading') {
    return (
      <p className="list-status" role="status">
        Loading…
      </p>
    );
  }
  if (load.state === 'error') {
    return (
      <div className="notice notice-error" role="alert">
        <p>{load.notFound ? notFoundText : load.message}</p>
        {!load.notFound && (
          <button type="button" className="button button-secondary" onClick={onRetry}>
            Try again
          </button>
        )}
      </div>
    );
  }
  return null;
}

const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "3 Mar 2026" in the viewer's zone: when something was created or used. */
export function formatDate(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : dateFormat.format(date);
}
