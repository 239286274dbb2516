// Builders for the administration pages' fake server answers.

export function account(overrides: Record<string, unknown> = {}) {
  return {
    id: 'user-7',
    email: 'nadia@example.org',
    active: true,
    createdAt: '2026-03-02T09:00:00Z',
    lastSignInAt: null,
    twoFactorEnabled: false,
    ...overrides,
  };
}

export function invitation(overrides: Record<string, unknown> = {}) {
  return {
    id: 'inv-1',
    channel: 'EMAIL',
    sentTo: 'n•••@example.org',
    invitedByName: 'Ada Admin',
    createdAt: '2026-03-01T10:00:00Z',
    expiresAt: '2026-03-08T10:00:00Z',
    acceptedAt: null,
    revokedAt: null,
    status: 'PENDING',
    ...overrides,
  };
}

export function accountStatus(overrides: { account?: unknown; invitations?: unknown[] } = {}) {
  return { account: null, invitations: [], ...overrides };
}

export function person(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `person-${n}`,
    name: `Person ${n}`,
    email: null,
    preferredLanguage: 'en',
    timeZone: 'Africa/Nairobi',
    phones: [],
    memberships: [{ id: `m-${n}`, role: 'OBSERVER', organization: { id: 'org-1' } }],
    account: accountStatus(),
    ...overrides,
  };
}

export function peoplePage(
  people: ReturnType<typeof person>[],
  opts: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number; organization?: Record<string, unknown> } = {},
) {
  return {
    data: {
      organization: { id: 'org-1', name: 'Citizens Watch Kenya', country: 'KE', ...opts.organization },
      people: {
        totalCount: opts.totalCount ?? people.length,
        pageInfo: { hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
        nodes: people,
      },
    },
  };
}

export function listing(n: number, overrides: { account?: Record<string, unknown>; person?: unknown } = {}) {
  return {
    account: account({ id: `user-${n}`, email: `user${n}@example.org`, ...overrides.account }),
    person:
      overrides.person === undefined
        ? { id: `person-${n}`, name: `Person ${n}`, memberships: [{ id: `m-${n}`, role: 'ORGANIZER', organization: { id: 'org-1', name: 'Citizens Watch Kenya' } }] }
        : overrides.person,
  };
}

export function accountsPage(nodes: ReturnType<typeof listing>[], opts: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  return {
    data: {
      accounts: {
        totalCount: opts.totalCount ?? nodes.length,
        pageInfo: { hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
        nodes,
      },
    },
  };
}

export const noErrors: never[] = [];
