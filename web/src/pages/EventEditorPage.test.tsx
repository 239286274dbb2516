import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';

const ORGANIZER = {
  data: {
    me: {
      id: 'u1',
      isSuperuser: false,
      roles: [
        { role: 'ORGANIZER', organization: { id: 'org-1', name: 'Citizens Watch Kenya' } },
        { role: 'OBSERVER', organization: { id: 'org-2', name: 'Observers Only' } },
      ],
    },
  },
};

function editorEvent(overrides: Record<string, unknown> = {}) {
  return {
    id: 'ev-1',
    title: 'Regional forum on election integrity',
    kind: 'FORUM',
    status: 'DRAFT',
    statusReason: null,
    description: '',
    tags: [],
    languages: ['en'],
    visibility: 'NETWORK',
    // Nairobi is UTC+3 all year: 06:00Z is 09:00 on the event's clock.
    timeZone: 'Africa/Nairobi',
    startsAt: '2026-11-02T06:00:00+00:00',
    endsAt: '2026-11-02T14:00:00+00:00',
    localStart: '2026-11-02T09:00:00+03:00',
    localEnd: '2026-11-02T17:00:00+03:00',
    allDay: false,
    capacity: 120,
    offerMinutes: 1440,
    onlineUrl: null,
    seriesId: null,
    canEdit: true,
    hostOrganization: { id: 'org-1', name: 'Citizens Watch Kenya' },
    coHosts: [],
    venue: {
      id: 'v1',
      name: 'KICC',
      city: 'Nairobi',
      rooms: [
        { id: 'r1', name: 'Main hall', capacity: 300 },
        { id: 'r2', name: 'Room B', capacity: 40 },
      ],
    },
    sessions: [
      {
        id: 's1',
        kind: 'PANEL',
        title: 'Youth and elections',
        description: '',
        startsAt: '2026-11-02T07:00:00+00:00',
        endsAt: '2026-11-02T08:00:00+00:00',
        track: null,
        capacity: null,
        room: { id: 'r2', name: 'Room B' },
        speakers: [{ id: 'p1', name: 'Ama Mensah' }],
        moderators: [],
      },
    ],
    programmeWarnings: [],
    ...overrides,
  };
}

const NO_VENUES = { data: { venues: [] } };

