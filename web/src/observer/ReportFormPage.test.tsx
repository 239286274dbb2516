import 'fake-indexeddb/auto';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { resetObserverDb } from './db';
import { enqueue, listQueue } from './queue';
import { assignmentsData, formData, MISSION, OBSERVER, refused, reportsData, stored } from './ObserverTestData';

const PATH = '/observe/m1/report/loc1/f1';

function observerServer(submit: (v: Record<string, unknown>) => unknown = (v) => stored(v.input as { idempotencyKey: string })) {
  return stubGraphQL({
    Viewer: () => ({ data: { me: OBSERVER } }),
    ObserverMe: () => ({ data: { me: { id: OBSERVER.id, preferredLanguage: 'en' } } }),
    ObserverMissions: () => ({ data: { missions: [MISSION, { ...MISSION, id: 'm2', name: 'Coordinated elsewhere', myRole: 'COORDINATOR' }] } }),
    ObserverForm: formData,
    MyAssignments: assignmentsData,
    MyReports: () => reportsData(),
    SubmitReport: submit,
  });
}

function form() {
  return within(screen.getByRole('form', { name: 'Opening checklist' }));
}

describe('the observer report form', () => {
  beforeEach(async () => {
    await resetObserverDb();
  });

  it('renders every question type with its code, required mark and the right input', async () => {
    observerServer();
    renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: 'Opening checklist' });

    const openedOnTime = form().getByRole('group', { name: 'AA Did the station open on time? (required)' });
    expect(within(openedOnTime).getByRole('radio', { name: 'Yes' })).toBeInTheDocument();
    expect(within(openedOnTime).getByRole('radio', { name: 'No' })).toBeInTheDocument();

    const queue = form().getByRole('textbox', { name: 'AB Voters in the queue' });
    expect(queue).toHaveAttribute('inputmode', 'numeric');
    expect(form().getByText('From 0 to 900')).toBeInTheDocument();

    const opener = form().getByRole('group', { name: 'AC Who opened the station?' });
    expect(within(opener).getAllByRole('radio').map((r) => r.getAttribute('value'))).toEqual(['1', '2']);
    const missing = form().getByRole('group', { name: 'AD Which materials were missing?' });
    expect(within(missing).getAllByRole('checkbox')).toHaveLength(3);
    expect(form().getByRole('textbox', { name: 'AE Remarks' }).tagName).toBe('TEXTAREA');
    expect(form().getByLabelText('AF Opening time')).toHaveAttribute('type', 'time');
    expect(screen.getByText('Central School')).toBeInTheDocument();
  });

  it('blocks a report with a required answer missing or a number out of range, and queues nothing', async () => {
    const server = observerServer();
    const user = userEvent.setup();
    renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: 'Opening checklist' });

    await user.type(form().getByRole('textbox', { name: 'AB Voters in the queue' }), '1200');
    await user.click(form().getByRole('button', { name: 'Send report' }));

    expect(await form().findByText('Please answer this question.')).toBeInTheDocument();
    expect(form().getByText('Enter a number from 0 to 900.')).toBeInTheDocument();
    expect(form().getByRole('group', { name: /AA Did the station/ })).toHaveAttribute('aria-invalid', 'true');
    expect(form().getByRole('alert')).toHaveTextContent('Please check the marked answers.');
    expect(server.callsFor('SubmitReport')).toHaveLength(0);
    expect(await listQueue(OBSERVER.id)).toEqual([]);
  });

  it('queues a valid report with a fresh key, sends it, and shows it as sent', async () => {
    const server = observerServer();
    const user = userEvent.setup();
    const view = renderApp(PATH);
    await screen.findByRole('heading', { level: 1, name: 'Opening checklist' });

    await user.click(form().getByRole('radio', { name: 'Yes' }));
    await user.type(form().getByRole('textbox', { name: 'AB Voters in the queue' }), '42');
    await user.click(form().getByRole('radio', { name: 'A deputy' }));
    await user.click(form().getByRole('checkbox', { name: 'Seals' }));
    await user.click(form().getByRole('checkbox', { name: 'Ballots' }));
    await user.click(form().getByRole('button', { name: 'Send report' }));

    await waitFor(() => expect(view.location()).toBe('/observe/m1'));
    await waitFor(() => expect(server.callsFor('SubmitReport')).toHaveLength(1));
    const input = server.callsFor('SubmitReport')[0]?.variables.input as Record<string, unknown>;
    expect(input).toMatchObject({
      formId: 'f1',
      locationId: 'loc1',
      formVersion: 2,
      answers: [
        { question: 'AA', value: 'yes' },
        { question: 'AB', value: '42' },
        { question: 'AC', value: '2' },
        { question: 'AD', choices: [1, 3] },
      ],
    });
    expect(String(input.idempotencyKey).length).toBeGreaterThanOrEqual(8);
    expect(await screen.findByText('All sent')).toBeInTheDocument();
    const station = await screen.findByRole('listitem', { name: /Central School/ });
    await waitFor(() => expect(within(station).getByText('Sent')).toBeInTheDocument());
  });

  it('shows the server field errors next to their questions when a refused report is reopened', async () => {
    observerServer(() => refused('answers.AB', 'More voters in the queue than registered.'));
    await enqueue({
      kind: 'report',
      key: 'refused-key-1',
      owner: OBSERVER.id,
      missionId: 'm1',
      createdAt: '2026-03-14T08:00:00Z',
      state: 'needs-fixing',
      errors: [{ field: 'answers.AB', message: 'More voters in the queue than registered.', code: 'INVALID' }],
      attempts: 1,
      input: { idempotencyKey: 'refused-key-1', formId: 'f1', locationId: 'loc1', formVersion: 2, answers: [{ question: 'AB', value: '800' }] },
    });
    renderApp('/observe/m1');

    expect(await screen.findByText('1 needs fixing')).toBeInTheDocument();
    const station = await screen.findByRole('listitem', { name: /Central School/ });
    await userEvent.click(within(station).getByRole('link', { name: 'Opening checklist' }));

    await screen.findByRole('form', { name: 'Opening checklist' });
    const queue = form().getByRole('textbox', { name: 'AB Voters in the queue' });
    await waitFor(() => expect(queue).toHaveValue('800'));
    expect(queue).toHaveAccessibleDescription(/More voters in the queue than registered\./);
  });

  it('lists only the missions where I observe', async () => {
    observerServer();
    renderApp('/observe');
    expect(await screen.findByRole('link', { name: 'Ruritania general election' })).toHaveAttribute('href', '/observe/m1');
    expect(screen.queryByText('Coordinated elsewhere')).not.toBeInTheDocument();
    expect(screen.getByText('Election day')).toBeInTheDocument();
  });
});
