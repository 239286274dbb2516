import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { connection, org, signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { PAGE_SIZE } from './OrganizationsPage';

function bodyRows() {
  const table = screen.getByRole('table', { name: 'Organizations' });
  // The first row is the header row.
  return within(table).getAllByRole('row').slice(1);
}

describe('OrganizationsPage', () => {
  it('renders a row per organization with name, kind label, country, parent and member count', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () =>
        connection([
          org(0, { name: 'Pluralis Network Secretariat', kind: 'NETWORK_SECRETARIAT', country: 'CH', parent: null, memberCount: 12 }),
          org(1, { name: 'Citizens Watch Kenya', kind: 'MEMBER', country: 'KE', memberCount: 1234 }),
          org(2, { name: 'Open Ballot Foundation', kind: 'FUNDER', country: null, parent: null, memberCount: 0 }),
        ]),
    });
    renderApp('/organizations');

    expect(await screen.findByRole('rowheader', { name: 'Pluralis Network Secretariat' })).toBeInTheDocument();
    const rows = bodyRows();
    expect(rows).toHaveLength(3);

    const [secretariat, member, funder] = rows.map((row) => within(row));
    expect(secretariat!.getByRole('rowheader')).toHaveTextContent('Pluralis Network Secretariat');
    expect(secretariat!.getByText('Network secretariat')).toBeInTheDocument();
    expect(secretariat!.getByText('Switzerland')).toBeInTheDocument();

    expect(member!.getByText('Member organization')).toBeInTheDocument();
    expect(member!.getByText('Kenya')).toBeInTheDocument();
    expect(member!.getByText('Pluralis Network Secretariat')).toBeInTheDocument();
    expect(member!.getByText('1,234')).toBeInTheDocument();
    // The name leads to the organization's page.
    expect(member!.getByRole('link', { name: 'Citizens Watch Kenya' })).toHaveAttribute('href', '/organizations/org-1');

    expect(funder!.getByText('Funder')).toBeInTheDocument();
    expect(funder!.getAllByText('None')).toHaveLength(2); // no country, no parent

    expect(screen.getByRole('status')).toHaveTextContent('Showing 3 of 3 organizations');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
  });

  it('appends the next page with the end cursor when "Load more" is pressed', async () => {
    const firstPage = Array.from({ length: PAGE_SIZE }, (_, i) => org(i + 1));
    const server = stubGraphQL({
      Viewer: signedIn,
      Organizations: (variables) =>
        variables.after == null
          ? connection(firstPage, { hasNextPage: true, endCursor: 'cursor-25', totalCount: PAGE_SIZE + 2 })
          : connection([org(26), org(27)], { hasNextPage: false, endCursor: 'cursor-27', totalCount: PAGE_SIZE + 2 }),
    });
    const user = userEvent.setup();
    renderApp('/organizations');

    await screen.findByText('Organization 1');
    expect(bodyRows()).toHaveLength(PAGE_SIZE);
    expect(screen.getByRole('status')).toHaveTextContent(`Showing ${PAGE_SIZE} of ${PAGE_SIZE + 2} organizations`);

    await user.click(screen.getByRole('button', { name: 'Load more' }));

    await screen.findByText('Organization 27');
    const rows = bodyRows();
    expect(rows).toHaveLength(PAGE_SIZE + 2);
    expect(rows[0]).toHaveTextContent('Organization 1');
    expect(rows[PAGE_SIZE]).toHaveTextContent('Organization 26');
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();
    // Focus moves to the first new row so keyboard users continue from there.
    expect(within(rows[PAGE_SIZE]!).getByRole('rowheader')).toHaveFocus();

    const calls = server.callsFor('Organizations');
    expect(calls).toHaveLength(2);
    expect(calls[0]!.variables).toMatchObject({ first: PAGE_SIZE, after: null, filter: null });
    expect(calls[1]!.variables).toMatchObject({ first: PAGE_SIZE, after: 'cursor-25', filter: null });
  });

  it('filters by kind and search, starting again from the first page', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Organizations: (variables) => {
        const filter = variables.filter as { kind?: string; search?: string } | null;
        if (filter?.kind === 'PARTNER' && filter.search === 'watch') {
          return connection([org(9, { name: 'Election Watch Partners', kind: 'PARTNER' })]);
        }
        if (filter?.kind === 'PARTNER') return connection([org(8, { name: 'UN Partner Desk', kind: 'PARTNER' })]);
        return connection([org(1), org(2)], { hasNextPage: true, endCursor: 'c2', totalCount: 40 });
      },
    });
    const user = userEvent.setup();
    const app = renderApp('/organizations');
    await screen.findByText('Organization 1');

    await user.selectOptions(screen.getByLabelText('Kind'), 'Partner');
    expect(await screen.findByText('UN Partner Desk')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(1);
    expect(app.location()).toBe('/organizations?kind=PARTNER');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'watch');
    expect(await screen.findByText('Election Watch Partners')).toBeInTheDocument();
    expect(bodyRows()).toHaveLength(1);
    expect(screen.getByRole('status')).toHaveTextContent('Showing 1 of 1 organization matching the filters');

    const last = server.callsFor('Organizations').at(-1)!;
    expect(last.variables).toMatchObject({ after: null, filter: { kind: 'PARTNER', search: 'watch' } });
    // Typing is debounced: not one request per keystroke.
    expect(server.callsFor('Organizations').length).toBeLessThanOrEqual(4);
  });

  it('reads filters from the URL and offers to clear them when nothing matches', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Organizations: (variables) => (variables.filter ? connection([]) : connection([org(1)])),
    });
    const user = userEvent.setup();
    renderApp('/organizations?kind=FUNDER&q=zzz');

    expect(await screen.findByText('No organizations match these filters.')).toBeInTheDocument();
    expect(screen.getByLabelText('Kind')).toHaveValue('FUNDER');
    expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('zzz');
    expect(server.callsFor('Organizations')[0]!.variables).toMatchObject({ filter: { kind: 'FUNDER', search: 'zzz' } });

    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(await screen.findByText('Organization 1')).toBeInTheDocument();
    expect(screen.getByLabelText('Kind')).toHaveValue('');
  });

  it('sends the user to sign in when the session has expired', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () => ({ data: null, errors: [{ message: 'Not signed in', extensions: { code: 'UNAUTHENTICATED' } }] }),
    });
    const app = renderApp('/organizations?kind=MEMBER');
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(app.location()).toBe('/sign-in?next=%2Forganizations%3Fkind%3DMEMBER');
  });

  it('shows an error with a retry button when the server fails', async () => {
    let fail = true;
    stubGraphQL({
      Viewer: signedIn,
      Organizations: () =>
        fail ? { data: null, errors: [{ message: 'Unexpected error.' }] } : connection([org(1)]),
    });
    const user = userEvent.setup();
    renderApp('/organizations');
    expect(await screen.findByRole('alert')).toHaveTextContent(/something went wrong/i);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('Organization 1')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('alert')).not.toBeInTheDocument());
  });
});
