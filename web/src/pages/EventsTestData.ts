import { vi } from 'vitest';

/*
 * Event fixtures for the calendar and event page tests, in the fake server's
 * response shapes (see ../test/fakeServer.ts).
 */

// Taken before any test replaces it, so that viewerIn may be called twice in a test.
const realResolvedOptions = Intl.DateTimeFormat.prototype.resolvedOptions;

/** Make the browser report `timeZone` as the viewer's zone for this test. */
export function viewerIn(timeZone: string) {
  vi.spyOn(Intl.DateTimeFormat.prototype, 'resolvedOptions').mockImplementation(function (this: Intl.DateTimeFormat) {
    return { ...realResolvedOptions.call(this), timeZone };
  });
}

/** Fix "now" (only Date: timers, promises and user-event keep running). */
export function nowIs(iso: string) {
  vi.useFakeTimers({ now: new Date(iso), toFake: ['Date'] });
}

export function calendarEvent(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `ev-${n}`,
    title: `Event ${n}`,
    kind: 'WORKSHOP',
    status: 'PUBLISHED',
    statusReason: null,
    timeZone: 'Europe/Berlin',
    startsAt: '2026-11-02T13:00:00+00:00',
    endsAt: '2026-11-02T15:00:00+00:00',
    allDay: false,
    tags: [],
    visibility: 'PUBLIC',
    myRegistration: null,
    hostOrganization: { id: 'org-1', name: 'Citizens Watch Kenya' },
    venue: { id: 'v-1', name: 'Haus der Demokratie', city: 'Berlin' },
    ...overrides,
  };
}

export function eventsPage(
  nodes: ReturnType<typeof calendarEvent>[],
  opts: { hasNextPage?: boolean; endCursor?: string | null } = {},
) {
  return {
    data: {
      events: {
        pageInfo: { hasNextPage: opts.hasNextPage ?? false, endCursor: opts.endCursor ?? null },
        nodes,
      },
    },
  };
}

const person = (id: string, name: string) => ({ id, name });

/** A two-day conference in Berlin, 09:00 Monday 2 to 17:00 Tuesday 3 November 2026. */
export function eventDetail(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ev-7',
    title: 'Regional Forum on Election Observation',
    kind: 'CONFERENCE',
    status: 'PUBLISHED',
    statusReason: null,
    timeZone: 'Europe/Berlin',
    startsAt: '2026-11-02T08:00:00+00:00',
    endsAt: '2026-11-03T16:00:00+00:00',
    allDay: false,
    descriptionHtml: '<p>Two days on <strong>observation methods</strong>.</p>',
    tags: ['elections', 'pvt'],
    languages: ['en', 'fr'],
    onlineUrl: 'https://meet.example/forum',
    capacity: null,
    seatsTaken: 0,
    waitlistCount: 0,
    canEdit: false,
    visibility: 'PUBLIC',
    icsUrl: 'https://pluralis.example/feeds/events/ev-7.ics',
    seriesFeedUrl: null,
    myRegistration: null,
    hostOrganization: { id: 'org-0', name: 'Pluralis Network Secretariat' },
    coHosts: [
      { id: 'org-3', name: 'Open Ballot Foundation' },
      { id: 'org-4', name: 'UN Partner Desk' },
    ],
    venue: {
      id: 'v-1',
      name: 'Haus der Demokratie',
      address: 'Greifswalder Str. 4',
      city: 'Berlin',
      country: 'DE',
      rooms: [
        { id: 'r-1', name: 'Main hall' },
        { id: 'r-2', name: 'Room 2' },
      ],
    },
    // Out of order on purpose: the page sorts by time.
    sessions: [
      {
        id: 's-3',
        kind: 'WORKSHOP',
        title: 'Sampling polling stations',
        description: '',
        startsAt: '2026-11-03T08:00:00+00:00',
        endsAt: '2026-11-03T09:00:00+00:00',
        track: 'PVT',
        room: { id: 'r-2', name: 'Room 2' },
        speakers: [person('p-4', 'Kwame Boateng')],
        moderators: [],
      },
      {
        id: 's-2',
        kind: 'PANEL',
        title: 'Observers at risk',
        description: 'How missions keep observers safe.',
        startsAt: '2026-11-02T10:00:00+00:00',
        endsAt: '2026-11-02T11:30:00+00:00',
        track: 'Safety',
        room: { id: 'r-2', name: 'Room 2' },
        speakers: [person('p-2', 'Amina Diallo'), person('p-3', 'Jonas Weber')],
        moderators: [person('p-5', 'Grace Mensah')],
      },
      {
        id: 's-1',
        kind: 'PLENARY',
        title: 'Opening plenary',
        description: '',
        startsAt: '2026-11-02T08:00:00+00:00',
        endsAt: '2026-11-02T09:30:00+00:00',
        track: null,
        room: { id: 'r-1', name: 'Main hall' },
        speakers: [person('p-1', 'Maria Santos')],
        moderators: [],
      },
    ],
    ...overrides,
  };
}
