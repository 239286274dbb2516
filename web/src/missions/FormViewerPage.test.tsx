import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { form, missionResponse, notFound } from './MissionsTestData';

// The whole app renders for each test; on a busy machine the first page can take a while.
configure({ asyncUtilTimeout: 5000 });

const texts = (en: string, fr: string, es: string, ar: string) => [
  { language: 'en', text: en },
  { language: 'fr', text: fr },
  { language: 'es', text: es },
  { language: 'ar', text: ar },
];

function version(number: number) {
  return {
    number,
    createdAt: '2026-11-01T09:00:00Z',
    questions: [
      { code: 'AA', type: 'YES_NO', labels: texts('Did the station open on time?', 'Le bureau a-t-il ouvert à l’heure ?', '¿Abrió a tiempo?', 'هل فتح المركز في الوقت المحدد؟'), required: true, min: null, max: null, maxLength: 200, options: [] },
      { code: 'AB', type: 'INTEGER', labels: [{ language: 'en', text: 'Ballots cast' }], required: false, min: 0, max: 5000, maxLength: 200, options: [] },
      {
        code: 'AC',
        type: 'SINGLE_CHOICE',
        labels: texts('Queue', 'File', 'Fila', 'الطابور'),
        required: false,
        min: null,
        max: null,
        maxLength: 200,
        options: [
          { value: 1, labels: texts('Short', 'Courte', 'Corta', 'قصير') },
          { value: 2, labels: texts('Long', 'Longue', 'Larga', 'طويل') },
        ],
      },
      { code: 'AD', type: 'TEXT', labels: [{ language: 'en', text: 'Remarks' }], required: false, min: null, max: null, maxLength: 500, options: [] },
    ],
    rules: [
      { code: 'R1', severity: 'FLAG', expression: 'AB <= @registered_voters', en: 'More ballots than voters', fr: 'Plus de bulletins que d’électeurs', es: 'Más boletas que votantes', ar: 'أوراق أكثر من الناخبين' },
    ],
  };
}

function viewer(number: number | null) {
  return {
    data: {
      form: {
        ...form(0, { name: 'Opening checklist' }),
        missionId: 'mission-1',
        names: texts('Opening checklist', 'Liste d’ouverture', 'Lista de apertura', 'قائمة الافتتاح'),
        currentVersion: 2,
        versions: [
          { number: 1, createdAt: '2026-10-01T09:00:00Z' },
          { number: 2, createdAt: '2026-11-01T09:00:00Z' },
        ],
        version: version(number ?? 2),
      },
    },
  };
}

