import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useDebouncedSearch, useUpdateParams } from '../lib/searchParams';
import { gqlRequest } from '../api/client';
import { directoryOrganizationsQuery, directoryQuery } from '../api/peopleOperations';
import type { PeopleDirectoryQuery, PersonFilter } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone, ROLE_LABELS } from '../lib/admin';
import { ContactDetails } from './shared';

export const DIRECTORY_PAGE_SIZE = 50;

type Row = PeopleDirectoryQuery['people']['nodes'][number];

interface ListState {
  key: string | null;
  rows: Row[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const EMPTY: ListState = { key: null, rows: [], totalCount: 0, hasNextPage: false, endCursor: null };

/**
 * The people directory: everyone in the organizations whose members the viewer may see
 * (the server decides), searchable by name and filtered by organization, both in the URL.
 * Emails and phones appear only where the server sends them.
 */
export function PeopleDirectoryPage() {
  const id = useId();
  const [params] = useSearchParams();
  const search = (params.get('q') ?? '').trim();
  const organizationId = params.get('org') ?? '';
  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  const [organizations, setOrganizations] = useState<{ id: string; name: string }[]>([]);
  const [list, setList] = useState<ListState>(EMPTY);
  const [phase, setPhase] = useState<'loading' | 'loading-more' | 'idle'>('loading');
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    document.title = 'People · Pluralis';
    gqlRequest(directoryOrganizationsQuery, {})
      // Filtering by an organization whose members one may not see would only be refused.
      .then((data) => setOrganizations(data.organizations.nodes.filter((o) => o.viewerCan.viewMembers)))
      .catch(() => setOrganizations([])); // the filter is a convenience; the list still works
  }, []);

  const filter: PersonFilter | null = search || organizationId ? { ...(search && { search }), ...(organizationId && { organizationId }) } : null;
  const filterKey = JSON.stringify(filter);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++seq.current;
      setPhase(after ? 'loading-more' : 'loading');
      setError(null);
      try {
        const data = await gqlRequest(directoryQuery, {
          first: DIRECTORY_PAGE_SIZE,
          after,
          filter: JSON.parse(filterKey) as PersonFilter | null,
        });
        if (mine !== seq.current) return;
        const { nodes, pageInfo, totalCount } = data.people;
        setList((previous) => {
          const base = after ? previous.rows : [];
          const seen = new Set(base.map((row) => row.id));
          return {
            key: filterKey,
            rows: [...base, ...nodes.filter((row) => !seen.has(row.id))],
            totalCount,
            hasNextPage: pageInfo.hasNextPage,
            endCursor: pageInfo.endCursor,
          };
        });
      } catch (err) {
        if (mine !== seq.current || isSessionGone(err)) return;
        if (!after) setList({ ...EMPTY, key: filterKey });
        setError(expectedErrorMessage(err));
      } finally {
        if (mine === seq.current) setPhase('idle');
      }
    },
    [filterKey],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  const updateParams = useUpdateParams();
  const applySearch = useCallback((q: string) => updateParams({ q: q || null }), [updateParams]);

  // Typing updates ?q= after a short pause (the address can be shared or reloaded).
  useDebouncedSearch(searchText, search, applySearch);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    updateParams({ q: searchText.trim() || null });
  }

  function clearFilters() {
    setSearchText('');
    updateParams({ q: null, org: null });
  }

  const loading = phase === 'loading' || list.key !== filterKey;
  const status = loading
    ? 'Loading people…'
    : error && list.rows.length === 0
      ? ''
      : `Showing ${list.rows.length} of ${list.totalCount} ${list.totalCount === 1 ? 'person' : 'people'}${filter ? ' matching the filters' : ''}`;

  return (
    <div className="page">
      <div className="page-header">
        <h1>People</h1>
        <p className="muted">
          People in the organizations whose members you may see. Contact details are shown only to those who need them.
        </p>
      </div>

      <form className="filters" role="search" aria-label="Filter people" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-search`}>Name</label>
          <input
            id={`${id}-search`}
            type="search"
            value={searchText}
            placeholder="Part of the name"
            autoComplete="off"
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-org`}>Organization</label>
          <select id={`${id}-org`} value={organizationId} onChange={(event) => updateParams({ org: event.target.value || null })}>
            <option value="">All organizations</option>
            {organizationId && !organizations.some((o) => o.id === organizationId) && (
              <option value={organizationId}>The chosen organization</option>
            )}
            {organizations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            Search
          </button>
          {(filter || searchText) && (
            <button type="button" className="button button-link" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      </form>

      <p className="list-status" role="status" aria-live="polite">
        {status}
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
          <p>{filter ? 'Nobody matches these filters.' : 'There is nobody here you may see.'}</p>
        </div>
      )}

      {list.rows.length > 0 && (
        <ul className="pp-member-list pp-panel" aria-label="People" aria-busy={loading || phase !== 'idle'}>
          {list.rows.map((person) => (
            <li key={person.id} className="pp-member-row" aria-label={person.name}>
              <div>
                <Link to={`/people/${encodeURIComponent(person.id)}`} className="pp-member-name">
                  {person.name}
                </Link>
                <ul className="pp-inline-list">
                  {person.memberships.map((m) => (
                    <li key={m.id}>
                      {ROLE_LABELS[m.role]}, <Link to={`/organizations/${encodeURIComponent(m.organization.id)}`}>{m.organization.name}</Link>
                    </li>
                  ))}
                </ul>
              </div>
              <ContactDetails email={person.email} phones={person.phones} />
            </li>
          ))}
        </ul>
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
