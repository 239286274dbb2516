/**
 * The observer's offline storage (IndexedDB through `idb`): a cache of what the pages loaded
 * (missions, assignments, form versions, what was sent), and the queue of submissions waiting
 * for the network. Every entry names its owner (the account's user id), so a phone shared by
 * two observers never shows or sends one's data under the other's session.
 */
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { QueueItem } from './queueTypes';

export interface CacheEntry {
  key: string;
  owner: string;
  savedAt: string;
  data: unknown;
}

interface ObserverDB extends DBSchema {
  cache: { key: string; value: CacheEntry };
  queue: { key: string; value: QueueItem; indexes: { owner: string } };
}

const NAME = 'pluralis-observer';
let opening: Promise<IDBPDatabase<ObserverDB>> | null = null;

export function observerDb(): Promise<IDBPDatabase<ObserverDB>> {
  opening ??= openDB<ObserverDB>(NAME, 1, {
    upgrade(db) {
      db.createObjectStore('cache', { keyPath: 'key' });
      db.createObjectStore('queue', { keyPath: 'key' }).createIndex('owner', 'owner');
    },
  });
  return opening;
}

/** Tests: forget the open connection and every stored entry. */
export async function resetObserverDb(): Promise<void> {
  if (opening) (await opening).close();
  opening = null;
  await new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase(NAME);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    request.onblocked = () => resolve();
  });
}

function cacheKey(owner: string, key: string): string {
  return `${owner}|${key}`;
}

export async function readCache<T>(owner: string, key: string): Promise<{ data: T; savedAt: string } | null> {
  const entry = await (await observerDb()).get('cache', cacheKey(owner, key));
  return entry ? { data: entry.data as T, savedAt: entry.savedAt } : null;
}

export async function writeCache(owner: string, key: string, data: unknown): Promise<void> {
  const entry: CacheEntry = { key: cacheKey(owner, key), owner, savedAt: new Date().toISOString(), data };
  await (await observerDb()).put('cache', entry);
}
