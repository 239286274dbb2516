import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { resetObserverDb } from './db';
import { listQueue } from './queue';
import { assignmentsData, OBSERVER } from './ObserverTestData';

function server(reportIncident: () => unknown) {
  return stubGraphQL({
    Viewer: () => ({ data: { me: OBSERVER } }),
    ObserverMe: () => ({ data: { me: { id: OBSERVER.id, preferredLanguage: 'en' } } }),
    MyAssignments: assignmentsData,
    MyReports: () => ({ data: { missionReports: { totalCount: 0, nodes: [] } } }),
    ReportIncident: reportIncident,
  });
}

describe('the incident page', () => {
  beforeEach(async () => {
    await resetObserverDb();
  });

  it('asks for the category, severity and description before queueing anything', async () => {
    const fake = server(() => ({ data: { reportIncident: { incident: { id: 'i1', status: 'NEW' }, errors: [] } } }));
    renderApp('/observe/m1/incident');
    await userEvent.click(await screen.findByRole('button', { name: 'Send incident' }));
    expect(screen.getAllByText('Please answer this question.')).toHaveLength(3);
    expect(screen.getByRole('combobox', { name: 'What kind of incident' })).toHaveAttribute('aria-invalid', 'true');
    expect(fake.callsFor('ReportIncident')).toHaveLength(0);
    expect(await listQueue(OBSERVER.id)).toEqual([]);
  });

  it('sends the time read in the mission’s zone, with the only station chosen and a fresh key', async () => {
    const fake = server(() => ({ data: { reportIncident: { incident: { id: 'i1', status: 'NEW' }, errors: [] } } }));
    const user = userEvent.setup();
    const view = renderApp('/observe/m1/incident');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'What kind of incident' }), 'VOTE_BUYING');
    await user.click(screen.getByRole('radio', { name: 'Critical' }));
    expect(screen.getByRole('combobox', { name: 'Polling station' })).toHaveValue('loc1');
    const when = screen.getByLabelText('When it happened');
    await user.clear(when);
    await user.type(when, '2026-03-14T09:30');
    await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'Money handed out in the queue.');
    await user.click(screen.getByRole('button', { name: 'Send incident' }));

    await waitFor(() => expect(view.location()).toBe('/observe/m1'));
    await waitFor(() => expect(fake.callsFor('ReportIncident')).toHaveLength(1));
    const input = fake.callsFor('ReportIncident')[0]?.variables.input as Record<string, unknown>;
    // Africa/Lagos is UTC+1 all year.
    expect(input).toMatchObject({
      missionId: 'm1',
      locationId: 'loc1',
      category: 'VOTE_BUYING',
      severity: 'CRITICAL',
      description: 'Money handed out in the queue.',
      occurredAt: '2026-03-14T08:30:00.000Z',
    });
    expect(String(input.idempotencyKey)).toMatch(/^[0-9a-f-]{32,36}$/);
    expect(await screen.findByText('Incident saved on this phone. It is sent as soon as there is a connection.')).toBeInTheDocument();
  });

  it('keeps the incident and says it waits while the network is down', async () => {
    vi.spyOn(navigator, 'onLine', 'get').mockReturnValue(false);
    // The session check answers; the incident itself finds no network.
    const fetchMock = vi.fn(async (_input: RequestInfo | URL, init: RequestInit = {}) => {
      const name = (JSON.parse(String(init.body)) as { operationName: string }).operationName;
      if (name === 'ReportIncident') throw new TypeError('Failed to fetch');
      const body = name === 'Viewer' ? { data: { me: OBSERVER } } : name === 'MyAssignments' ? assignmentsData() : { data: null };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderApp('/observe/m1/incident');
    await user.selectOptions(await screen.findByRole('combobox', { name: 'What kind of incident' }), 'OTHER');
    await user.click(screen.getByRole('radio', { name: 'Low' }));
    await user.type(screen.getByRole('textbox', { name: 'What happened' }), 'Lights went out.');
    await user.click(screen.getByRole('button', { name: 'Send incident' }));

    expect(await screen.findByText('1 waiting to send (offline)')).toBeInTheDocument();
    const [item] = await listQueue(OBSERVER.id);
    expect(item).toMatchObject({ kind: 'incident', state: 'waiting' });
  });
});
