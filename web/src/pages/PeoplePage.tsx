import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest, GraphQLRequestError } from '../api/client';
import { organizationPeopleQuery } from '../api/adminOperations';
import { AccountStatusPanel, type AccountStatusData } from '../components/AccountStatusPanel';
import { AddPersonForm } from '../components/AddPersonForm';
import type { OrganizationPeopleQuery } from '../gql/graphql';
import { useDebouncedSearch } from '../lib/searchParams';
import { expectedErrorMessage, isSessionGone, languageLabel, ROLE_LABELS } from '../lib/admin';
import './admin.css';

export const PEOPLE_PAGE_SIZE = 50;

type Organization = OrganizationPeopleQuery['organization'];
export type PersonRow = OrganizationPeopleQuery['people']['nodes'][number];

interface ListState {
  organization: Organization | null;
  rows: PersonRow[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const EMPTY: ListState = { organization: null, rows: [], totalCount: 0, hasNextPage: false, endCursor: null };

/** An organization's people, a form to add one, and each person's account. */
export function PeoplePage() {
  const { id: organizationId = '' } = useParams();
  const id = useId();
  const [list, setList] = useState<ListState>(EMPTY);
  const [phase, setPhase] = useState<'loading' | 'loading-more' | 'idle'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const [announcement, setAnnouncement] = useState('');
  const seq = useRef(0);
  const focusPersonId = useRef<string | null>(null);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++seq.current;
      setPhase(after ? 'loading-more' : 'loading');
      setError(null);
      try {
        const data = await gqlRequest(organizationPeopleQuery, {
          organizationId,
          first: PEOPLE_PAGE_SIZE,
          after,
          search: search || null,
        });
        if (mine !== seq.current) return; // a newer request (search, reload) won
        const { nodes, pageInfo, totalCount } = data.people;
        setList((previous) => {
          const base = after ? previous.rows : [];
          const seen = new Set(base.map((row) => row.id));
          return {
            organization: data.organization,
            rows: [...base, ...nodes.filter((row) => !seen.has(row.id))],
            totalCount,
            hasNextPage: pageInfo.hasNextPage,
            endCursor: pageInfo.endCursor,
          };
        });
        focusPersonId.current = after ? (nodes[0]?.id ?? null) : null;
      } catch (err) {
        if (mine !== seq.current || isSessionGone(err)) return;
        if (!after) setList(EMPTY);
        setError(
          err instanceof GraphQLRequestError && err.codes.includes('NOT_FOUND')
            ? 'There is no such organization, or you may not see it.'
            : expectedErrorMessage(err),
        );
      } finally {
        if (mine === seq.current) setPhase('idle');
      }
    },
    [organizationId, search],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  useDebouncedSearch(searchText, search, setSearch);

  // After "Load more", put keyboard focus on the first new person, where reading continues.
  useEffect(() => {
    const personId = focusPersonId.current;
    if (personId) {
      focusPersonId.current = null;
      document.getElementById(personHeadingId(personId))?.focus();
    }
  }, [list]);

  const orgName = list.organization?.name ?? null;
  useEffect(() => {
    document.title = `${orgName ? `People of ${orgName}` : 'People'} · Pluralis`;
  }, [orgName]);

  function updateAccount(personId: string, account: AccountStatusData) {
    setList((previous) => ({
      ...previous,
      rows: previous.rows.map((row) => (row.id === personId ? { ...row, account } : row)),
    }));
  }

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(searchText.trim());
  }

  const loading = phase === 'loading';
  const headingId = `${id}-heading`;

  if (error && !list.organization) {
    return (
      <div className="page">
        <p className="breadcrumbs">
          <Link to="/organizations">Organizations</Link>
        </p>
        <h1>People</h1>
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
          <button type="button" className="button button-secondary" onClick={() => void fetchPage(null)}>
            Try again
          </button>
        </div>
      </div>
    );
  }

  return (
    <div className="page people-page">
      <div className="page-header">
        <p className="breadcrumbs">
          <Link to="/organizations">Organizations</Link>
        </p>
        <h1 id={headingId}>
          {orgName ? (
            <>
              <span className="muted-heading">People of</span> {orgName}
            </>
          ) : (
            'People'
          )}
        </h1>
      </div>

      <AddPersonForm
        organizationId={organizationId}
        onCreated={(person) => {
          setAnnouncement(`${person.name} was added.`);
          void fetchPage(null);
        }}
      />

      <p className="announcement" role="status" aria-live="polite">
        {announcement}
      </p>

      <form className="filters" role="search" aria-label="Search people" onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor={`${id}-search`}>Search people</label>
          <input
            id={`${id}-search`}
            type="search"
            value={searchText}
            placeholder="Part of the name"
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
          ? 'Loading people…'
          : `Showing ${list.rows.length} of ${list.totalCount} ${list.totalCount === 1 ? 'person' : 'people'}${search ? ' matching the search' : ''}`}
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
          <p>{search ? 'Nobody matches this search.' : 'No people to show in this organization.'}</p>
        </div>
      )}

      {list.rows.length > 0 && (
        <ul className="people-list" aria-labelledby={headingId} aria-busy={phase !== 'idle'}>
          {list.rows.map((person) => (
            <PersonItem
              key={person.id}
              person={person}
              organizationId={organizationId}
              onAccountChanged={(account) => updateAccount(person.id, account)}
            />
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

function personHeadingId(personId: string): string {
  return `person-${personId}-name`;
}

function PersonItem({
  person,
  organizationId,
  onAccountChanged,
}: {
  person: PersonRow;
  organizationId: string;
  onAccountChanged: (account: AccountStatusData) => void;
}) {
  const headingId = personHeadingId(person.id);
  const role = person.memberships.find((m) => m.organization.id === organizationId)?.role ?? null;
  return (
    <li className="person-card" aria-labelledby={headingId}>
      <div className="person-main">
        <h2 id={headingId} className="person-name" tabIndex={-1}>
          {person.name}
        </h2>
        {role && <span className="role-badge">{ROLE_LABELS[role]}</span>}
        <dl className="person-facts">
          {person.email && (
            <div>
              <dt>Email</dt>
              <dd>{person.email}</dd>
            </div>
          )}
          {person.phones.length > 0 && (
            <div>
              <dt>{person.phones.length === 1 ? 'Phone' : 'Phones'}</dt>
              <dd>
                {person.phones.map((phone) => (phone.label ? `${phone.e164} (${phone.label})` : phone.e164)).join(', ')}
              </dd>
            </div>
          )}
          <div>
            <dt>Language</dt>
            <dd>{languageLabel(person.preferredLanguage)}</dd>
          </div>
          <div>
            <dt>Time zone</dt>
            <dd>{person.timeZone.replace(/_/g, ' ')}</dd>
          </div>
        </dl>
      </div>
      <AccountStatusPanel person={person} onChanged={onAccountChanged} />
    </li>
  );
}
