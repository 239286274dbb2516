import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { form, mission, MISSION_ID, questions, reportRow } from './testData';

// The pages load the session, the mission and their own data first: give a busy machine time.
configure({ asyncUtilTimeout: 5000 });

const PATH = `/missions/${MISSION_ID}/reports/r-2`;

function report(overrides: Record<string, unknown> = {}) {
  return {
    ...reportRow(2, { version: 2, status: 'FLAGGED' }),
    missionId: MISSION_ID,
    formVersion: 2,
    form: { ...form, version: { number: 2, questions } },
    flags: [{ code: 'QUEUE', question: 'AB', message: 'More voters in the queue than registered.' }],
    answers: [
      { question: 'AA', value: 'no', choices: null },
      { question: 'AB', value: '900', choices: null },
      { question: 'AC', value: '2', choices: null },
    ],
    versions: [
      {
        number: 1,
        formVersion: 2,
        submittedAt: '2027-08-09T04:05:00Z',
        channel: 'SMS',
        answers: [
          { question: 'AA', value: 'yes', choices: null },
          { question: 'AB', value: '900', choices: null },
        ],
      },
      {
        number: 2,
        formVersion: 2,
        submittedAt: '2027-08-09T04:20:00Z',
        channel: 'WEB',
        answers: [
          { question: 'AA', value: 'no', choices: null },
          { question: 'AB', value: '900', choices: null },
          { question: 'AC', value: '2', choices: null },
        ],
      },
    ],
    ...overrides,
  };
}

describe('ReportPage', () => {
  it('shows the answers, the rule flags and the version history with what changed highlighted', async () => {
    const server = stubGraphQL({ Viewer: signedIn, ReviewMission: mission, ReviewReport: () => ({ data: { report: report() } }) });
    renderApp(PATH);

    await screen.findByRole('heading', { level: 1, name: 'Opening checklist at NBO-014 · Kibera Primary School' });
    expect(server.callsFor('ReviewReport')[0]!.variables).toEqual({ id: 'r-2' });
    expect(screen.getByText('Observer', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Observer M3R8T');
    expect(screen.getByText('Submitted', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Mon 9 Aug 2027 07:05 (Nairobi)');

    const flags = within(screen.getByRole('region', { name: 'Flags' }));
    expect(flags.getByRole('listitem')).toHaveTextContent('QUEUE (AB) More voters in the queue than registered.');

    const answers = within(screen.getByRole('region', { name: 'Answers' }));
    expect(answers.getByRole('row', { name: /AA Did the station open on time\?/ })).toHaveTextContent('No');
    expect(answers.getByRole('row', { name: /AC Who was present\?/ })).toHaveTextContent('Party agents (2)');

    const history = within(screen.getByRole('region', { name: 'Version history' }));
    expect(history.getByRole('columnheader', { name: /Version 1/ })).toHaveTextContent('Mon 9 Aug 2027 07:05 · SMS');
    const aa = within(history.getByRole('row', { name: /^AA/ })).getAllByRole('cell');
    expect(aa[0]).toHaveTextContent('Yes');
    expect(aa[0]!.querySelector('mark')).toBeNull();
    expect(aa[1]!.querySelector('mark')).toHaveTextContent('No (changed)');
    const ab = within(history.getByRole('row', { name: /^AB/ })).getAllByRole('cell');
    expect(ab[1]!.querySelector('mark')).toBeNull();
    const ac = within(history.getByRole('row', { name: /^AC/ })).getAllByRole('cell');
    expect(ac[0]).toHaveTextContent('Not answered');
    expect(ac[1]!.querySelector('mark')).toHaveTextContent('Party agents (2)');
  });

  it('quarantines with a reason and releases the report', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      ReviewMission: mission,
      ReviewReport: () => ({ data: { report: report() } }),
      QuarantineReport: (v) => ({ data: { quarantineReport: { report: { id: v.id, status: 'QUARANTINED', quarantineReason: v.reason }, errors: [] } } }),
      ReleaseReport: (v) => ({ data: { releaseReport: { report: { id: v.id, status: 'FLAGGED', quarantineReason: null }, errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp(PATH);
    await user.click(await screen.findByRole('button', { name: 'Quarantine' }));
    await user.click(screen.getByRole('button', { name: 'Quarantine the report' }));
    expect(screen.getByText('Give a reason for the quarantine.')).toBeInTheDocument();
    expect(server.callsFor('QuarantineReport')).toHaveLength(0);
    await user.type(screen.getByLabelText('Why quarantine this report?'), 'Duplicate of an SMS report');
    await user.click(screen.getByRole('button', { name: 'Quarantine the report' }));
    expect(await screen.findByText('Quarantined: Duplicate of an SMS report')).toBeInTheDocument();
    expect(server.callsFor('QuarantineReport')[0]!.variables).toEqual({ id: 'r-2', reason: 'Duplicate of an SMS report' });

    await user.click(screen.getByRole('button', { name: 'Release' }));
    await waitFor(() => expect(screen.queryByText(/Quarantined: /)).not.toBeInTheDocument());
    expect(server.callsFor('ReleaseReport')[0]!.variables).toEqual({ id: 'r-2' });
  });
});
