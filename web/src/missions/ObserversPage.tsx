import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { missionObserversQuery } from '../api/missionOperations';
import type { MissionFieldsFragment, MissionObserversQuery } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone, languageLabel } from '../lib/admin';
import { formatNumber } from './missionLabels';
import { MissionFrame } from './MissionFrame';

export const ROSTER_PAGE_SIZE = 50;
type Row = MissionObserversQuery['missionObservers']['nodes'][number];

/** /missions/:id/observers — the roster. Names and phones only for those who may see them. */
export function ObserversPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('missions');
  return (
    <MissionFrame missionId={id} title={t('roster.title')}>
      {(mission) => <Roster mission={mission} />}
    </MissionFrame>
  );
}

interface ListState {
  rows: Row[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

const EMPTY: ListState = { rows: [], totalCount: 0, hasNextPage: false, endCursor: null };

function Roster({ mission }: { mission: MissionFieldsFragment }) {
  const { t } = useTranslation('missions');
  const id = useId();
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
        const data = await gqlRequest(missionObserversQuery, { missionId: mission.id, search: search || null, first: ROSTER_PAGE_SIZE, after });
        if (mine !== seq.current) return; // a newer search won
        const { nodes, pageInfo, totalCount } = data.missionObservers;
        setList((previous) => {
          const base = after ? previous.rows : [];
          const seen = new Set(base.map((row) => row.id));
          return { rows: [...base, ...nodes.filter((row) => !seen.has(row.id))], totalCount, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor };
        });
      } catch (err) {
        if (mine !== seq.current || isSessionGone(err)) return;
        if (!after) setList(EMPTY);
        setError(expectedErrorMessage(err));
      } finally {
        if (mine === seq.current) setPhase('idle');
      }
    },
    [mission.id, search],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  function submitSearch(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSearch(searchText.trim());
  }

  const loading = phase === 'loading';
  return (
    <>
      <form className="filters roster-filters" role="search" aria-label={t('roster.searchLabel')} onSubmit={submitSearch}>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('roster.searchLabel')}</label>
          <input id={`${id}-search`} type="search" value={searchText} autoComplete="off" placeholder={t('roster.searchPlaceholder')} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('roster.search')}
          </button>
        </div>
      </form>

      <p className="list-status" role="status" aria-live="polite">
        {loading ? t('roster.loading') : t('roster.showing', { shown: formatNumber(list.rows.length), total: formatNumber(list.totalCount), count: list.totalCount })}
      </p>

      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
          <button type="button" className="button button-secondary" onClick={() => void fetchPage(null)}>
            {t('tryAgain')}
          </button>
        </div>
      )}

      {!loading && !error && list.rows.length === 0 && (
        <div className="notice">
          <p>{search ? t('roster.noMatch') : t('roster.empty')}</p>
        </div>
      )}

      {list.rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table roster-table" aria-busy={phase !== 'idle'}>
            <caption className="visually-hidden">{t('roster.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('roster.code')}</th>
                <th scope="col">{t('roster.name')}</th>
                <th scope="col">{t('roster.phones')}</th>
                <th scope="col">{t('roster.kind')}</th>
                <th scope="col">{t('roster.language')}</th>
                <th scope="col" className="numeric">
                  {t('roster.deployments')}
                </th>
              </tr>
            </thead>
            <tbody>
              {list.rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row">
                    <code>{row.code}</code>
                  </th>
                  <td data-label={t('roster.name')}>{row.name ?? <Hidden />}</td>
                  <td data-label={t('roster.phones')}>{row.phones === null ? <Hidden /> : row.phones.length > 0 ? row.phones.join(', ') : '—'}</td>
                  <td data-label={t('roster.kind')}>{t(`observerKind.${row.kind}`)}</td>
                  <td data-label={t('roster.language')}>{languageLabel(row.language)}</td>
                  <td data-label={t('roster.deployments')} className="numeric">
                    {formatNumber(row.deploymentCount)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {list.hasNextPage && list.rows.length > 0 && (
        <div className="load-more">
          <button type="button" className="button button-primary" onClick={() => void fetchPage(list.endCursor)} disabled={phase !== 'idle'}>
            {phase === 'loading-more' ? t('loadingMore') : t('loadMore')}
          </button>
          <span className="muted">{t('roster.more', { n: formatNumber(list.totalCount - list.rows.length) })}</span>
        </div>
      )}
    </>
  );
}

/** A value the caller may not see: said plainly, so it is not mistaken for missing data. */
export function Hidden() {
  const { t } = useTranslation('missions');
  return (
    <span className="hidden-value" title={t('roster.hiddenWhy')}>
      {t('roster.hidden')}
    </span>
  );
}
