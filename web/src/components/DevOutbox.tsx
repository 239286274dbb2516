import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { errorMessage } from '../api/client';

export const POLL_INTERVAL_MS = 3000;

export const UNAVAILABLE_TEXT = 'The development mailbox is available only in the embedded default, from this machine.';

export type OutboxState<T> =
  | { phase: 'loading' }
  | { phase: 'unavailable' }
  | { phase: 'loaded'; items: T[]; error: string | null }
  | { phase: 'error'; message: string };

/**
 * Read a development outbox now, on "Refresh", and every few seconds while the
 * tab is visible (the demo waits here for an invitation or a code to arrive).
 * `load` resolves to null when the server does not offer the outbox.
 */
export function usePolledOutbox<T extends { createdAt: string }>(load: () => Promise<T[] | null>) {
  const [state, setState] = useState<OutboxState<T>>({ phase: 'loading' });
  const inFlight = useRef(false);
  const mounted = useRef(true);
  const loadRef = useRef(load);
  loadRef.current = load;

  const refresh = useCallback(async () => {
    if (inFlight.current) return; // a slow answer must not pile requests up
    inFlight.current = true;
    try {
      const items = await loadRef.current();
      if (!mounted.current) return;
      if (items === null) {
        setState({ phase: 'unavailable' });
      } else {
        // Newest first, whatever order the server used.
        const sorted = [...items].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
        setState({ phase: 'loaded', items: sorted, error: null });
      }
    } catch (err) {
      if (!mounted.current) return;
      const message = errorMessage(err);
      // Keep what is on screen; say the last check failed.
      setState((previous) => (previous.phase === 'loaded' ? { ...previous, error: message } : { phase: 'error', message }));
    } finally {
      inFlight.current = false;
    }
  }, []);

  useEffect(() => {
    mounted.current = true;
    void refresh();
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'hidden') void refresh();
    }, POLL_INTERVAL_MS);
    return () => {
      mounted.current = false;
      window.clearInterval(timer);
    };
  }, [refresh]);

  return { state, refresh };
}

// Links end before spaces, quotes and angle brackets; trailing punctuation belongs to the sentence.
const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;
const TRAILING_PUNCTUATION = /[.,;:!?)\]]+$/;
const CODE_PATTERN = /\b\d{6}\b/g;
// Account pages reached from messages; offered on this origin too when the link names another host.
const APP_PATHS = /^\/(join|reset-password)\//;

/**
 * Plain text with its links made clickable (and, for SMS, six-digit codes set
 * apart so one click selects them). Text is rendered as text, never as HTML.
 */
export function LinkifiedText({ text, highlightCodes = false }: { text: string; highlightCodes?: boolean }) {
  const parts: ReactNode[] = [];
  let last = 0;
  let key = 0;
  const plain = (chunk: string) => {
    if (!chunk) return;
    if (!highlightCodes) {
      parts.push(chunk);
      return;
    }
    let at = 0;
    for (const match of chunk.matchAll(CODE_PATTERN)) {
      parts.push(chunk.slice(at, match.index));
      parts.push(
        <span key={`code-${key++}`} className="dev-code">
          {match[0]}
        </span>,
      );
      at = match.index + match[0].length;
    }
    parts.push(chunk.slice(at));
  };
  for (const match of text.matchAll(URL_PATTERN)) {
    const url = match[0].replace(TRAILING_PUNCTUATION, '');
    plain(text.slice(last, match.index));
    parts.push(<MessageLink key={`link-${key++}`} url={url} />);
    last = match.index + url.length;
  }
  plain(text.slice(last));
  return <>{parts}</>;
}

function MessageLink({ url }: { url: string }) {
  let here: string | null = null;
  try {
    const parsed = new URL(url);
    if (parsed.origin !== window.location.origin && APP_PATHS.test(parsed.pathname)) here = parsed.pathname + parsed.search;
  } catch {
    here = null;
  }
  return (
    <>
      <a className="dev-link" href={url} rel="noreferrer">
        {url}
      </a>
      {here && (
        <>
          {' '}
          <Link className="dev-link-here" to={here} rel="noreferrer">
            (open on this site)
          </Link>
        </>
      )}
    </>
  );
}

export function OutboxToolbar({ count, noun, onRefresh }: { count: number | null; noun: [string, string]; onRefresh: () => void }) {
  return (
    <div className="dev-toolbar">
      <p className="list-status" role="status" aria-live="polite">
        {count === null ? 'Loading…' : `${count} ${count === 1 ? noun[0] : noun[1]}, newest first. Checks for new ones every 3 seconds.`}
      </p>
      <button type="button" className="button button-secondary" onClick={onRefresh}>
        Refresh
      </button>
    </div>
  );
}
