/** Fixtures for the observer pages' tests: one mission, one station, a form of every question type. */

const labels = (en: string, ar?: string) => [{ language: 'en', text: en }, ...(ar ? [{ language: 'ar', text: ar }] : [])];

export const OBSERVER = { id: 'u-obs', email: null, displayName: 'Olu Observer', twoFactorRequired: false };

export const MISSION = {
  id: 'm1',
  name: 'Ruritania general election',
  country: 'RU',
  timeZone: 'Africa/Lagos',
  electionDates: ['2026-03-14'],
  status: 'ACTIVE',
  phase: 'ELECTION_DAY',
  myRole: 'OBSERVER',
};

export const FORM = {
  id: 'f1',
  kind: 'CHECKLIST',
  code: 'OPEN',
  name: 'Opening checklist',
  names: labels('Opening checklist', 'قائمة الافتتاح'),
  currentVersion: 2,
};

export function question(code: string, type: string, extra: Record<string, unknown> = {}) {
  return { code, type, labels: labels(`Question ${code}`), required: false, min: null, max: null, maxLength: 2000, options: [], ...extra };
}

export const QUESTIONS = [
  question('AA', 'YES_NO', { required: true, labels: labels('Did the station open on time?', 'هل فُتح المركز في الموعد؟') }),
  question('AB', 'INTEGER', { labels: labels('Voters in the queue'), min: 0, max: 900 }),
  question('AC', 'SINGLE_CHOICE', {
    labels: labels('Who opened the station?'),
    options: [
      { value: 1, labels: labels('The presiding officer') },
      { value: 2, labels: labels('A deputy') },
    ],
  }),
  question('AD', 'MULTIPLE_CHOICE', {
    labels: labels('Which materials were missing?'),
    options: [
      { value: 1, labels: labels('Ballots') },
      { value: 2, labels: labels('Ink') },
      { value: 3, labels: labels('Seals') },
    ],
  }),
  question('AE', 'TEXT', { labels: labels('Remarks'), maxLength: 200 }),
  question('AF', 'TIME', { labels: labels('Opening time') }),
];

export function formData() {
  return { data: { form: { ...FORM, version: { number: 2, questions: QUESTIONS } } } };
}

export function assignmentsData() {
  return {
    data: {
      mission: { id: MISSION.id, name: MISSION.name, timeZone: MISSION.timeZone, myRole: 'OBSERVER' },
      myAssignments: [{ deploymentId: 'd1', location: { id: 'loc1', code: 'PS-001', name: 'Central School' }, forms: [FORM] }],
    },
  };
}

export function reportsData(nodes: { formId: string; locationId: string }[] = []) {
  return {
    data: {
      missionReports: {
        totalCount: nodes.length,
        nodes: nodes.map((n, i) => ({
          id: `r${i}`,
          form: { id: n.formId },
          location: { id: n.locationId },
          version: 1,
          submittedAt: '2026-03-14T08:00:00Z',
        })),
      },
    },
  };
}

export function stored(input: { idempotencyKey: string }) {
  return {
    data: {
      submitReport: { report: { id: `r-${input.idempotencyKey}`, version: 1, status: 'SUBMITTED', submittedAt: '2026-03-14T08:00:00Z' }, errors: [] },
    },
  };
}

export function refused(field: string, message: string) {
  return { data: { submitReport: { report: null, errors: [{ field, message, code: 'INVALID' }] } } };
}
