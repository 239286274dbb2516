import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { eventDetail, eventsPage, viewerIn } from './EventsTestData';

/** The definition next to a term in the event's facts. */
function fact(term: string) {
  return screen.getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

describe('EventPage', () => {
  beforeEach(() => viewerIn('America/New_York'));

  it('shows the event with its programme, speakers and times in both zones', async () => {
    const server = stubGraphQL({ Viewer: signedOut, Event: () => ({ data: { event: eventDetail() } }) });
    renderApp('/events/ev-7');

    expect(await screen.findByRole('heading', { level: 1, name: 'Regional Forum on Election Observation' })).toBeInTheDocument();
    expect(server.callsFor('Event')[0]!.variables).toEqual({ id: 'ev-7' });
    // The title is set by an effect, which may run just after the heading appears.
    await waitFor(() => expect(document.title).toBe('Regional Forum on Election Observation · Pluralis'));
    expect(screen.getByText('Conference')).toBeInTheDocument();

    expect(fact('When')).toHaveTextContent(
      'Mon 2 Nov 2026, 09:00 – Tue 3 Nov 2026, 17:00 (Berlin) · 03:00 – Tue 3 Nov 2026, 11:00 your time (New York)',
    );
    expect(fact('When')).toHaveTextContent('Time zone of the event: Europe/Berlin');
    expect(fact('Hosted by')).toHaveTextContent('Pluralis Network Secretariat with Open Ballot Foundation, UN Partner Desk');
    expect(fact('Where')).toHaveTextContent('Haus der Demokratie');
    expect(fact('Where')).toHaveTextContent('Greifswalder Str. 4, Berlin, Germany');
    expect(fact('Where')).toHaveTextContent('Rooms: Main hall, Room 2');
    expect(fact('Languages')).toHaveTextContent('English, French');
    expect(within(fact('Tags')).getByRole('link', { name: 'elections' })).toHaveAttribute('href', '/events?view=list&tag=elections');
    expect(within(fact('Online')).getByRole('link', { name: /Join online/ })).toHaveAttribute('href', 'https://meet.example/forum');
    expect(screen.getByText('observation methods', { selector: 'strong' })).toBeInTheDocument();

    // The programme: days of the event's zone, sessions in time order.
    const programme = screen.getByRole('region', { name: 'Programme' });
    const days = within(programme).getAllByRole('region');
    expect(days.map((day) => within(day).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Monday 2 November 2026',
      'Tuesday 3 November 2026',
    ]);
    const firstDay = within(days[0]!).getAllByRole('listitem');
    expect(firstDay.map((item) => within(item).getByRole('heading', { level: 4 }).textContent)).toEqual([
      'Opening plenary',
      'Observers at risk',
    ]);
    expect(firstDay[0]).toHaveTextContent('09:00–10:30 (Berlin) · 03:00–04:30 your time (New York)');
    expect(firstDay[0]).toHaveTextContent('Plenary');
    expect(firstDay[0]).toHaveTextContent('Main hall');
    expect(firstDay[0]).toHaveTextContent('Speaker' + 'Maria Santos');

    const panel = firstDay[1]!;
    expect(panel).toHaveTextContent('11:00–12:30 (Berlin) · 05:00–06:30 your time (New York)');
    expect(panel).toHaveTextContent('Panel');
    expect(panel).toHaveTextContent('Room 2');
    expect(panel).toHaveTextContent('TrackSafety');
    expect(panel).toHaveTextContent('SpeakersAmina Diallo, Jonas Weber');
    expect(panel).toHaveTextContent('ModeratorGrace Mensah');
    expect(panel).toHaveTextContent('How missions keep observers safe.');

    const secondDay = within(days[1]!).getAllByRole('listitem');
    expect(secondDay).toHaveLength(1);
    expect(secondDay[0]).toHaveTextContent('Sampling polling stations');
    expect(secondDay[0]).toHaveTextContent('TrackPVT');

    // No register button yet: that comes with the mutations.
    expect(screen.queryByRole('button', { name: /register/i })).not.toBeInTheDocument();
  });

  it('shows one time when the viewer is in the event zone, and marks a postponed event with its reason', async () => {
    viewerIn('Europe/Berlin');
    stubGraphQL({
      Viewer: signedIn,
      Event: () => ({
        data: {
          event: eventDetail({
            status: 'POSTPONED',
            statusReason: 'Moved to spring because of the run-off election',
            onlineUrl: null,
            venue: null,
            sessions: [],
          }),
        },
      }),
    });
    renderApp('/events/ev-7');

    expect(await screen.findByText('Postponed')).toHaveClass('status-badge');
    expect(screen.getByText('Moved to spring because of the run-off election')).toBeInTheDocument();
    expect(fact('When')).toHaveTextContent('Mon 2 Nov 2026, 09:00 – Tue 3 Nov 2026, 17:00 (Berlin)');
    expect(fact('When')).not.toHaveTextContent('your time');
    expect(screen.queryByText('Online', { selector: 'dt' })).not.toBeInTheDocument();
    expect(fact('Where')).toHaveTextContent('No place given yet');
    expect(screen.getByText('The programme has not been published yet.')).toBeInTheDocument();
    // Signed in: inside the app shell, with Events as the current section.
    expect(screen.getByRole('link', { name: 'Calendar' })).toHaveAttribute('aria-current', 'page');
  });

  it('says an event without a venue is online, and gives organizers badges, buttons and the private feed hint', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Event: () => ({
        data: {
          event: eventDetail({ venue: null, onlineUrl: null, isOnline: true, canEdit: true, visibility: 'INVITE_ONLY', sessions: [] }),
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/events/ev-7');

    await screen.findByRole('heading', { level: 1 });
    // The link itself is for seat holders; that it is online is for everyone who sees it.
    expect(fact('Where')).toHaveTextContent(/^Online$/);
    const organizers = screen.getByRole('group', { name: 'For organizers' });
    expect(within(organizers).getByText('Published')).toHaveClass('status-badge');
    expect(within(organizers).getByText('Invite only')).toHaveClass('visibility-badge');
    expect(within(organizers).getByRole('link', { name: 'Edit event and programme' })).toHaveClass('button');
    expect(within(organizers).getByRole('link', { name: 'Registrations' })).toHaveAttribute('href', '/events/ev-7/registrations');
    expect(within(organizers).getByRole('link', { name: 'Invitations' })).toHaveAttribute('href', '/events/ev-7/invitations');

    await user.click(screen.getByText('Add to calendar'));
    expect(screen.getByRole('link', { name: 'private calendar feed' })).toHaveAttribute('href', '/feeds');
  });

  it('offers the .ics of a public event under Add to calendar', async () => {
    stubGraphQL({ Viewer: signedOut, Event: () => ({ data: { event: eventDetail({ isOnline: true, sessions: [] }) } }) });
    const user = userEvent.setup();
    renderApp('/events/ev-7');

    await screen.findByRole('heading', { level: 1 });
    expect(fact('Where')).toHaveTextContent('and online');
    await user.click(screen.getByText('Add to calendar'));
    expect(screen.getByRole('region', { name: 'This event' })).toHaveTextContent(/\.ics|Download/);
    // Visitors see no organizer actions.
    expect(screen.queryByRole('group', { name: 'For organizers' })).not.toBeInTheDocument();
  });

  it('shows all-day events as dates without times', async () => {
    stubGraphQL({
      Viewer: signedOut,
      Event: () => ({
        data: {
          event: eventDetail({ allDay: true, startsAt: '2026-11-01T23:00:00+00:00', endsAt: '2026-11-03T23:00:00+00:00', sessions: [] }),
        },
      }),
    });
    renderApp('/events/ev-7');
    await screen.findByRole('heading', { level: 1 });
    expect(fact('When')).toHaveTextContent(/^Mon 2 Nov – Tue 3 Nov 2026$/);
  });

  it('says the event is not found or not visible, and offers anonymous visitors to sign in', async () => {
    stubGraphQL({
      Viewer: signedOut,
      Event: () => ({ data: null, errors: [{ message: 'Event not found.', path: ['event'], extensions: { code: 'NOT_FOUND' } }] }),
      Events: () => eventsPage([]),
    });
    const user = userEvent.setup();
    const app = renderApp('/events/999');

    expect(await screen.findByRole('heading', { level: 1, name: 'Event not found or not visible to you' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Event not found · Pluralis'));
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/sign-in?next=%2Fevents%2F999');
    await user.click(screen.getByRole('link', { name: 'Back to the calendar' }));
    expect(app.location()).toBe('/events');
  });

  it('treats a malformed id as not found', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Event: () => ({ data: null, errors: [{ message: "'abc' is not a valid id.", extensions: { code: 'BAD_USER_INPUT' } }] }),
    });
    renderApp('/events/abc');
    expect(await screen.findByRole('heading', { level: 1, name: 'Event not found or not visible to you' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'sign in' })).not.toBeInTheDocument();
  });
});
