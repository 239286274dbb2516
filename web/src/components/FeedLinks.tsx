import { useEffect, useId, useRef, useState } from 'react';
import { copyText, subscribeLinks } from '../lib/calendarLinks';
import './feeds.css';

/*
 * The pieces every feed shows: subscribe links (calendar app, Google, Outlook) and
 * a read-only address with a Copy button. Links leaving the site carry
 * rel="noreferrer noopener": a private feed's address holds its token, and the
 * page it is shown on must not travel to another site in a Referer header (the
 * server also sends Referrer-Policy: no-referrer).
 */

export const EXTERNAL_REL = 'noreferrer noopener';

interface SubscribeListProps {
  /** The feed's https address (as the server gives it). */
  url: string;
  /** The calendar's name, for Outlook and for the links' accessible names. */
  name: string;
  /** Also offer the .ics file for download (a single event). */
  download?: boolean;
}

/** Subscribe links for one feed; each link's accessible name says which feed it is. */
export function SubscribeList({ url, name, download = false }: SubscribeListProps) {
  const links = subscribeLinks(url, name);
  // The visible text is the same for every feed on a page; the hidden part tells them apart.
  const of = <span className="visually-hidden">({name})</span>;
  const ofNewTab = <span className="visually-hidden">({name}, opens in a new tab)</span>;
  return (
    <ul className="subscribe-list">
      {download && (
        <li>
          <a href={links.https} download rel={EXTERNAL_REL}>
            Download .ics {of}
          </a>
        </li>
      )}
      <li>
        <a href={links.webcal} rel={EXTERNAL_REL}>
          Subscribe in your calendar app (webcal) {of}
        </a>
      </li>
      <li>
        <a href={links.google} target="_blank" rel={EXTERNAL_REL}>
          Subscribe in Google Calendar {ofNewTab}
        </a>
      </li>
      <li>
        <a href={links.outlook} target="_blank" rel={EXTERNAL_REL}>
          Subscribe in Outlook {ofNewTab}
        </a>
      </li>
    </ul>
  );
}

/** A read-only address with a Copy button; when the browser refuses, the text is selected instead. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [note, setNote] = useState('');

  // A new value (another feed) clears the "Copied" note of the previous one.
  useEffect(() => setNote(''), [value]);

  async function copy() {
    if (await copyText(value)) {
      setNote('Copied.');
    } else {
      input.current?.select();
      setNote('Press Ctrl+C (⌘C on a Mac) to copy the selected address.');
    }
  }

  return (
    <div className="field copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input id={id} ref={input} type="text" readOnly value={value} onFocus={(e) => e.currentTarget.select()} spellCheck={false} />
        <button type="button" className="button button-secondary" onClick={() => void copy()}>
          Copy <span className="visually-hidden">{label.toLowerCase()}</span>
        </button>
      </div>
      <p className="muted copy-note" role="status" aria-live="polite">
        {note}
      </p>
    </div>
  );
}

/** A small disclosure with a feed's subscribe links and copyable address (organization rows). */
export function FeedMenu({ url, name, label }: { url: string; name: string; label: string }) {
  // The body is built only when opened: a long table then holds one summary per row, not
  // a copy field and its status region each.
  const [open, setOpen] = useState(false);
  return (
    <details className="feed-menu" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {label} <span className="visually-hidden">of {name}</span>
      </summary>
      {open && (
        <div className="feed-menu-body">
          <SubscribeList url={url} name={name} />
          <CopyField label="Feed address" value={url} />
        </div>
      )}
    </details>
  );
}
