import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gqlRequest } from '../api/client';
import { locationQuery, missionLocationsQuery } from '../api/missionOperations';
import type { MissionLocationQuery, MissionLocationsQuery } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { formatNumber } from './missionLabels';

export const LOCATIONS_PAGE_SIZE = 100;
type Row = MissionLocationsQuery['missionLocations']['nodes'][number];
export type LocationDetail = MissionLocationQuery['location'];

interface ListState {
  rows: Row[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const EMPTY: ListState = { rows: [], totalCount: 0, hasNextPage: false, endCursor: null };

/** A location with the path above it, for breadcrumbs (null: the top of the tree). */
export function useLocation(id: string | null): LocationDetail | null {
  const [location, setLocation] = useState<LocationDetail | null>(null);
  useEffect(() => {
    let live = true;
    setLocation(null);
    if (!id) return;
    gqlRequest(locationQuery, { id })
      .then((data) => {
        if (live) setLocation(data.location);
      })
      .catch(() => {
        // The breadcrumbs are a convenience; the list below still shows.
      });
    return () => {
      live = false;
    };
  }, [id]);
  return location;
}

/**
 * The mission's location tree, one level at a time: the children of `parentId` (the top when
 * null), or with a search, the locations whose code or name starts with it.
 */
export function LocationBrowser({
  missionId,
  parentId,
  selectedId,
  onOpen,
  onSelectStation,
}: {
  missionId: string;
  parentId: string | null;
  selectedId: string | null;
  onOpen: (id: string | null) => void;
  onSelectStation: (id: string) => void;
}) {
  const { t } = useTranslation('missions');
  const id = useId();
  const parent = useLocation(parentId);
  const [list, setList] = useState<ListState>(EMPTY);
  const [phase, setPhase] = useState<'loading' | 'loading-more' | 'idle'>('loading');
  const [error, setError] = useState<string | null>(null);
  const [searchText, setSearchText] = useState('');
  const [search, setSearch] = useState('');
  const seq = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++seq.current;
      setPhase(after ? 'loading-more' : 'loading');
      setError(null);
      try {
        const data = await gqlRequest(missionLocationsQuery, { missionId, parentId, search: search || null, first: LOCATIONS_PAGE_SIZE, after });
        if (mine !== seq.current) return;
        const { nodes, pageInfo, totalCount } = data.missionLocations;
        setList((previous) => ({
          rows: [...(after ? previous.rows : []), ...nodes],
          totalCount,
          hasNextPage: pageInfo.hasNextPage,
          endCursor: pageInfo.endCursor,
        }));
      } catch (err) {
        if (mine !== seq.current || isSessionGone(err)) return;
        if (!after) setList(EMPTY);
        setError(expectedErrorMessage(err));
      } finally {
        if (mine === seq.current) setPhase('idle');
      }
    },
    [missionId, parentId, search],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(searchText.trim());
  }

  const headingId = `${id}-heading`;
  return (
    <section className="mission-section location-browser" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('locations.title')}</h2>
      <nav aria-label={t('locations.path')} className="location-path">
        <ol>
          <li>
            {parentId ? (
              <button type="button" className="button-inline" onClick={() => onOpen(null)}>
                {t('locations.top')}
              </button>
            ) : (
              <span aria-current="location">{t('locations.top')}</span>
            )}
          </li>
          {parent?.ancestors.map((ancestor) => (
            <li key={ancestor.id}>
              <button type="button" className="button-inline" onClick={() => onOpen(ancestor.id)}>
                {ancestor.name}
              </button>
            </li>
          ))}
          {parent && (
            <li>
              <span aria-current="location">{parent.name}</span>
            </li>
          )}
        </ol>
      </nav>
      <form className="filters location-search" role="search" aria-label={t('locations.searchLabel')} onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('locations.searchLabel')}</label>
          <input id={`${id}-search`} type="search" value={searchText} autoComplete="off" placeholder={t('locations.searchPlaceholder')} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('locations.search')}
          </button>
          {search && (
            <button
              type="button"
              className="button button-link"
              onClick={() => {
                setSearchText('');
                setSearch('');
              }}
            >
              {t('locations.clearSearch')}
            </button>
          )}
        </div>
      </form>
      <p className="list-status" role="status" aria-live="polite">
        {phase === 'loading' ? t('locations.loading') : t('locations.showing', { shown: formatNumber(list.rows.length), total: formatNumber(list.totalCount) })}
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {phase !== 'loading' && !error && list.rows.length === 0 && (
        <div className="notice">
          <p>{search ? t('locations.noMatch') : t('locations.empty')}</p>
        </div>
      )}
      {list.rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table location-table">
            <caption className="visually-hidden">{t('locations.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('locations.code')}</th>
                <th scope="col">{t('locations.name')}</th>
                <th scope="col" className="numeric">
                  {t('locations.voters')}
                </th>
                <th scope="col">{t('locations.below')}</th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id} aria-current={row.id === selectedId ? 'true' : undefined} className={row.id === selectedId ? 'selected-row' : undefined}>
                  <td data-label={t('locations.code')}>
                    <code>{row.code}</code>
                  </td>
                  <th scope="row">
                    {row.isStation ? (
                      <button type="button" className="button-inline" onClick={() => onSelectStation(row.id)}>
                        {row.name}
                      </button>
                    ) : (
                      <button type="button" className="button-inline" onClick={() => onOpen(row.id)}>
                        {row.name}
                      </button>
                    )}
                  </th>
                  <td data-label={t('locations.voters')} className="numeric">
                    {row.registeredVoters === null ? '' : formatNumber(row.registeredVoters)}
                  </td>
                  <td data-label={t('locations.below')}>{row.isStation ? t('locations.station') : t('locations.children', { count: row.childCount, n: formatNumber(row.childCount) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {list.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button-secondary" disabled={phase !== 'idle'} onClick={() => void fetchPage(list.endCursor)}>
            {phase === 'loading-more' ? t('loadingMore') : t('loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}
