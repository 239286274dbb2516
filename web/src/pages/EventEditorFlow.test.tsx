import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSessionStart } from '../components/SessionForm';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { viewerIn } from './EventsTestData';

/*
 * The editor's path from a new draft to a published event: defaults, labels for people,
 * the summary with who will see it, session defaults, and handing the event to another host.
 */

afterEach(() => vi.restoreAllMocks());

const NETWORK_WHO = "Members of the network's organizations, once signed in. Partner organizations do not see it.";

/** A network admin: a member of the secretariat, managing every organization through it. */
const NETWORK_ADMIN = {
  data: {
    me: {
      id: 'u1',
      isSuperuser: true,
      person: { id: 'p9', memberships: [{ id: 'm1', role: 'ADMIN', organization: { id: 'org-9' } }] },
      roles: [
        { role: 'ADMIN', organization: { id: 'org-9', name: 'Pluralis Network Secretariat' } },
        { role: 'ADMIN', organization: { id: 'org-1', name: 'Alpha Election Watch' } },
      ],
    },
  },
};
const ALL_ORGS = {
  data: {
    organizations: {
      nodes: [
        { id: 'org-1', name: 'Alpha Election Watch', kind: 'MEMBER' },
        { id: 'org-2', name: 'Berlin Partners', kind: 'PARTNER' },
        { id: 'org-9', name: 'Pluralis Network Secretariat', kind: 'NETWORK_SECRETARIAT' },
      ],
    },
  },
};

/** An organizer of two organizations, which may move an event between them. */
const TWO_ORGS = {
  data: {
    me: {
      id: 'u2',
      isSuperuser: false,
      person: {
        id: 'p2',
        memberships: [
          { id: 'm1', role: 'ORGANIZER', organization: { id: 'org-1' } },
          { id: 'm2', role: 'ORGANIZER', organization: { id: 'org-3' } },
        ],
      },
      roles: [
        { role: 'ORGANIZER', organization: { id: 'org-1', name: 'Citizens Watch Kenya' } },
        { role: 'ORGANIZER', organization: { id: 'org-3', name: 'Ghana Observers' } },
      ],
    },
  },
};

function draft(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ev-1',
    title: 'Regional forum on election integrity',
    kind: 'CONFERENCE',
    status: 'DRAFT',
    statusReason: null,
    description: '',
    tags: [],
    languages: ['en'],
    visibility: 'NETWORK',
    // Nairobi is UTC+3 all year: 06:00Z is 09:00 on the event's clock.
    timeZone: 'Africa/Nairobi',
    startsAt: '2026-11-02T06:00:00+00:00',
    endsAt: '2026-11-03T14:00:00+00:00',
    localStart: '2026-11-02T09:00:00+03:00',
    localEnd: '2026-11-03T17:00:00+03:00',
    allDay: false,
    capacity: null,
    offerMinutes: 1440,
    onlineUrl: null,
    seriesId: null,
    canEdit: true,
    hostOrganization: { id: 'org-1', name: 'Citizens Watch Kenya' },
    coHosts: [],
    venue: { id: 'v1', name: 'KICC', city: 'Nairobi', rooms: [] },
    sessions: [
      {
        id: 's1',
        kind: 'PLENARY',
        title: 'Opening',
        description: '',
        startsAt: '2026-11-02T06:00:00+00:00',
        endsAt: '2026-11-02T07:00:00+00:00',
        track: null,
        capacity: null,
        room: null,
        speakers: [],
        moderators: [],
      },
      {
        id: 's2',
        kind: 'PANEL',
        title: 'Youth and elections',
        description: '',
        startsAt: '2026-11-02T07:00:00+00:00',
        endsAt: '2026-11-02T08:00:00+00:00',
        track: null,
        capacity: null,
        room: null,
        speakers: [],
        moderators: [],
      },
    ],
    programmeWarnings: [],
    ...overrides,
  };
}

const NO_VENUES = { data: { venues: [] } };

