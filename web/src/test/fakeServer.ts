import { vi } from 'vitest';

export interface GraphQLCall {
  operationName: string;
  query: string;
  variables: Record<string, unknown>;
  init: RequestInit;
}

type Handler = (variables: Record<string, unknown>, call: GraphQLCall) => unknown;

type Body = { query: string; variables?: Record<string, unknown>; operationName?: string };

/** JSON requests, and multipart uploads (the files land in their variables, as File objects). */
function parseBody(raw: RequestInit['body']): Body {
  if (!(raw instanceof FormData)) return JSON.parse(String(raw)) as Body;
  const body = JSON.parse(String(raw.get('operations'))) as Body;
  const map = JSON.parse(String(raw.get('map'))) as Record<string, string[]>;
  for (const [part, paths] of Object.entries(map)) {
    for (const path of paths) body.variables = { ...body.variables, [path.replace(/^variables\./, '')]: raw.get(part) };
  }
  return body;
}

/**
 * Stubs `fetch` with a tiny GraphQL server: each handler returns the full
 * response body ({ data } or { errors }) for one operation name.
 */
export function stubGraphQL(handlers: Record<string, Handler>) {
  const calls: GraphQLCall[] = [];
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith('/graphql')) throw new Error(`unexpected fetch to ${url}`);
    const body = parseBody(init.body);
    const call: GraphQLCall = {
      operationName: body.operationName ?? '',
      query: body.query,
      variables: body.variables ?? {},
      init,
    };
    calls.push(call);
    const handler = handlers[call.operationName];
    if (!handler) throw new Error(`no stub for operation ${call.operationName}`);
    const result = await handler(call.variables, call);
    return new Response(JSON.stringify(result), { status: 200, headers: { 'content-type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return { calls, fetchMock, callsFor: (name: string) => calls.filter((c) => c.operationName === name) };
}

export const ADMIN = { id: 'u1', email: 'admin@pluralis.example', displayName: 'Ada Admin' };

export function signedIn() {
  return { data: { me: ADMIN } };
}

export function signedOut() {
  return { data: { me: null } };
}

export function org(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `org-${n}`,
    name: `Organization ${n}`,
    slug: `organization-${n}`,
    kind: 'MEMBER',
    country: 'KE',
    memberCount: n * 3,
    feedUrl: `https://pluralis.example/feeds/organizations/org-${n}.ics`,
    parent: { id: 'org-0', name: 'Pluralis Network Secretariat' },
    ...overrides,
  };
}

export function connection(nodes: ReturnType<typeof org>[], opts: { hasNextPage?: boolean; endCursor?: string | null; totalCount?: number } = {}) {
  return {
    data: {
      organizations: {
        totalCount: opts.totalCount ?? nodes.length,
        pageInfo: { hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
        edges: nodes.map((node) => ({ cursor: `c-${node.id}`, node })),
      },
    },
  };
}
