/* Mission fixtures in the fake server's response shapes (see ../test/fakeServer.ts). */

export function mission(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `mission-${n}`,
    organizationId: 'org-1',
    name: `Ghana General Election ${n}`,
    country: 'GH',
    timeZone: 'Africa/Accra',
    electionDates: ['2026-12-07'],
    status: 'ACTIVE',
    phase: 'PRE_ELECTION',
    myRole: 'COORDINATOR',
    stationCount: 2000,
    observerCount: 50,
    ...overrides,
  };
}

export function missionResponse(overrides: Record<string, unknown> = {}) {
  return () => ({ data: { mission: mission(1, overrides) } });
}

export function notFound(message = 'No such mission.') {
  return { errors: [{ message, path: ['x'], extensions: { code: 'NOT_FOUND' } }], data: null };
}

export function observer(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `member-${n}`,
    code: `10000${n}${n % 10}`,
    kind: 'SHORT_TERM',
    language: 'en',
    name: `Abena Observer ${n}`,
    phones: [`+23320000000${n}`],
    deploymentCount: 1,
    ...overrides,
  };
}

export function observerPage(nodes: ReturnType<typeof observer>[], opts: { hasNextPage?: boolean; totalCount?: number; endCursor?: string | null } = {}) {
  return {
    data: {
      missionObservers: {
        totalCount: opts.totalCount ?? nodes.length,
        pageInfo: { hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
        nodes,
      },
    },
  };
}

export function location(id: string, overrides: Record<string, unknown> = {}) {
  return {
    id,
    code: id.toUpperCase(),
    name: `Location ${id}`,
    level: 1,
    isStation: false,
    registeredVoters: null,
    childCount: 2,
    parentId: null,
    ...overrides,
  };
}

export function locationPage(nodes: ReturnType<typeof location>[], opts: { hasNextPage?: boolean; totalCount?: number } = {}) {
  return {
    data: {
      missionLocations: {
        totalCount: opts.totalCount ?? nodes.length,
        pageInfo: { hasNextPage: opts.hasNextPage ?? false, endCursor: opts.hasNextPage ? 'next' : null },
        nodes,
      },
    },
  };
}

export function locationDetail(id: string, ancestors: Array<{ id: string; code: string; name: string }>, overrides: Record<string, unknown> = {}) {
  return {
    data: {
      location: {
        id,
        code: id.toUpperCase(),
        name: `Location ${id}`,
        level: ancestors.length + 1,
        isStation: false,
        registeredVoters: null,
        latitude: null,
        longitude: null,
        parentId: ancestors.at(-1)?.id ?? null,
        ancestors,
        ...overrides,
      },
    },
  };
}

export function form(n: number, overrides: Record<string, unknown> = {}) {
  return { id: `form-${n}`, kind: 'CHECKLIST', code: ['OP', 'CL', 'RS', 'IN'][n % 4]!, name: `Form ${n}`, currentVersion: 1, archived: false, ...overrides };
}

export function importResult(overrides: Record<string, unknown> = {}) {
  return { dryRun: true, ok: true, created: 0, updated: 0, unchanged: 0, problems: [], problemCount: 0, ...overrides };
}
