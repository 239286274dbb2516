import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { formatWhen } from './FeedsPage';
import { created, feed, FEED_URL, feedOrganizations, feedsList } from './FeedsTestData';

const WEBCAL = FEED_URL.replace('https://', 'webcal://');

function item(name: string) {
  return within(screen.getByRole('listitem', { name }));
}

/** The definition next to a term inside one feed's card. */
function fact(name: string, term: string) {
  return item(name).getByText(term, { selector: 'dt' }).nextElementSibling as HTMLElement;
}

function form() {
  return within(screen.getByRole('form', { name: 'New calendar feed' }));
}

describe('FeedsPage', () => {
  it('lists my feeds with what they keep, their prefix, when they were created and last fetched, and revocation', async () => {
    stubGraphQL({
      Viewer: signedIn,
      FeedOrganizations: feedOrganizations,
      MyFeedSubscriptions: () =>
        feedsList([
          feed(1, {
            name: 'Kenya and Ghana',
            lastFetchedAt: '2026-03-02T06:30:00Z',
            filters: { organizationIds: ['org-1', 'org-3', 'org-99'], kinds: ['CONFERENCE', 'WORKSHOP'], tags: ['pvt'], countries: ['KE', 'GH'], languages: ['en', 'sw'] },
          }),
          feed(2, { name: 'My agenda', kind: 'AGENDA' }),
          feed(3, { name: 'Old phone', revokedAt: '2026-03-05T10:00:00Z' }),
          feed(4, { name: 'Everything' }),
        ]),
    });
    renderApp('/feeds');

    expect(await screen.findByRole('heading', { level: 1, name: 'Calendar feeds' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Calendar feeds · Pluralis'));
    expect(screen.getByRole('link', { name: 'Calendar feeds' })).toHaveAttribute('aria-current', 'page');
    await screen.findByRole('listitem', { name: 'Kenya and Ghana' });
    // Organization names arrive with their own query; an organization no longer visible is only counted.
    await waitFor(() =>
      expect(fact('Kenya and Ghana', 'Keeps')).toHaveTextContent(
        'Hosts: Kenya Election Observers Forum, CODEO Ghana, 1 other organization · Kinds: Conference, Workshop · Tags: pvt · Countries: Kenya, Ghana · Languages: English, Swahili',
      ),
    );
    expect(fact('Kenya and Ghana', 'Address starts')).toHaveTextContent('plf_Ab1x…');
    expect(fact('Kenya and Ghana', 'Created')).toHaveTextContent(formatWhen('2026-03-01T09:00:00Z'));
    expect(fact('Kenya and Ghana', 'Last fetched')).toHaveTextContent(formatWhen('2026-03-02T06:30:00Z'));
    expect(fact('Kenya and Ghana', 'Status')).toHaveTextContent('Active');

    expect(item('My agenda').getByText('My agenda', { selector: 'p' })).toBeInTheDocument();
    expect(fact('My agenda', 'Keeps')).toHaveTextContent('Your registrations and the sessions you speak in or moderate');
    expect(fact('My agenda', 'Last fetched')).toHaveTextContent('Never');

    expect(fact('Old phone', 'Status')).toHaveTextContent(`Revoked ${formatWhen('2026-03-05T10:00:00Z')}`);
    expect(item('Old phone').queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
    expect(fact('Everything', 'Keeps')).toHaveTextContent('Every event you may see');

    // No feed's address is ever listed: only its prefix.
    expect(document.body).not.toHaveTextContent('/feeds/plf_');

    // The network's public feed, with links that carry no referrer.
    const publicFeed = within(screen.getByRole('region', { name: 'The network’s public calendar' }));
    const webcal = publicFeed.getByRole('link', { name: /calendar app/ });
    expect(webcal).toHaveAttribute('href', `webcal://${window.location.host}/feeds/network.ics`);
    expect(publicFeed.getByRole('link', { name: /Google Calendar/ }).getAttribute('rel')).toContain('noreferrer');
  });

  it('creates a filtered feed and shows its address once, to copy or to subscribe with', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      FeedOrganizations: feedOrganizations,
      MyFeedSubscriptions: () => feedsList([feed(1)]),
      CreateFeedSubscription: (variables) => ({
        data: { createFeedSubscription: created(feed(9, { name: variables.name, filters: { ...feed(9).filters, ...(variables.filters as object) } })) },
      }),
    });
    const user = userEvent.setup();
    renderApp('/feeds');
    await screen.findByRole('listitem', { name: 'Feed 1' });
    await screen.findByRole('option', { name: 'CODEO Ghana' });

    await user.type(form().getByLabelText('Name'), 'West Africa conferences');
    await user.selectOptions(form().getByLabelText('Host organizations'), ['org-1', 'org-3']);
    await user.click(form().getByRole('checkbox', { name: 'Conference' }));
    await user.click(form().getByRole('checkbox', { name: 'Workshop' }));
    await user.click(form().getByRole('checkbox', { name: 'Workshop' }));
    await user.type(form().getByLabelText('Tags'), 'pvt, observer-safety,, pvt ');
    await user.type(form().getByLabelText('Countries'), 'ke, GH');
    await user.type(form().getByLabelText('Languages'), 'EN');
    await user.click(form().getByRole('button', { name: 'Create feed' }));

    const heading = await screen.findByRole('heading', { level: 2, name: 'Your new feed: West Africa conferences' });
    expect(server.callsFor('CreateFeedSubscription')[0]!.variables).toEqual({
      name: 'West Africa conferences',
      filters: { organizationIds: ['org-1', 'org-3'], kinds: ['CONFERENCE'], tags: ['pvt', 'observer-safety'], countries: ['KE', 'GH'], languages: ['en'] },
    });
    expect(heading).toHaveFocus();
    const panel = within(screen.getByRole('region', { name: 'Your new feed: West Africa conferences' }));
    expect(panel.getByText('This address is shown only now.')).toBeInTheDocument();
    expect(panel.getByLabelText('Feed address (https)')).toHaveValue(FEED_URL);
    expect(panel.getByLabelText('Feed address (webcal)')).toHaveValue(WEBCAL);

    await user.click(panel.getByRole('button', { name: 'Copy feed address (webcal)' }));
    expect(await navigator.clipboard.readText()).toBe(WEBCAL);
    expect(panel.getAllByRole('status').map((s) => s.textContent)).toContain('Copied.');

    expect(panel.getByRole('link', { name: /calendar app/ })).toHaveAttribute('href', WEBCAL);
    const google = panel.getByRole('link', { name: /Subscribe in Google Calendar/ });
    expect(google).toHaveAttribute('href', `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(WEBCAL)}`);
    const outlook = panel.getByRole('link', { name: /Subscribe in Outlook/ });
    expect(outlook).toHaveAttribute(
      'href',
      `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(FEED_URL)}&name=West%20Africa%20conferences`,
    );
    for (const link of [google, outlook]) {
      expect(link).toHaveAttribute('target', '_blank');
      expect(link.getAttribute('rel')).toBe('noreferrer noopener');
    }

    // The new feed heads the list; once dismissed, its address is gone from the page.
    expect(screen.getAllByRole('listitem').filter((li) => li.classList.contains('feed-item'))[0]).toHaveAccessibleName('West Africa conferences');
    // The form is empty again, ready for another feed.
    expect(form().getByLabelText('Name')).toHaveValue('');
    expect(form().getByRole('checkbox', { name: 'Conference' })).not.toBeChecked();
    await user.click(panel.getByRole('button', { name: 'Done' }));
    expect(screen.queryByRole('heading', { name: /Your new feed/ })).not.toBeInTheDocument();
    expect(document.body.innerHTML).not.toContain('plf_Zx9Q');
  });

  it('sends no filters when none are chosen, checks the form first and shows the server’s field errors', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      FeedOrganizations: feedOrganizations,
      MyFeedSubscriptions: () => feedsList([]),
      CreateFeedSubscription: () => ({
        data: {
          createFeedSubscription: {
            subscription: null,
            url: null,
            webcalUrl: null,
            errors: [
              { field: 'filters.languages', code: 'invalid', message: 'Unknown language “xx”.' },
              { field: null, code: 'limit', message: 'You have too many feeds.' },
            ],
          },
        },
      }),
    });
    const user = userEvent.setup();
    renderApp('/feeds');
    expect(await screen.findByText('You have no calendar feeds yet.')).toBeInTheDocument();

    await user.click(form().getByRole('button', { name: 'Create feed' }));
    expect(form().getByLabelText('Name')).toHaveAttribute('aria-invalid', 'true');
    expect(form().getByText('Give the feed a name.')).toBeInTheDocument();

    await user.type(form().getByLabelText('Name'), 'Everything');
    await user.type(form().getByLabelText('Countries'), 'Kenya');
    await user.click(form().getByRole('button', { name: 'Create feed' }));
    expect(form().getByLabelText('Countries')).toHaveAttribute('aria-invalid', 'true');
    expect(server.callsFor('CreateFeedSubscription')).toHaveLength(0);

    await user.clear(form().getByLabelText('Countries'));
    await user.type(form().getByLabelText('Languages'), 'xx');
    await user.click(form().getByRole('button', { name: 'Create feed' }));
    await waitFor(() => expect(form().getByLabelText('Languages')).toHaveAttribute('aria-invalid', 'true'));
    expect(server.callsFor('CreateFeedSubscription')[0]!.variables).toEqual({ name: 'Everything', filters: { languages: ['xx'] } });
    expect(form().getByText('Unknown language “xx”.')).toBeInTheDocument();
    expect(form().getByRole('alert')).toHaveTextContent('You have too many feeds.');
    expect(screen.queryByRole('heading', { name: /Your new feed/ })).not.toBeInTheDocument();

    await user.clear(form().getByLabelText('Languages'));
    await user.click(form().getByRole('button', { name: 'Create feed' }));
    await waitFor(() => expect(server.callsFor('CreateFeedSubscription')).toHaveLength(2));
    expect(server.callsFor('CreateFeedSubscription')[1]!.variables).toEqual({ name: 'Everything', filters: null });
  });

  it('creates my agenda feed with the server’s default name', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      FeedOrganizations: feedOrganizations,
      MyFeedSubscriptions: () => feedsList([]),
      CreateAgendaFeed: () => ({ data: { createAgendaFeed: created(feed(5, { name: 'My agenda', kind: 'AGENDA' })) } }),
    });
    const user = userEvent.setup();
    renderApp('/feeds');
    await screen.findByText('You have no calendar feeds yet.');

    await user.click(screen.getByRole('button', { name: 'Create my agenda feed' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Your new feed: My agenda' })).toBeInTheDocument();
    expect(server.callsFor('CreateAgendaFeed')[0]!.variables).toEqual({});
    expect(screen.getByLabelText('Feed address (https)')).toHaveValue(FEED_URL);
    expect(fact('My agenda', 'Keeps')).toHaveTextContent('Your registrations');
  });

  it('revokes one feed after confirmation, and only that one', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      FeedOrganizations: feedOrganizations,
      MyFeedSubscriptions: () => feedsList([feed(1, { name: 'Laptop' }), feed(2, { name: 'Phone' })]),
      RevokeFeedSubscription: () => ({
        data: { revokeFeedSubscription: { subscription: feed(2, { name: 'Phone', revokedAt: '2026-03-06T12:00:00Z' }), errors: [] } },
      }),
    });
    const user = userEvent.setup();
    renderApp('/feeds');
    await screen.findByRole('listitem', { name: 'Phone' });

    await user.click(item('Phone').getByRole('button', { name: 'Revoke Phone' }));
    expect(item('Phone').getByRole('group', { name: 'Revoke Phone?' })).toHaveTextContent('stop receiving events at once');
    await user.click(item('Phone').getByRole('button', { name: 'Keep it' }));
    expect(server.callsFor('RevokeFeedSubscription')).toHaveLength(0);

    await user.click(item('Phone').getByRole('button', { name: 'Revoke Phone' }));
    await user.click(item('Phone').getByRole('button', { name: 'Yes, revoke Phone' }));
    await waitFor(() => expect(fact('Phone', 'Status')).toHaveTextContent(`Revoked ${formatWhen('2026-03-06T12:00:00Z')}`));
    expect(server.callsFor('RevokeFeedSubscription')[0]!.variables).toEqual({ id: 'feed-2' });
    expect(item('Phone').queryByRole('button', { name: /Revoke/ })).not.toBeInTheDocument();
    expect(fact('Laptop', 'Status')).toHaveTextContent('Active');
    expect(item('Laptop').getByRole('button', { name: 'Revoke Laptop' })).toBeInTheDocument();
  });

  it('says when a feed cannot be revoked (e.g. not yours any more) and keeps it listed as it was', async () => {
    stubGraphQL({
      Viewer: signedIn,
      FeedOrganizations: feedOrganizations,
      MyFeedSubscriptions: () => feedsList([feed(2, { name: 'Phone' })]),
      RevokeFeedSubscription: () => ({ data: null, errors: [{ message: 'Not found.', extensions: { code: 'NOT_FOUND' } }] }),
    });
    const user = userEvent.setup();
    renderApp('/feeds');
    await screen.findByRole('listitem', { name: 'Phone' });
    await user.click(item('Phone').getByRole('button', { name: 'Revoke Phone' }));
    await user.click(item('Phone').getByRole('button', { name: 'Yes, revoke Phone' }));
    expect(await item('Phone').findByRole('alert')).toHaveTextContent('Not found. It may have been removed, or it is not shared with you.');
    expect(fact('Phone', 'Status')).toHaveTextContent('Active');
  });

  it('offers to try again when the list cannot be read, and sends signed-out visitors to sign in', async () => {
    let fail = true;
    stubGraphQL({
      Viewer: signedIn,
      FeedOrganizations: () => ({ data: null, errors: [{ message: 'boom' }] }),
      MyFeedSubscriptions: () => (fail ? { data: null, errors: [{ message: 'boom' }] } : feedsList([feed(1)])),
    });
    const user = userEvent.setup();
    const app = renderApp('/feeds');
    expect(await screen.findByRole('alert')).toHaveTextContent('Something went wrong on the server');
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('listitem', { name: 'Feed 1' })).toBeInTheDocument();
    // Without organizations the form still works, only without host choices.
    expect(form().getByLabelText('Host organizations').children).toHaveLength(0);
    app.unmount();

    stubGraphQL({ Viewer: signedOut });
    const anonymous = renderApp('/feeds');
    await waitFor(() => expect(anonymous.location()).toBe('/sign-in?next=%2Ffeeds'));
  });
});
