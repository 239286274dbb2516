/* Calendar feed fixtures in the fake server's response shapes (see ../test/fakeServer.ts). */

export const FEED_URL = 'https://pluralis.example/feeds/plf_Zx9QmXv3kL0aBcD4eF5gH6iJ7kL8mN9oP0qR1sT2uV3.ics';

export function feed(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `feed-${n}`,
    name: `Feed ${n}`,
    kind: 'SUBSCRIPTION',
    prefix: `plf_Ab${n}x`,
    createdAt: '2026-03-01T09:00:00Z',
    lastFetchedAt: null,
    revokedAt: null,
    filters: { organizationIds: [], kinds: [], tags: [], countries: [], languages: [] },
    ...overrides,
  };
}

export function feedsList(feeds: ReturnType<typeof feed>[]) {
  return { data: { myFeedSubscriptions: feeds } };
}

export function feedOrganizations() {
  return {
    data: {
      organizations: {
        nodes: [
          { id: 'org-1', name: 'Kenya Election Observers Forum' },
          { id: 'org-2', name: 'Democracy Reporting Berlin' },
          { id: 'org-3', name: 'CODEO Ghana' },
        ],
      },
    },
  };
}

export function created(subscription: ReturnType<typeof feed>, url = FEED_URL) {
  return { subscription, url, webcalUrl: url.replace(/^https:\/\//, 'webcal://'), errors: [] };
}
