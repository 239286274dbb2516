/**
 * The submission queue. A report or incident is written here, with its idempotency key,
 * BEFORE any network attempt, so closing the browser or losing the signal loses nothing.
 * `syncQueue` sends what waits; an item leaves the queue only once the server answered with
 * the stored report (or incident). Field errors mark it "needs fixing"; a failed network
 * keeps it waiting. Sending twice is safe: the server dedupes by key.
 */
import { gqlRequest, GraphQLRequestError, NetworkError } from '../api/client';
import { reportIncidentMutation, submitReportMutation } from '../api/observerOperations';
import type { PayloadError } from '../components/FormErrors';
import { observerDb, readCache, writeCache } from './db';
import type { QueueItem } from './queueTypes';

export type { QueueItem, QueueState } from './queueTypes';

type Listener = () => void;
const listeners = new Set<Listener>();
const sending = new Set<string>();

/** Pages re-read the queue when it changes (enqueue, send, fix). */
export function subscribeQueue(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function changed(): void {
  for (const listener of listeners) listener();
}

export function isSending(key: string): boolean {
  return sending.has(key);
}

/** A fresh idempotency key (crypto.randomUUID needs a secure context; fall back to random bytes). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function enqueue(item: QueueItem): Promise<void> {
  await (await observerDb()).put('queue', item);
  changed();
}

export async function listQueue(owner: string): Promise<QueueItem[]> {
  const items = await (await observerDb()).getAllFromIndex('queue', 'owner', owner);
  return items.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

export async function getQueued(key: string): Promise<QueueItem | undefined> {
  return (await observerDb()).get('queue', key);
}

export async function removeQueued(key: string): Promise<void> {
  await (await observerDb()).delete('queue', key);
  changed();
}

/** Reports the server holds, by "locationId/formId", remembered for offline views. */
export interface SentReport {
  formId: string;
  locationId: string;
  at: string;
}

const sentKey = (missionId: string) => `sent:${missionId}`;

export async function readSent(owner: string, missionId: string): Promise<SentReport[]> {
  return (await readCache<SentReport[]>(owner, sentKey(missionId)))?.data ?? [];
}

export async function rememberSent(owner: string, missionId: string, reports: readonly SentReport[]): Promise<void> {
  const known = await readSent(owner, missionId);
  const seen = new Set(known.map((r) => `${r.locationId}/${r.formId}`));
  const added = reports.filter((r) => !seen.has(`${r.locationId}/${r.formId}`));
  if (added.length > 0) await writeCache(owner, sentKey(missionId), [...known, ...added]);
}

type Outcome = { kind: 'stored' } | { kind: 'refused'; errors: PayloadError[] } | { kind: 'offline' };

async function send(item: QueueItem): Promise<Outcome> {
  try {
    if (item.kind === 'report') {
      const payload = (await gqlRequest(submitReportMutation, { input: item.input })).submitReport;
      if (payload.errors.length > 0) return { kind: 'refused', errors: payload.errors };
      return payload.report ? { kind: 'stored' } : { kind: 'offline' };
    }
    const payload = (await gqlRequest(reportIncidentMutation, { input: item.input })).reportIncident;
    if (payload.errors.length > 0) return { kind: 'refused', errors: payload.errors };
    return payload.incident ? { kind: 'stored' } : { kind: 'offline' };
  } catch (error) {
    // No answer, or the session is gone: keep it for the next attempt (after signing in).
    if (error instanceof NetworkError) return { kind: 'offline' };
    if (error instanceof GraphQLRequestError && (error.isUnauthenticated || error.status >= 500)) {
      return { kind: 'offline' };
    }
    // The server refused the request itself (a station or form no longer assigned): sending
    // it again cannot help, so the observer sees it and decides.
    const message = error instanceof Error ? error.message : String(error);
    return { kind: 'refused', errors: [{ field: null, code: 'REFUSED', message }] };
  }
}

export interface SyncResult {
  sent: number;
  refused: number;
  /** The network (or session) failed; what remains waits for the next attempt. */
  interrupted: boolean;
}

let running: Promise<SyncResult> | null = null;
let again = false;

/**
 * Send every waiting item of `owner`, oldest first. A call during a run shares it, and one
 * more run follows, so an item queued meanwhile is not left for the 30-second retry.
 */
export function syncQueue(owner: string): Promise<SyncResult> {
  if (running) {
    again = true;
    return running;
  }
  running = runSync(owner).finally(() => {
    running = null;
    if (again) {
      again = false;
      void syncQueue(owner);
    }
  });
  return running;
}

async function runSync(owner: string): Promise<SyncResult> {
  const result: SyncResult = { sent: 0, refused: 0, interrupted: false };
  for (const item of await listQueue(owner)) {
    if (item.state !== 'waiting') continue;
    sending.add(item.key);
    changed();
    let outcome: Outcome;
    try {
      outcome = await send(item);
    } finally {
      sending.delete(item.key);
    }
    await settle(item, outcome, result);
    if (result.interrupted) break;
  }
  changed();
  return result;
}

async function settle(item: QueueItem, outcome: Outcome, result: SyncResult): Promise<void> {
  const db = await observerDb();
  if (outcome.kind === 'stored') {
    if (item.kind === 'report') {
      const { formId, locationId } = item.input;
      await rememberSent(item.owner, item.missionId, [{ formId, locationId, at: new Date().toISOString() }]);
    }
    await db.delete('queue', item.key);
    result.sent += 1;
  } else if (outcome.kind === 'refused') {
    await db.put('queue', { ...item, state: 'needs-fixing', errors: outcome.errors, attempts: item.attempts + 1 });
    result.refused += 1;
  } else {
    await db.put('queue', { ...item, attempts: item.attempts + 1 });
    result.interrupted = true;
  }
}
