// Answers of the fake server for the people and organization pages' tests.

export const ALL_CAN = {
  viewMembers: true,
  viewPersonalData: true,
  managePeople: true,
  manageMembers: true,
  manageApiTokens: true,
};

export const NONE_CAN = {
  viewMembers: false,
  viewPersonalData: false,
  managePeople: false,
  manageMembers: false,
  manageApiTokens: false,
};

export function member(n: number, name: string, overrides: Record<string, unknown> = {}) {
  return {
    id: `m${n}`,
    role: 'OBSERVER',
    person: { id: `p${n}`, name, email: null, phones: [] },
    ...overrides,
  };
}

export function organizationPage(overrides: Record<string, unknown> = {}, events: unknown[] = []) {
  return {
    data: {
      organization: {
        id: 'org-1',
        name: 'Citizens Watch Kenya',
        kind: 'MEMBER',
        country: 'KE',
        feedUrl: 'https://pluralis.example/feeds/organizations/org-1.ics',
        memberCount: 2,
        parent: { id: 'org-0', name: 'Pluralis Network Secretariat' },
        viewerCan: NONE_CAN,
        members: [],
        ...overrides,
      },
      events: { nodes: events },
    },
  };
}

export function event(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `e${n}`,
    title: `Event ${n}`,
    status: 'PUBLISHED',
    visibility: 'PUBLIC',
    timeZone: 'Africa/Nairobi',
    startsAt: '2026-12-16T06:00:00Z',
    endsAt: '2026-12-16T14:00:00Z',
    allDay: false,
    ...overrides,
  };
}

export function token(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `t${n}`,
    name: `Token ${n}`,
    role: 'OBSERVER',
    prefix: `plt_abcdefg${n}`,
    createdAt: '2026-03-01T08:00:00Z',
    lastUsedAt: null,
    revokedAt: null,
    ...overrides,
  };
}