describe('MissionFormsPage', () => {
  it('lists the forms with their codes and kinds, linking to the viewer', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse(),
      MissionForms: (variables) => ({
        data: {
          missionForms: variables.includeArchived
            ? [form(0, { name: 'Opening' }), form(1, { name: 'Counting', kind: 'RESULTS', archived: true })]
            : [form(0, { name: 'Opening' })],
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/missions/mission-1/forms');
    const table = await screen.findByRole('table', { name: 'Forms' });
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('OPOpeningChecklist1');
    expect(within(table).getByRole('link', { name: 'Opening' })).toHaveAttribute('href', '/missions/mission-1/forms/form-0');
    await user.click(screen.getByLabelText('Show archived forms'));
    expect(await screen.findByText('Counting')).toBeInTheDocument();
    expect(screen.getByText('Archived')).toBeInTheDocument();
    expect(server.callsFor('MissionForms').at(-1)!.variables).toEqual({ missionId: 'mission-1', includeArchived: true });
  });

  it('lets a coordinator add the standard forms, then lists them', async () => {
    let added = false;
    const server = stubGraphQL({
      Viewer: signedIn,
      Mission: missionResponse({ myRole: 'COORDINATOR' }),
      MissionForms: () => ({
        data: { missionForms: added ? [form(0, { code: 'CK', name: 'Opening checklist' }), form(2, { code: 'RS', name: 'Closing and counting', kind: 'RESULTS' })] : [] },
      }),
      AddStandardForms: () => {
        added = true;
        return { data: { addStandardForms: { forms: [{ id: 'form-0', code: 'CK' }, { id: 'form-2', code: 'RS' }], errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/missions/mission-1/forms');
    await user.click(await screen.findByRole('button', { name: 'Add the standard forms' }));
    expect(await screen.findByText('Added 2 forms.')).toBeInTheDocument();
    expect(await screen.findByRole('link', { name: 'Closing and counting' })).toBeInTheDocument();
    expect(server.callsFor('AddStandardForms')[0]!.variables).toEqual({ missionId: 'mission-1' });
  });

  it('offers no standard forms to an analyst', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: missionResponse({ myRole: 'ANALYST' }), MissionForms: () => ({ data: { missionForms: [] } }) });
    renderApp('/missions/mission-1/forms');
    expect(await screen.findByText(/no forms/i)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Add the standard forms' })).not.toBeInTheDocument();
  });
});

describe('FormViewerPage', () => {
  it('shows each question with its code, type, label, options and checks, and the rules', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: missionResponse(), FormViewer: (v) => viewer(v.number as number | null) });
    renderApp('/missions/mission-1/forms/form-0');
    expect(await screen.findByRole('heading', { level: 1, name: 'OP · Opening checklist' })).toBeInTheDocument();

    const aa = within(screen.getByRole('listitem', { name: 'AA' }));
    expect(aa.getByText('Yes / no')).toBeInTheDocument();
    expect(aa.getByText('Did the station open on time?')).toBeInTheDocument();
    expect(aa.getByText('Required')).toBeInTheDocument();
    expect(within(screen.getByRole('listitem', { name: 'AB' })).getByText('From 0 to 5000')).toBeInTheDocument();
    const ac = within(screen.getByRole('listitem', { name: 'AC' }));
    expect(within(ac.getByRole('list', { name: 'Options' })).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['1 Short', '2 Long']);
    expect(within(screen.getByRole('listitem', { name: 'AD' })).getByText('Up to 500 characters')).toBeInTheDocument();

    const rule = within(screen.getByRole('table', { name: 'Checks' })).getAllByRole('row')[1]!;
    expect(rule).toHaveTextContent('R1AB <= @registered_votersFlag: accepted and flaggedMore ballots than voters');
  });

  it('shows labels in the chosen language, Arabic right to left, English where a translation is missing', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: missionResponse(), FormViewer: (v) => viewer(v.number as number | null) });
    const user = userEvent.setup();
    renderApp('/missions/mission-1/forms/form-0');
    await screen.findByRole('listitem', { name: 'AA' });
    await user.selectOptions(screen.getByLabelText('Labels in'), 'ar');

    const label = screen.getByText('هل فتح المركز في الوقت المحدد؟');
    expect(label).toHaveAttribute('dir', 'rtl');
    expect(label).toHaveAttribute('lang', 'ar');
    expect(screen.getByText('قصير')).toHaveAttribute('dir', 'rtl');
    expect(screen.getByText('أوراق أكثر من الناخبين')).toHaveAttribute('dir', 'rtl');
    const fallback = screen.getByText('Ballots cast');
    expect(fallback).toHaveAttribute('lang', 'en');
    expect(fallback).toHaveAttribute('dir', 'ltr');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('OP · قائمة الافتتاح');

    await user.selectOptions(screen.getByLabelText('Labels in'), 'fr');
    expect(screen.getByText('Le bureau a-t-il ouvert à l’heure ?')).toHaveAttribute('dir', 'ltr');
  });

  it('lists the versions and opens an older one', async () => {
    const server = stubGraphQL({ Viewer: signedIn, Mission: missionResponse(), FormViewer: (v) => viewer(v.number as number | null) });
    const user = userEvent.setup();
    renderApp('/missions/mission-1/forms/form-0');
    const versions = within(await screen.findByRole('region', { name: 'Versions' }));
    expect(versions.getByText('Version 2')).toHaveAttribute('aria-current', 'true');
    expect(versions.getByText(/current/)).toBeInTheDocument();
    await user.click(versions.getByRole('button', { name: 'Version 1' }));
    expect(await screen.findByRole('heading', { name: 'Questions (version 1)' })).toBeInTheDocument();
    expect(server.callsFor('FormViewer').map((c) => c.variables.number)).toEqual([null, 1]);
    await waitFor(() => expect(versions.getByText('Version 1')).toHaveAttribute('aria-current', 'true'));
  });

  it('answers a hidden form like a missing one', async () => {
    stubGraphQL({ Viewer: signedIn, Mission: missionResponse(), FormViewer: () => notFound('No such form.') });
    renderApp('/missions/mission-1/forms/form-9');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no such form, or you may not see it.');
  });
});
