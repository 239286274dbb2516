import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../test/fakeServer';
import { resetObserverDb } from './db';
import { enqueue, listQueue, readSent, syncQueue, type QueueItem } from './queue';
import { refused, stored } from './ObserverTestData';

function report(key: string, overrides: Partial<QueueItem> = {}): QueueItem {
  return {
    kind: 'report',
    key,
    owner: 'u-obs',
    missionId: 'm1',
    createdAt: `2026-03-14T08:00:0${key.length % 10}Z`,
    state: 'waiting',
    errors: [],
    attempts: 0,
    input: { idempotencyKey: key, formId: 'f1', locationId: 'loc1', formVersion: 2, answers: [{ question: 'AA', value: 'yes' }] },
    ...overrides,
  } as QueueItem;
}

function offline() {
  const fetchMock = vi.fn(async () => {
    throw new TypeError('Failed to fetch');
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

describe('the submission queue', () => {
  beforeEach(async () => {
    await resetObserverDb();
  });

  it('keeps an enqueued report without touching the network', async () => {
    const fetchMock = offline();
    await enqueue(report('key-0001'));
    expect(fetchMock).not.toHaveBeenCalled();
    expect((await listQueue('u-obs')).map((i) => i.key)).toEqual(['key-0001']);
    expect(await listQueue('someone-else')).toEqual([]);
  });

  it('sends waiting items with their keys and removes them once the server stored them', async () => {
    const server = stubGraphQL({ SubmitReport: (v) => stored((v as { input: { idempotencyKey: string } }).input) });
    await enqueue(report('key-0001'));
    await enqueue(report('key-00002'));

    const result = await syncQueue('u-obs');

    expect(result).toEqual({ sent: 2, refused: 0, interrupted: false });
    expect(server.callsFor('SubmitReport').map((c) => (c.variables.input as { idempotencyKey: string }).idempotencyKey)).toEqual([
      'key-0001',
      'key-00002',
    ]);
    expect(await listQueue('u-obs')).toEqual([]);
    expect((await readSent('u-obs', 'm1')).map((s) => [s.locationId, s.formId])).toEqual([['loc1', 'f1']]);
  });

  it('keeps the item waiting when the network fails, and stops trying the rest', async () => {
    const fetchMock = offline();
    await enqueue(report('key-0001'));
    await enqueue(report('key-00002'));

    const result = await syncQueue('u-obs');

    expect(result).toEqual({ sent: 0, refused: 0, interrupted: true });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const items = await listQueue('u-obs');
    expect(items.map((i) => [i.key, i.state, i.attempts])).toEqual([
      ['key-0001', 'waiting', 1],
      ['key-00002', 'waiting', 0],
    ]);
  });

  it('marks an item refused with field errors as needing a fix, and does not send it again', async () => {
    const server = stubGraphQL({ SubmitReport: () => refused('answers.AB', 'At most 900.') });
    await enqueue(report('key-0001'));

    expect(await syncQueue('u-obs')).toEqual({ sent: 0, refused: 1, interrupted: false });
    const [item] = await listQueue('u-obs');
    expect(item?.state).toBe('needs-fixing');
    expect(item?.errors).toEqual([{ field: 'answers.AB', message: 'At most 900.', code: 'INVALID' }]);

    await syncQueue('u-obs');
    expect(server.callsFor('SubmitReport')).toHaveLength(1);
  });

  it('sends the same key again after a failed attempt, so the server can dedupe the retry', async () => {
    offline();
    await enqueue(report('key-retry-1'));
    // Queued twice under one key (a double tap): still one item.
    await enqueue(report('key-retry-1'));
    await syncQueue('u-obs');
    expect(await listQueue('u-obs')).toHaveLength(1);

    const server = stubGraphQL({ SubmitReport: (v) => stored((v as { input: { idempotencyKey: string } }).input) });
    await syncQueue('u-obs');

    const keys = server.callsFor('SubmitReport').map((c) => (c.variables.input as { idempotencyKey: string }).idempotencyKey);
    expect(keys).toEqual(['key-retry-1']);
    expect(await listQueue('u-obs')).toEqual([]);
  });

  it('sends incidents with their own mutation and key', async () => {
    const server = stubGraphQL({
      ReportIncident: () => ({ data: { reportIncident: { incident: { id: 'i1', status: 'NEW' }, errors: [] } } }),
    });
    await enqueue({
      kind: 'incident',
      key: 'incident-key-1',
      owner: 'u-obs',
      missionId: 'm1',
      createdAt: '2026-03-14T09:00:00Z',
      state: 'waiting',
      errors: [],
      attempts: 0,
      input: {
        idempotencyKey: 'incident-key-1',
        missionId: 'm1',
        locationId: 'loc1',
        category: 'VIOLENCE',
        severity: 'CRITICAL',
        description: 'Fight at the door',
        occurredAt: '2026-03-14T08:55:00.000Z',
      },
    });
    expect(await syncQueue('u-obs')).toEqual({ sent: 1, refused: 0, interrupted: false });
    expect(server.callsFor('ReportIncident')[0]?.variables.input).toMatchObject({ idempotencyKey: 'incident-key-1', severity: 'CRITICAL' });
  });
});
