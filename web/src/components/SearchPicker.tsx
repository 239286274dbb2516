import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/client';

export interface PickItem {
  id: string;
  name: string;
}

const DEBOUNCE_MS = 250;

/**
 * A search box whose results are buttons ("Add Ama Mensah"). Used for speakers,
 * co-hosts and "register someone"; the caller decides what a pick does.
 */
export function SearchPicker<T extends PickItem = PickItem>({
  label,
  actionLabel,
  search,
  onPick,
  excludeIds = [],
  placeholder = 'Type part of the name',
  hint,
  detail,
}: {
  label: string;
  /** Verb on each result button, e.g. "Add" or "Register". */
  actionLabel: string;
  search: (text: string) => Promise<T[]>;
  onPick: (item: T) => void;
  excludeIds?: readonly string[];
  placeholder?: string;
  hint?: string;
  /** A second line under the name (e.g. organization and masked email), part of the button's name. */
  detail?: (item: T) => string;
}) {
  const id = useId();
  const [text, setText] = useState('');
  const [results, setResults] = useState<T[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);
  const searchRef = useRef(search);
  searchRef.current = search;

  useEffect(() => {
    const query = text.trim();
    if (!query) {
      setResults(null);
      return;
    }
    const mine = ++seq.current;
    const timer = window.setTimeout(() => {
      searchRef
        .current(query)
        .then((items) => {
          if (mine === seq.current) {
            setResults(items);
            setError(null);
          }
        })
        .catch((err: unknown) => {
          if (mine === seq.current) setError(errorMessage(err));
        });
    }, DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const shown = (results ?? []).filter((item) => !excludeIds.includes(item.id));

  return (
    <div className="picker">
      <label htmlFor={`${id}-search`}>{label}</label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <input
        id={`${id}-search`}
        type="search"
        autoComplete="off"
        value={text}
        placeholder={placeholder}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // Enter must not submit the surrounding form.
          if (e.key === 'Enter') e.preventDefault();
        }}
      />
      <div role="status" aria-live="polite" className="picker-status">
        {error ?? (results !== null && shown.length === 0 ? 'No matches.' : '')}
      </div>
      {shown.length > 0 && (
        <ul className="picker-results" aria-label={`Matches for ${label.toLowerCase()}`}>
          {shown.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className="button button-secondary button-small"
                onClick={() => {
                  onPick(item);
                  setText('');
                  setResults(null);
                }}
              >
                {actionLabel} {item.name}
                {detail && <span className="picker-detail">{detail(item)}</span>}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Picked items as removable chips. */
export function PickedList({ items, label, onRemove }: { items: readonly PickItem[]; label: string; onRemove: (id: string) => void }) {
  if (items.length === 0) return <p className="muted picked-none">No {label.toLowerCase()} yet.</p>;
  return (
    <ul className="picked" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="chip">
          <span>{item.name}</span>
          <button type="button" className="chip-remove" onClick={() => onRemove(item.id)} aria-label={`Remove ${item.name}`}>
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