describe('EventEditorPage — new event', { timeout: 20_000 }, () => {
  it('sends local times without an offset and shows a field error next to its field', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      OrganizerContext: () => ORGANIZER,
      Venues: () => NO_VENUES,
      CreateEvent: () => ({
        data: {
          createEvent: {
            event: null,
            errors: [
              {
                field: 'startsAt',
                code: 'nonexistent_time',
                message: '02:30 on 2026-03-29 does not exist in Europe/Berlin: the clocks skip it for daylight saving time.',
              },
            ],
          },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/events/new');

    await screen.findByRole('heading', { name: 'New event', level: 1 });
    // Only organizations where the viewer organizes or administers can host.
    const host = await screen.findByLabelText('Host organization');
    expect(within(host).getAllByRole('option').map((o) => o.textContent)).toEqual(['Citizens Watch Kenya']);

    await user.type(screen.getByLabelText('Title'), 'Spring training');
    // The zone is searched by city: typing over the current one narrows the list.
    await user.tripleClick(screen.getByRole('combobox', { name: 'Time zone' }));
    await user.keyboard('Berlin');
    await user.click(await screen.findByRole('option', { name: /Berlin, Germany — Europe\/Berlin/ }));
    fireEvent.change(screen.getByLabelText('Starts'), { target: { value: '2026-03-29T02:30' } });
    fireEvent.change(screen.getByLabelText('Ends'), { target: { value: '2026-03-29T17:00' } });
    await user.click(screen.getByRole('radio', { name: 'Public' }));
    await user.click(screen.getByRole('button', { name: 'Create draft event' }));

    const starts = screen.getByLabelText('Starts');
    await waitFor(() => expect(starts).toHaveAttribute('aria-invalid', 'true'));
    expect(starts).toHaveAccessibleDescription(/02:30 on 2026-03-29 does not exist in Europe\/Berlin/);
    // The message sits in the Starts field, not in the general banner.
    expect(starts.closest('.field')).toHaveTextContent('does not exist in Europe/Berlin');
    expect(screen.getByLabelText('Ends')).not.toHaveAttribute('aria-invalid');

    const [call] = server.callsFor('CreateEvent');
    expect(call!.variables.input).toMatchObject({
      hostOrganizationId: 'org-1',
      title: 'Spring training',
      timeZone: 'Europe/Berlin',
      startsAt: '2026-03-29T02:30:00',
      endsAt: '2026-03-29T17:00:00',
      allDay: false,
      visibility: 'PUBLIC',
    });
    const input = call!.variables.input as { startsAt: string; endsAt: string };
    expect(input.startsAt).not.toMatch(/Z|[+-]\d{2}:\d{2}$/);
    expect(input.endsAt).not.toMatch(/Z|[+-]\d{2}:\d{2}$/);
  });

  it('shows an error without a field in the banner and goes to the edit page after creating', async () => {
    let attempt = 0;
    stubGraphQL({
      Viewer: signedIn,
      OrganizerContext: () => ORGANIZER,
      Venues: () => NO_VENUES,
      CreateEvent: () =>
        ++attempt === 1
          ? { data: { createEvent: { event: null, errors: [{ field: null, code: 'forbidden', message: 'You cannot host for this organization.' }] } } }
          : { data: { createEvent: { event: { id: 'ev-1' }, errors: [] } } },
      EditorEvent: () => ({ data: { event: editorEvent({ sessions: [] }) } }),
    });
    const user = userEvent.setup();
    const app = renderApp('/events/new');

    await user.type(await screen.findByLabelText('Title'), 'Forum');
    fireEvent.click(screen.getByRole('checkbox', { name: 'All-day event' }));
    fireEvent.change(screen.getByLabelText('First day'), { target: { value: '2026-11-02' } });
    fireEvent.change(screen.getByLabelText('Last day'), { target: { value: '2026-11-03' } });
    await user.click(screen.getByRole('button', { name: 'Create draft event' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('You cannot host for this organization.');

    await user.click(screen.getByRole('button', { name: 'Create draft event' }));
    await waitFor(() => expect(app.location()).toBe('/events/ev-1/edit'));
    // The edit page has many inputs (hundreds of zones), so give role queries time.
    expect(await screen.findByRole('heading', { level: 1 }, { timeout: 4000 })).toHaveTextContent('Edit event: Regional forum');
  });
});

describe('EventEditorPage — programme grid', { timeout: 20_000 }, () => {
  it('places sessions in their room column and shows the warnings addSession returns', async () => {
    let loads = 0;
    const added = {
      id: 's2',
      kind: 'WORKSHOP',
      title: 'Observer safety',
      description: '',
      startsAt: '2026-11-02T07:30:00+00:00',
      endsAt: '2026-11-02T08:30:00+00:00',
      track: null,
      capacity: null,
      room: { id: 'r1', name: 'Main hall' },
      speakers: [{ id: 'p1', name: 'Ama Mensah' }],
      moderators: [],
    };
    const warning = {
      code: 'speaker_double_booked',
      message: 'Ama Mensah is also speaking at “Youth and elections” (10:00–11:00).',
      field: 'speakerIds',
      sessionId: 's2',
    };
    const server = stubGraphQL({
      Viewer: signedIn,
      Venues: () => ({ data: { venues: [{ id: 'v1', name: 'KICC', address: null, city: 'Nairobi', country: 'KE', rooms: [] }] } }),
      EditorEvent: () =>
        ++loads === 1
          ? {
              data: {
                event: editorEvent({
                  programmeWarnings: [{ code: 'room_too_small', message: 'Room B holds 40; the session expects 60.', field: 'roomId', sessionId: 's1' }],
                }),
              },
            }
          : { data: { event: editorEvent({ sessions: [...editorEvent().sessions, added] }) } },
      PeopleSearch: (variables) => ({
        data: { people: { nodes: String(variables.search).startsWith('Ama') ? [{ id: 'p1', name: 'Ama Mensah' }] : [] } },
      }),
      AddSession: () => ({ data: { addSession: { session: { id: 's2' }, warnings: [warning], errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/events/ev-1/edit');

    const roomB = await screen.findByRole('group', { name: 'Room B' });
    const mainHall = screen.getByRole('group', { name: 'Main hall' });
    const youth = within(roomB).getByRole('group', { name: /^Youth and elections, Panel, 10:00–11:00, Room B, 1 warning$/ });
    // Programme warnings from the server are shown on load, as text on the block.
    expect(youth).toHaveTextContent('Room B holds 40; the session expects 60.');
    expect(within(mainHall).queryByRole('group', { name: /Youth and elections/ })).not.toBeInTheDocument();
    // The rooms are columns in venue order, after the time column.
    expect(screen.queryByRole('group', { name: 'No room' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Add session' }));
    const form = screen.getByRole('form', { name: 'Add a session' });
    await user.type(within(form).getByLabelText('Session title'), 'Observer safety');
    await user.selectOptions(within(form).getByLabelText('Session kind'), 'WORKSHOP');
    await user.selectOptions(within(form).getByLabelText('Room'), 'r1');
    fireEvent.change(within(form).getByLabelText(/Session starts/), { target: { value: '2026-11-02T10:30' } });
    expect(within(form).getByLabelText(/Session ends/)).toHaveValue('2026-11-02T11:30');
    await user.type(within(form).getByLabelText('Find speakers'), 'Ama');
    await user.click(await within(form).findByRole('button', { name: 'Add Ama Mensah' }));
    await user.click(within(form).getByRole('button', { name: 'Add session' }));

    const block = await within(screen.getByRole('group', { name: 'Main hall' })).findByRole('group', {
      name: /^Observer safety, Workshop, 10:30–11:30, Main hall, 1 warning$/,
    });
    expect(block).toHaveTextContent('⚠ Warning: Ama Mensah is also speaking at “Youth and elections” (10:00–11:00).');
    // The form stays open on the saved session and shows the warning too.
    const editForm = await screen.findByRole('form', { name: 'Edit session: Observer safety' });
    expect(editForm).toHaveTextContent('Ama Mensah is also speaking at');

    const [call] = server.callsFor('AddSession');
    expect(call!.variables).toEqual({
      eventId: 'ev-1',
      input: {
        title: 'Observer safety',
        kind: 'WORKSHOP',
        roomId: 'r1',
        startsAt: '2026-11-02T10:30:00',
        endsAt: '2026-11-02T11:30:00',
        track: null,
        capacity: null,
        description: '',
        speakerIds: ['p1'],
        moderatorIds: [],
      },
    });
  });

  it('shows room_taken next to the room and does not place the session', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Venues: () => NO_VENUES,
      EditorEvent: () => ({ data: { event: editorEvent() } }),
      AddSession: () => ({
        data: {
          addSession: {
            session: null,
            warnings: [],
            errors: [{ field: 'roomId', code: 'room_taken', message: 'Room B is booked for “Youth and elections” at that time.' }],
          },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/events/ev-1/edit');

    await user.click(await screen.findByRole('button', { name: 'Add session' }));
    const form = screen.getByRole('form', { name: 'Add a session' });
    await user.type(within(form).getByLabelText('Session title'), 'Clash');
    await user.selectOptions(within(form).getByLabelText('Room'), 'r2');
    fireEvent.change(within(form).getByLabelText(/Session starts/), { target: { value: '2026-11-02T10:00' } });
    await user.click(within(form).getByRole('button', { name: 'Add session' }));

    const room = within(form).getByLabelText('Room');
    await waitFor(() => expect(room).toHaveAttribute('aria-invalid', 'true'));
    expect(room).toHaveAccessibleDescription('Room B is booked for “Youth and elections” at that time.');
    expect(screen.queryByRole('group', { name: /^Clash/ })).not.toBeInTheDocument();
    expect(server.callsFor('EditorEvent')).toHaveLength(1);
  });
});
