import { useCallback, useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';

/** How long typing must pause before a search box's text is applied. */
export const SEARCH_DEBOUNCE_MS = 300;

/**
 * Change some of the address's query parameters (null or '' removes one), keeping the others.
 * It replaces the history entry: filters typed in are not a page of their own for Back.
 */
export function useUpdateParams(): (changes: Record<string, string | null>) => void {
  const [, setParams] = useSearchParams();
  return useCallback(
    (changes: Record<string, string | null>) => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );
}

/**
 * Apply a search box's trimmed text once typing pauses, unless it is already `applied`, so a
 * list follows the box without a request per keystroke. `apply` must be stable (a state setter
 * or a useCallback).
 */
export function useDebouncedSearch(text: string, applied: string, apply: (text: string) => void): void {
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === applied) return;
    const timer = window.setTimeout(() => apply(trimmed), SEARCH_DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text, applied, apply]);
}
