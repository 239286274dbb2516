import { useCallback, useEffect, useState } from 'react';
import { NetworkError } from '../api/client';
import { readCache, writeCache } from './db';
import { isSending, listQueue, subscribeQueue, syncQueue, type QueueItem } from './queue';

/** While items wait, try again this often (besides the online event and app start). */
export const RETRY_MS = 30_000;

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const up = () => setOnline(true);
    const down = () => setOnline(false);
    window.addEventListener('online', up);
    window.addEventListener('offline', down);
    return () => {
      window.removeEventListener('online', up);
      window.removeEventListener('offline', down);
    };
  }, []);
  return online;
}

export interface QueueView {
  items: QueueItem[];
  waiting: number;
  sending: number;
  needsFixing: number;
  loaded: boolean;
}

/** The owner's queue, re-read whenever it changes. */
export function useQueue(owner: string | null): QueueView {
  const [items, setItems] = useState<QueueItem[]>([]);
  const [loaded, setLoaded] = useState(false);
  const [, setTick] = useState(0);
  useEffect(() => {
    if (!owner) return;
    let live = true;
    const read = () => {
      void listQueue(owner).then((list) => {
        if (!live) return;
        setItems(list);
        setLoaded(true);
        setTick((n) => n + 1); // the sending set changed even when the list did not
      });
    };
    read();
    const unsubscribe = subscribeQueue(read);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [owner]);
  const waitingItems = items.filter((i) => i.state === 'waiting');
  return {
    items,
    waiting: waitingItems.length,
    sending: waitingItems.filter((i) => isSending(i.key)).length,
    needsFixing: items.filter((i) => i.state === 'needs-fixing').length,
    loaded,
  };
}

/**
 * Send what waits: on start, when the browser comes back online, and every RETRY_MS while
 * something still waits. `canSend` is false until the session is confirmed (an app opened
 * offline knows its owner from the last session but must not send before signing in again).
 */
export function useSyncLoop(owner: string | null, canSend: boolean, waiting: number): void {
  useEffect(() => {
    if (!owner || !canSend) return;
    const sync = () => void syncQueue(owner);
    sync();
    window.addEventListener('online', sync);
    return () => window.removeEventListener('online', sync);
  }, [owner, canSend]);
  useEffect(() => {
    if (!owner || !canSend || waiting === 0) return;
    const timer = window.setInterval(() => void syncQueue(owner), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [owner, canSend, waiting]);
}

export type Loaded<T> =
  | { state: 'loading' }
  | { state: 'error'; error: unknown; retry: () => void }
  | { state: 'ready'; data: T; offline: boolean; savedAt: string | null; retry: () => void };

/**
 * Load from the server and keep a copy; without a network, show the copy (and say so).
 * Server errors (NOT_FOUND …) are shown as errors, never hidden behind an old copy.
 */
export function useCachedQuery<T>(owner: string | null, key: string, fetcher: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  useEffect(() => {
    if (!owner) return;
    let live = true;
    setState({ state: 'loading' });
    void (async () => {
      try {
        const data = await fetcher();
        await writeCache(owner, key, data).catch(() => undefined);
        if (live) setState({ state: 'ready', data, offline: false, savedAt: null, retry });
      } catch (error) {
        const copy = error instanceof NetworkError ? await readCache<T>(owner, key).catch(() => null) : null;
        if (!live) return;
        if (copy) setState({ state: 'ready', data: copy.data, offline: true, savedAt: copy.savedAt, retry });
        else setState({ state: 'error', error, retry });
      }
    })();
    return () => {
      live = false;
    };
    // The fetcher is rebuilt each render; the key names what it fetches, so it is not a dependency.
  }, [owner, key, attempt, retry]);
  return state;
}