describe('New event', { timeout: 30_000 }, () => {
  it('defaults the host to the organizer’s own organization, says who will see it, and confirms the draft', async () => {
    // The browser names Kolkata by its old name; the form uses the current one.
    viewerIn('Asia/Calcutta');
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizerContext: () => NETWORK_ADMIN,
      OrganizationChoices: () => ALL_ORGS,
      Venues: () => NO_VENUES,
      CreateEvent: () => ({ data: { createEvent: { event: { id: 'ev-1' }, errors: [] } } }),
      EditorEvent: () => ({ data: { event: draft({ sessions: [] }) } }),
    });
    const user = userEvent.setup();
    const app = renderApp('/events/new');

    // Its own organization first, not the alphabetically first of those it may manage.
    const host = await screen.findByLabelText('Host organization');
    expect(host).toHaveValue('org-9');
    expect(within(host).getByRole('group', { name: 'Your organizations' })).toHaveTextContent('Pluralis Network Secretariat');
    expect(within(host).getByRole('group', { name: 'Other organizations' })).toHaveTextContent('Alpha Election WatchBerlin Partners');

    // Visibility in plain words, next to the choice, following it.
    expect(screen.getByText(/^Who will see it once published/).parentElement).toHaveTextContent(NETWORK_WHO);
    await user.click(screen.getByRole('radio', { name: 'Invite only' }));
    expect(screen.getByText(/^Who will see it once published/).parentElement).toHaveTextContent(
      "Only the hosts' organizers and the people you invite. It is never listed.",
    );

    // Labels for people.
    expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(/Formatting: \*\*bold\*\*/);
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('(UTC+05:30) Kolkata, India — Asia/Kolkata');
    const hold = screen.getByLabelText('Hold a freed seat for');
    expect(hold).toHaveDisplayValue('1 day');
    await user.selectOptions(hold, '2 days');
    await user.click(screen.getByRole('checkbox', { name: 'French' }));
    await user.type(screen.getByLabelText('Other languages'), 'Swahili, Brazilian Portuguese');

    await user.type(screen.getByLabelText('Title'), 'Observer summit');
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2026-11-02T09:00' } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2026-11-03T17:00' } });
    await user.click(screen.getByRole('button', { name: 'Create draft event' }));

    await waitFor(() => expect(app.location()).toBe('/events/ev-1/edit'));
    const confirmation = await screen.findByText(/^Draft created\./);
    await waitFor(() => expect(confirmation).toHaveFocus());
    expect(server.callsFor('CreateEvent')[0]!.variables.input).toMatchObject({
      hostOrganizationId: 'org-9',
      visibility: 'INVITE_ONLY',
      timeZone: 'Asia/Kolkata',
      languages: ['fr', 'sw', 'pt-BR'],
      offerMinutes: 2880,
    });
  });

  it('names a language it does not know instead of sending it', async () => {
    const server = stubGraphQL({ Viewer: signedIn, OrganizerContext: () => TWO_ORGS, Venues: () => NO_VENUES });
    const user = userEvent.setup();
    renderApp('/events/new');

    // An organizer of two organizations: no superuser list, its own organizations by name.
    const host = await screen.findByLabelText('Host organization');
    expect(within(host).getAllByRole('option').map((o) => o.textContent)).toEqual(['Citizens Watch Kenya', 'Ghana Observers']);
    await user.type(screen.getByLabelText('Other languages'), 'Klingonese');
    await user.click(screen.getByRole('button', { name: 'Create draft event' }));
    const other = screen.getByLabelText('Other languages');
    await waitFor(() => expect(other).toHaveAttribute('aria-invalid', 'true'));
    expect(other).toHaveAccessibleDescription(/We do not know the language “Klingonese”/);
    expect(server.callsFor('CreateEvent')).toHaveLength(0);
  });
});

