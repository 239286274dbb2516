import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { gqlRequest } from '../api/client';
import { accountsQuery, deactivateAccountMutation, reactivateAccountMutation } from '../api/adminOperations';
import { AccountActivation, Instant, type AccountData } from '../components/AccountStatusPanel';
import type { AccountsQuery } from '../gql/graphql';
import { useDebouncedSearch } from '../lib/searchParams';
import { expectedErrorMessage, isSessionGone, ROLE_LABELS } from '../lib/admin';
import './admin.css';

export const ACCOUNTS_PAGE_SIZE = 50;

type Listing = AccountsQuery['accounts']['nodes'][number];

interface ListState {
  rows: Listing[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const EMPTY: ListState = { rows: [], totalCount: 0, hasNextPage: false, endCursor: null };

/**
 * Every account of the network, for superusers and network admins (the API
 * answers an empty list to everyone else): who has an account, whether it is
 * active, when they last signed in; deactivate and reactivate.
 */
export function AccountsAdminPage() {
  const id = useId();
  const [list, setList] = useState<ListState>(EMPTY);
  const [phase, setPhase] = useState<'loading' | 'loading-more' | 'idle'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const seq = useRef(0);

  useEffect(() => {
    document.title = 'Accounts · Pluralis';
  }, []);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++seq.current;
      setPhase(after ? 'loading-more' : 'loading');
      setError(null);
      try {
        const data = await gqlRequest(accountsQuery, { first: ACCOUNTS_PAGE_SIZE, after, search: search || null });
        if (mine !== seq.current) return;
        const { nodes, pageInfo, totalCount } = data.accounts;
        setList((previous) => {
          const base = after ? previous.rows : [];
          const seen = new Set(base.map((row) => row.account.id));
          return {
            rows: [...base, ...nodes.filter((row) => !seen.has(row.account.id))],
            totalCount,
            hasNextPage: pageInfo.hasNextPage,
            endCursor: pageInfo.endCursor,
          };
        });
      } catch (err) {
        if (mine !== seq.current || isSessionGone(err)) return;
        if (!after) setList(EMPTY);
        setError(expectedErrorMessage(err));
      } finally {
        if (mine === seq.current) setPhase('idle');
      }
    },
    [search],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  useDebouncedSearch(searchText, search, setSearch);

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(searchText.trim());
  }

  function replaceAccount(account: AccountData) {
    setList((previous) => ({
      ...previous,
      rows: previous.rows.map((row) => (row.account.id === account.id ? { ...row, account } : row)),
    }));
  }

  const headingId = `${id}-heading`;
  const loading = phase === 'loading';

  return (
    <div className="page accounts-page">
      <div className="page-header">
        <h1 id={headingId}>Accounts</h1>
        <p className="muted">Who can sign in. Deactivating an account ends its sessions at once; no one’s password or codes are ever shown.</p>
      </div>

      <form className="filters" role="search" aria-label="Search accounts" onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor={`${id}-search`}>Search</label>
          <input
            id={`${id}-search`}
            type="search"
            value={searchText}
            placeholder="Name or email"
            autoComplete="off"
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            Search
          </button>
        </div>
      </form>

      <p className="list-status" role="status" aria-live="polite">
        {loading
          ? 'Loading accounts…'
          : error && list.rows.length === 0
            ? ''
            : `Showing ${list.rows.length} of ${list.totalCount} account${list.totalCount === 1 ? '' : 's'}${search ? ' matching the search' : ''}`}
      </p>

      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
          <button type="button" className="button button-secondary" onClick={() => void fetchPage(list.rows.length > 0 ? list.endCursor : null)}>
            Try again
          </button>
        </div>
      )}

      {!loading && !error && list.rows.length === 0 && (
        <div className="notice">
          <p>{search ? 'No account matches this search.' : 'No accounts to show. Only superusers and network admins see this list.'}</p>
        </div>
      )}

      {list.rows.length > 0 && (
        <div className="table-wrap">
          <table role="table" className="data-table" aria-labelledby={headingId} aria-busy={phase !== 'idle'}>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">Name</th>
                <th role="columnheader" scope="col">Signs in with</th>
                <th role="columnheader" scope="col">Status</th>
                <th role="columnheader" scope="col">Last sign-in</th>
                <th role="columnheader" scope="col">Two-factor</th>
                <th role="columnheader" scope="col">Actions</th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {list.rows.map((row) => (
                <AccountRow key={row.account.id} row={row} onChanged={replaceAccount} />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {list.hasNextPage && list.rows.length > 0 && (
        <div className="load-more">
          <button type="button" className="button button-primary" onClick={() => void fetchPage(list.endCursor)} disabled={phase !== 'idle'}>
            {phase === 'loading-more' ? 'Loading…' : 'Load more'}
          </button>
          <span className="muted">{list.totalCount - list.rows.length} more</span>
        </div>
      )}
    </div>
  );
}

function AccountRow({ row, onChanged }: { row: Listing; onChanged: (account: AccountData) => void }) {
  const { account, person } = row;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const name = person?.name ?? account.email ?? 'Account without a person';

  async function toggle(activate: boolean) {
    setBusy(true);
    setError(null);
    setAnnouncement('');
    try {
      const payload = activate
        ? (await gqlRequest(reactivateAccountMutation, { userId: account.id })).reactivateAccount
        : (await gqlRequest(deactivateAccountMutation, { userId: account.id })).deactivateAccount;
      if (payload.account && payload.errors.length === 0) {
        onChanged(payload.account);
        setAnnouncement(activate ? `${name}’s account is active again.` : `${name}’s account is deactivated; every session has ended.`);
      } else {
        setError(payload.errors.map((e) => e.message).join(' ') || 'That did not work. Please try again.');
      }
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  const roles = person?.memberships ?? [];
  return (
    <tr role="row">
      <th role="rowheader" scope="row" data-label="Name">
        <span className="org-name">{name}</span>
        {roles.length > 0 && (
          <span className="account-roles muted">
            {roles.map((m) => `${ROLE_LABELS[m.role]}, ${m.organization.name}`).join('; ')}
          </span>
        )}
      </th>
      <td role="cell" data-label="Signs in with">
        {account.email ?? 'Phone (SMS code)'}
      </td>
      <td role="cell" data-label="Status">
        <span className={`account-badge ${account.active ? 'account-active' : 'account-deactivated'}`}>
          {account.active ? 'Active' : 'Deactivated'}
        </span>
      </td>
      <td role="cell" data-label="Last sign-in">
        {account.lastSignInAt ? <Instant value={account.lastSignInAt} /> : 'Never'}
      </td>
      <td role="cell" data-label="Two-factor">
        {account.twoFactorEnabled ? 'On' : 'Off'}
      </td>
      <td role="cell" data-label="Actions" className="actions">
        <AccountActivation account={account} personName={name} busy={busy} onToggle={(activate) => void toggle(activate)} />
        <span className="announcement" role="status" aria-live="polite">
          {announcement}
        </span>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
