import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useDebouncedSearch, useUpdateParams } from '../lib/searchParams';
import { errorMessage, gqlRequest, GraphQLRequestError } from '../api/client';
import { organizationsQuery } from '../api/operations';
import { FeedMenu } from '../components/FeedLinks';
import type { OrganizationFilter, OrganizationKind, OrganizationsQuery } from '../gql/graphql';
import { countryName } from '../lib/country';
import { isOrganizationKind, KIND_LABELS, KIND_OPTIONS, kindLabel } from '../lib/kinds';

export const PAGE_SIZE = 25;

type Connection = OrganizationsQuery['organizations'];
export type OrganizationRow = Connection['edges'][number]['node'];

interface ListState {
  /** The filter these rows were fetched for; differs from the current one while a new list loads. */
  key: string | null;
  rows: OrganizationRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const EMPTY: ListState = { key: null, rows: [], totalCount: 0, hasNextPage: false, endCursor: null };

export function OrganizationsPage() {
  const [params] = useSearchParams();
  const kindParam = params.get('kind');
  const kind: OrganizationKind | null = isOrganizationKind(kindParam) ? kindParam : null;
  const search = (params.get('q') ?? '').trim();

  const [searchText, setSearchText] = useState(params.get('q') ?? '');
  const [list, setList] = useState<ListState>(EMPTY);
  const [phase, setPhase] = useState<'loading' | 'loading-more' | 'idle'>('loading');
  const [error, setError] = useState<string | null>(null);
  const requestSeq = useRef(0);
  const focusRowId = useRef<string | null>(null);
  const rowHeaders = useRef(new Map<string, HTMLTableCellElement>());
  const id = useId();

  useEffect(() => {
    document.title = 'Organizations · Pluralis';
  }, []);

  const filter: OrganizationFilter | null = kind || search ? { ...(kind && { kind }), ...(search && { search }) } : null;
  const filterKey = JSON.stringify(filter);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const seq = ++requestSeq.current;
      setPhase(after ? 'loading-more' : 'loading');
      setError(null);
      try {
        const data = await gqlRequest(organizationsQuery, {
          first: PAGE_SIZE,
          after,
          filter: JSON.parse(filterKey) as OrganizationFilter | null,
        });
        if (seq !== requestSeq.current) return; // a newer request (filter change) won
        const { edges, pageInfo, totalCount } = data.organizations;
        const page = edges.map((edge) => edge.node);
        setList((previous) => {
          const base = after ? previous.rows : [];
          const seen = new Set(base.map((row) => row.id));
          return {
            key: filterKey,
            rows: [...base, ...page.filter((row) => !seen.has(row.id))],
            totalCount,
            hasNextPage: pageInfo.hasNextPage,
            endCursor: pageInfo.endCursor,
          };
        });
        focusRowId.current = after ? (page[0]?.id ?? null) : null;
      } catch (err) {
        if (seq !== requestSeq.current) return;
        // The auth provider already redirects to sign-in for expired sessions.
        if (err instanceof GraphQLRequestError && err.isUnauthenticated) return;
        // A failed first page must not leave rows of the previous filter on screen.
        if (!after) setList({ ...EMPTY, key: filterKey });
        setError(errorMessage(err));
      } finally {
        if (seq === requestSeq.current) setPhase('idle');
      }
    },
    [filterKey],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  // After "Load more", put keyboard focus on the first new row so the user
  // continues reading where the new rows begin.
  useEffect(() => {
    const rowId = focusRowId.current;
    if (rowId) {
      focusRowId.current = null;
      rowHeaders.current.get(rowId)?.focus();
    }
  }, [list]);

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
    updateParams({ q: null, kind: null });
  }

  const headingId = `${id}-heading`;
  // Right after a filter change the old rows are still on screen; say "loading"
  // rather than describing them with the new filter.
  const loading = phase === 'loading' || list.key !== filterKey;
  const statusText =
    loading
      ? 'Loading organizations…'
      : error && list.rows.length === 0
        ? ''
        : `Showing ${list.rows.length} of ${list.totalCount} organization${list.totalCount === 1 ? '' : 's'}` +
          (filter ? ' matching the filters' : '');

  return (
    <div className="page">
      <div className="page-header">
        <h1 id={headingId}>Organizations</h1>
        <p className="muted">The secretariat, member organizations, partners and funders of the network.</p>
      </div>

      <form className="filters" role="search" aria-label="Filter organizations" onSubmit={handleSubmit}>
        <div className="field">
          <label htmlFor={`${id}-search`}>Search</label>
          <input
            id={`${id}-search`}
            type="search"
            name="q"
            value={searchText}
            placeholder="Part of the name"
            autoComplete="off"
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Kind</label>
          <select id={`${id}-kind`} name="kind" value={kind ?? ''} onChange={(event) => updateParams({ kind: event.target.value || null })}>
            <option value="">All kinds</option>
            {KIND_OPTIONS.map((option) => (
              <option key={option} value={option}>
                {KIND_LABELS[option]}
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
        {statusText}
      </p>

      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void fetchPage(list.rows.length > 0 ? list.endCursor : null)}
          >
            Try again
          </button>
        </div>
      )}

      {!loading && !error && list.rows.length === 0 && (
        <div className="notice">
          <p>{filter ? 'No organizations match these filters.' : 'There are no organizations yet.'}</p>
          {filter && (
            <button type="button" className="button button-secondary" onClick={clearFilters}>
              Clear filters
            </button>
          )}
        </div>
      )}

      {list.rows.length > 0 && (
        <div className="table-wrap">
          {/* Explicit roles keep table semantics when the small-screen CSS turns rows into cards. */}
          <table role="table" className="data-table" aria-labelledby={headingId} aria-busy={loading || phase !== 'idle'}>
            <thead role="rowgroup">
              <tr role="row">
                <th role="columnheader" scope="col">Name</th>
                <th role="columnheader" scope="col">Kind</th>
                <th role="columnheader" scope="col">Country</th>
                <th role="columnheader" scope="col">Parent network</th>
                <th role="columnheader" scope="col" className="numeric">
                  Members
                </th>
                <th role="columnheader" scope="col">
                  <span className="visually-hidden">People</span>
                </th>
              </tr>
            </thead>
            <tbody role="rowgroup">
              {list.rows.map((org) => (
                <OrganizationTableRow
                  key={org.id}
                  org={org}
                  headerRef={(cell) => {
                    if (cell) rowHeaders.current.set(org.id, cell);
                    else rowHeaders.current.delete(org.id);
                  }}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}

      {list.hasNextPage && list.rows.length > 0 && (
        <div className="load-more">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void fetchPage(list.endCursor)}
            disabled={phase !== 'idle'}
            aria-describedby={`${id}-more-hint`}
          >
            {phase === 'loading-more' ? 'Loading…' : 'Load more'}
          </button>
          <span id={`${id}-more-hint`} className="muted">
            {list.totalCount - list.rows.length} more
          </span>
        </div>
      )}
    </div>
  );
}

function OrganizationTableRow({
  org,
  headerRef,
}: {
  org: OrganizationRow;
  headerRef: (cell: HTMLTableCellElement | null) => void;
}) {
  const country = countryName(org.country);
  return (
    <tr role="row">
      <th role="rowheader" scope="row" ref={headerRef} tabIndex={-1} data-label="Name">
        <Link className="org-name" to={`/organizations/${encodeURIComponent(org.id)}`}>
          {org.name}
        </Link>
      </th>
      <td role="cell" data-label="Kind">
        <span className={`kind-badge kind-${org.kind.toLowerCase().replace(/_/g, '-')}`}>{kindLabel(org.kind)}</span>
      </td>
      <td role="cell" data-label="Country">{country ?? <Missing />}</td>
      <td role="cell" data-label="Parent network">{org.parent?.name ?? <Missing />}</td>
      <td role="cell" data-label="Members" className="numeric">
        {org.memberCount === null ? <Missing /> : org.memberCount.toLocaleString('en')}
      </td>
      <td role="cell" data-label="People">
        <Link to={`/organizations/${encodeURIComponent(org.id)}/people`} aria-label={`People of ${org.name}`}>
          People
        </Link>
        {org.feedUrl && <FeedMenu url={org.feedUrl} name={org.name} label="Calendar feed" />}
      </td>
    </tr>
  );
}

function Missing() {
  return (
    <>
      <span aria-hidden="true" className="muted">
        —
      </span>
      <span className="visually-hidden">None</span>
    </>
  );
}