describe('Editing an event', { timeout: 30_000 }, () => {
  it('shows a summary beside the details and publishes from it, saying who can see it', async () => {
    let published = false;
    stubGraphQL({
      Viewer: signedIn,
      OrganizerContext: () => TWO_ORGS,
      Venues: () => NO_VENUES,
      EditorEvent: () => ({ data: { event: draft(published ? { status: 'PUBLISHED' } : {}) } }),
      PublishEvent: () => {
        published = true;
        return { data: { publishEvent: { event: { id: 'ev-1', status: 'PUBLISHED', statusReason: null }, errors: [] } } };
      },
    });
    const user = userEvent.setup();
    renderApp('/events/ev-1/edit');

    const summary = await screen.findByRole('complementary', { name: 'Summary and publishing' });
    const fact = (term: string) => within(summary).getByText(term, { selector: 'dt' }).nextElementSibling;
    expect(fact('Title')).toHaveTextContent('Regional forum on election integrity');
    expect(fact('When')).toHaveTextContent('Mon 2 Nov 2026, 09:00 – Tue 3 Nov 2026, 17:00 (Nairobi)');
    expect(fact('Host')).toHaveTextContent('Citizens Watch Kenya');
    expect(fact('Who will see it')).toHaveTextContent(NETWORK_WHO);
    expect(fact('Programme')).toHaveTextContent('2 sessions');
    expect(within(summary).getByText('Network', { selector: '.visibility-badge' })).toBeInTheDocument();

    await user.click(within(summary).getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(`The event is published. Who can see it: ${NETWORK_WHO}`)).toHaveAttribute('role', 'status');
    const after = await screen.findByRole('complementary', { name: 'Summary' });
    expect(within(after).getByText('Who can see it', { selector: 'dt' })).toBeInTheDocument();
    expect(within(after).queryByRole('button', { name: 'Publish' })).not.toBeInTheDocument();
  });

  it('starts a new session where the last one ends, with one Add session button at a time', async () => {
    stubGraphQL({ Viewer: signedIn, OrganizerContext: () => TWO_ORGS, Venues: () => NO_VENUES, EditorEvent: () => ({ data: { event: draft() } }) });
    const user = userEvent.setup();
    renderApp('/events/ev-1/edit');

    await user.click(await screen.findByRole('button', { name: 'Add session' }));
    const form = screen.getByRole('form', { name: 'Add a session' });
    // The programme ends at 11:00 (Nairobi): the next session takes the following hour.
    expect(within(form).getByLabelText(/Session starts/)).toHaveValue('2026-11-02T11:00');
    expect(within(form).getByLabelText(/Session ends/)).toHaveValue('2026-11-02T12:00');
    expect(screen.getAllByRole('button', { name: 'Add session' })).toHaveLength(1);
    expect(within(form).getByRole('button', { name: 'Add session' })).toBeInTheDocument();
  });

  it('hands the event to another organization the organizer manages', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizerContext: () => TWO_ORGS,
      Venues: () => NO_VENUES,
      EditorEvent: () => ({ data: { event: draft() } }),
      UpdateEvent: () => ({ data: { updateEvent: { event: { id: 'ev-1' }, events: [{ id: 'ev-1' }], errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/events/ev-1/edit');

    const details = await screen.findByRole('form', { name: 'Details' });
    const host = await within(details).findByRole('combobox', { name: 'Host organization' });
    expect(host).toHaveValue('org-1');
    expect(host).toHaveAccessibleDescription(/the venue is cleared/);
    await user.selectOptions(host, 'org-3');
    await user.click(within(details).getByRole('button', { name: 'Save changes' }));
    await waitFor(() => expect(server.callsFor('UpdateEvent')).toHaveLength(1));
    // Only what changed: the host, and the venue that belonged to the old one.
    expect(server.callsFor('UpdateEvent')[0]!.variables.input).toEqual({ hostOrganizationId: 'org-3', venueId: null });
  });
});

describe('defaultSessionStart', () => {
  const event = { startsAt: '2026-11-02T06:00:00Z', endsAt: '2026-11-03T14:00:00Z', allDay: false, timeZone: 'Africa/Nairobi' };
  const ending = (...ends: string[]) => ends.map((endsAt) => ({ endsAt }));

  it('starts the first session with the event', () => {
    expect(defaultSessionStart({ ...event, sessions: [] })).toBe('2026-11-02T09:00');
  });

  it('starts after the session that ends last, whatever their order', () => {
    expect(defaultSessionStart({ ...event, sessions: ending('2026-11-02T09:30:00Z', '2026-11-02T07:00:00Z') })).toBe('2026-11-02T12:30');
  });

  it('moves to the next day of the event when the hour would run past the day’s end', () => {
    // 16:30 in Nairobi + 1 hour passes 17:00: the second day at 09:00.
    expect(defaultSessionStart({ ...event, sessions: ending('2026-11-02T13:30:00Z') })).toBe('2026-11-03T09:00');
    // On the last day there is no next one: it stays after the last session.
    expect(defaultSessionStart({ ...event, sessions: ending('2026-11-03T13:30:00Z') })).toBe('2026-11-03T16:30');
  });

  it('uses office hours for all-day events', () => {
    const allDay = { startsAt: '2026-11-01T21:00:00Z', endsAt: '2026-11-03T21:00:00Z', allDay: true, timeZone: 'Africa/Nairobi' };
    expect(defaultSessionStart({ ...allDay, sessions: [] })).toBe('2026-11-02T09:00');
    expect(defaultSessionStart({ ...allDay, sessions: ending('2026-11-02T14:00:00Z') })).toBe('2026-11-03T09:00');
  });
});
