// Fake server answers for the review pages' tests, shaped like the issue 10 contract.

export const MISSION_ID = 'm-1';
export const LOCATION_ID = 'loc-7';
export const FORM_ID = 'form-1';
// Nairobi is UTC+3 all year: 07:30Z reads 10:30 on the mission's clock.
export const TIME_ZONE = 'Africa/Nairobi';

export function mission() {
  return { data: { mission: { id: MISSION_ID, name: 'Kenya general election 2027', timeZone: TIME_ZONE, myRole: 'COORDINATOR' } } };
}

export const station = { id: LOCATION_ID, code: 'NBO-014', name: 'Kibera Primary School' };

export const questions = [
  { code: 'AA', type: 'YES_NO', label: 'Did the station open on time?', options: [] },
  { code: 'AB', type: 'INTEGER', label: 'Voters in the queue', options: [] },
  {
    code: 'AC',
    type: 'SINGLE_CHOICE',
    label: 'Who was present?',
    options: [
      { value: 1, label: 'Police' },
      { value: 2, label: 'Party agents' },
    ],
  },
];

export const form = { id: FORM_ID, code: 'OPEN', name: 'Opening checklist' };

export function observerRef(code: string) {
  return { memberId: `mm-${code}`, observerCode: code };
}

export function reportRow(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `r-${n}`,
    form,
    location: station,
    observer: observerRef(n === 1 ? 'K7P2Q' : 'M3R8T'),
    version: 1,
    status: 'SUBMITTED',
    flags: [],
    submittedAt: '2027-08-09T04:05:00Z',
    channel: 'WEB',
    quarantineReason: null,
    ...overrides,
  };
}

export function connection<T>(nodes: T[], totalCount = nodes.length, hasNextPage = false) {
  return { totalCount, pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor-1' : null }, nodes };
}

export function stationResult(overrides: Record<string, unknown> = {}) {
  return {
    location: { ...station, registeredVoters: 700 },
    form: { ...form, version: { number: 2, questions } },
    reportCount: 2,
    conflictCount: 1,
    fields: [
      {
        question: 'AA',
        value: null as string | null,
        choices: null,
        source: null as ReturnType<typeof observerRef> | null,
        conflict: true,
        overridden: false,
        overrideReason: null as string | null,
        values: [
          { observer: observerRef('K7P2Q'), reportId: 'r-1', value: 'yes', choices: null },
          { observer: observerRef('M3R8T'), reportId: 'r-2', value: 'no', choices: null },
        ],
      },
      {
        question: 'AB',
        value: '42',
        choices: null,
        source: observerRef('K7P2Q'),
        conflict: false,
        overridden: false,
        overrideReason: null,
        values: [{ observer: observerRef('K7P2Q'), reportId: 'r-1', value: '42', choices: null }],
      },
    ],
    ...overrides,
  };
}

export function overriddenResult() {
  const result = stationResult({ conflictCount: 0 });
  result.fields[0] = {
    ...result.fields[0]!,
    value: 'no',
    // The observers still disagree; the override settles it.
    conflict: true,
    overridden: true,
    overrideReason: 'Confirmed by phone with the presiding officer',
  };
  return result;
}

export function incidentRow(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `inc-${n}`,
    category: 'PROCEDURE',
    severity: 'LOW',
    status: 'NEW',
    description: `Incident number ${n}`,
    location: station,
    occurredAt: `2027-08-09T0${n}:30:00Z`,
    reportedAt: `2027-08-09T0${n}:35:00Z`,
    reporter: observerRef('K7P2Q'),
    assignee: null,
    ...overrides,
  };
}

export function incident(overrides: Record<string, unknown> = {}) {
  return {
    ...incidentRow(7, { severity: 'CRITICAL', category: 'VIOLENCE', description: 'Ballot box seized by armed men' }),
    missionId: MISSION_ID,
    notes: [],
    history: [{ at: '2027-08-09T07:35:00Z', action: 'reported', fromStatus: null, toStatus: 'NEW' }],
    ...overrides,
  };
}

export const members = [
  { id: 'mm-c1', personId: 'p-1', role: 'COORDINATOR', name: 'Wanjiru Kamau' },
  { id: 'mm-a1', personId: 'p-2', role: 'ANALYST', name: 'Otieno Analyst' },
  { id: 'mm-r1', personId: 'p-3', role: 'REGIONAL_COORDINATOR', name: null },
];
