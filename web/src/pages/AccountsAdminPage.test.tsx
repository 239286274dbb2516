import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { signedIn, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { ACCOUNTS_PAGE_SIZE } from './AccountsAdminPage';
import { account, accountsPage, listing } from './AdminTestData';

function rowOf(name: string) {
  const header = screen.getByRole('rowheader', { name: new RegExp(`^${name}`) });
  return within(header.closest('tr')!);
}

// The whole app renders for each test; on a busy machine a search with its pause can pass 5 s.
describe('AccountsAdminPage', () => {
  it('lists accounts with how they sign in, their state, last sign-in and two-factor', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Accounts: () =>
        accountsPage([
          listing(1, { account: { lastSignInAt: '2026-03-03T08:00:00Z', twoFactorEnabled: true } }),
          listing(2, { account: { email: null, active: false } }),
          listing(3, { person: null }),
        ]),
    });
    renderApp('/admin/accounts');

    expect(await screen.findByRole('table', { name: 'Accounts' })).toBeInTheDocument();
    expect(screen.getByText('Showing 3 of 3 accounts')).toBeInTheDocument();
    expect(server.callsFor('Accounts')[0]!.variables).toEqual({ first: ACCOUNTS_PAGE_SIZE, after: null, search: null });

    const first = rowOf('Person 1');
    expect(first.getByText('Organizer, Citizens Watch Kenya')).toBeInTheDocument();
    expect(first.getByText('user1@example.org')).toBeInTheDocument();
    expect(first.getByText('Active')).toBeInTheDocument();
    expect(first.getByText('On')).toBeInTheDocument();
    const lastSignIn = screen.getByRole('rowheader', { name: /^Person 1/ }).closest('tr')!.querySelector('time');
    expect(lastSignIn).toHaveAttribute('datetime', '2026-03-03T08:00:00Z');
    expect(first.getByRole('button', { name: 'Deactivate…' })).toBeInTheDocument();

    const second = rowOf('Person 2');
    expect(second.getByText('Phone (SMS code)')).toBeInTheDocument();
    expect(second.getByText('Deactivated')).toBeInTheDocument();
    expect(second.getByText('Never')).toBeInTheDocument();
    expect(second.getByRole('button', { name: 'Reactivate…' })).toBeInTheDocument();

    // An account without a person (an old superuser) is named by its email.
    expect(rowOf('user3@example.org').getByText('Active')).toBeInTheDocument();
  });

  it('searches after a pause and loads more with the end cursor', async () => {
    const firstPage = Array.from({ length: ACCOUNTS_PAGE_SIZE }, (_, i) => listing(i + 1));
    const server = stubGraphQL({
      Viewer: signedIn,
      Accounts: (variables) => {
        if (variables.search === 'nadia') return accountsPage([listing(77, { person: { id: 'p77', name: 'Nadia Organizer', memberships: [] } })]);
        return variables.after == null
          ? accountsPage(firstPage, { hasNextPage: true, endCursor: 'c50', totalCount: ACCOUNTS_PAGE_SIZE + 1 })
          : accountsPage([listing(51)], { totalCount: ACCOUNTS_PAGE_SIZE + 1 });
      },
    });
    const user = userEvent.setup();
    renderApp('/admin/accounts');
    await screen.findByText('user1@example.org');

    await user.click(screen.getByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('user51@example.org')).toBeInTheDocument();
    expect(server.callsFor('Accounts')[1]!.variables).toEqual({ first: ACCOUNTS_PAGE_SIZE, after: 'c50', search: null });
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nadia');
    expect(await screen.findByText('Nadia Organizer')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByText('user1@example.org')).not.toBeInTheDocument());
    expect(screen.getByText('Showing 1 of 1 account matching the search')).toBeInTheDocument();
    // Debounced: one request for the whole word, not one per letter.
    expect(server.callsFor('Accounts').filter((c) => c.variables.search)).toHaveLength(1);
  });

  it('deactivates after confirming and reactivates', async () => {
    const server = stubGraphQL({
      Viewer: signedIn,
      Accounts: () => accountsPage([listing(1)]),
      DeactivateAccount: () => ({ data: { deactivateAccount: { account: account({ id: 'user-1', email: 'user1@example.org', active: false }), errors: [] } } }),
      ReactivateAccount: () => ({ data: { reactivateAccount: { account: account({ id: 'user-1', email: 'user1@example.org', active: true }), errors: [] } } }),
    });
    const user = userEvent.setup();
    renderApp('/admin/accounts');
    await screen.findByText('user1@example.org');
    const row = rowOf('Person 1');

    await user.click(row.getByRole('button', { name: 'Deactivate…' }));
    expect(row.getByText('Deactivate Person 1’s account? They are signed out everywhere at once.')).toBeInTheDocument();
    await user.click(row.getByRole('button', { name: 'Yes, deactivate' }));
    expect(await row.findByText('Deactivated')).toBeInTheDocument();
    expect(row.getByText('Person 1’s account is deactivated; every session has ended.')).toBeInTheDocument();
    expect(server.callsFor('DeactivateAccount')[0]!.variables).toEqual({ userId: 'user-1' });

    await user.click(row.getByRole('button', { name: 'Reactivate…' }));
    await user.click(row.getByRole('button', { name: 'Yes, reactivate' }));
    expect(await row.findByText('Active')).toBeInTheDocument();
    expect(server.callsFor('ReactivateAccount')[0]!.variables).toEqual({ userId: 'user-1' });
  });

  it('shows a refusal from the server in the row', async () => {
    stubGraphQL({
      Viewer: signedIn,
      Accounts: () => accountsPage([listing(1)]),
      DeactivateAccount: () => ({ data: { deactivateAccount: { account: null, errors: [{ field: 'userId', code: 'self', message: 'You cannot deactivate your own account.' }] } } }),
    });
    const user = userEvent.setup();
    renderApp('/admin/accounts');
    await screen.findByText('user1@example.org');
    const row = rowOf('Person 1');
    await user.click(row.getByRole('button', { name: 'Deactivate…' }));
    await user.click(row.getByRole('button', { name: 'Yes, deactivate' }));
    expect(await row.findByRole('alert')).toHaveTextContent('You cannot deactivate your own account.');
    expect(row.getByText('Active')).toBeInTheDocument();
  });

  it('says so when the list is empty (the API shows it only to superusers and network admins)', async () => {
    stubGraphQL({ Viewer: signedIn, Accounts: () => accountsPage([]) });
    renderApp('/admin/accounts');
    expect(await screen.findByText('No accounts to show. Only superusers and network admins see this list.')).toBeInTheDocument();
  });

  it('offers to try again after a server error', async () => {
    let fail = true;
    stubGraphQL({
      Viewer: signedIn,
      Accounts: () => (fail ? { data: null, errors: [{ message: 'Unexpected error.' }] } : accountsPage([listing(1)])),
    });
    const user = userEvent.setup();
    renderApp('/admin/accounts');
    expect(await screen.findByRole('alert')).toHaveTextContent(/something went wrong/i);
    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('user1@example.org')).toBeInTheDocument();
  });
});
