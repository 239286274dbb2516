import { useCallback, useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { missionConflictsQuery, missionReportsQuery, missionResultsQuery } from '../api/reviewOperations';
import type { MissionConflictsQuery, MissionResultsQuery, ReportStatus, ReviewReportRowFieldsFragment } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { formatMissionTime, observerLabel, useReviewMission } from './format';
import { LoadStatus, ReviewHeader } from './ReviewHeader';

export const RESULTS_PAGE_SIZE = 50;
const STATUSES: ReportStatus[] = ['SUBMITTED', 'FLAGGED', 'VERIFIED', 'QUARANTINED'];

type Overview = MissionResultsQuery;
type ConflictRow = MissionConflictsQuery['missionConflicts']['nodes'][number];
type ReportRow = ReviewReportRowFieldsFragment;

interface Paged<T> {
  rows: T[];
  totalCount: number;
  endCursor: string | null;
  hasNextPage: boolean;
}

const conflictKey = (row: ConflictRow) => `${row.location.id}-${row.form.id}`;
const reportKey = (row: ReportRow) => row.id;
const EMPTY_PAGE = { rows: [], totalCount: 0, endCursor: null, hasNextPage: false };

/** A mission's results: the summary, the stations whose observers disagree, and every report. */
export function ResultsPage() {
  const { id: missionId = '' } = useParams();
  const { t } = useTranslation('review');
  const mission = useReviewMission(missionId, t);
  const [overview, setOverview] = useState<Overview | null>(null);
  const [overviewError, setOverviewError] = useState<string | null>(null);

  useEffect(() => {
    document.title = `${t('title.results')} · Pluralis`;
  }, [t]);

  const loadOverview = useCallback(async () => {
    setOverviewError(null);
    try {
      setOverview(await gqlRequest(missionResultsQuery, { missionId }));
    } catch (err) {
      if (!isSessionGone(err)) setOverviewError(expectedErrorMessage(err));
    }
  }, [missionId]);

  useEffect(() => {
    void loadOverview();
  }, [loadOverview]);

  return (
    <div className="page review-page">
      <ReviewHeader
        missionId={missionId}
        mission={mission}
        title={t('title.results')}
        crumbs={[{ to: `/missions/${missionId}/incidents`, label: t('nav.incidents') }]}
      />
      <LoadStatus loading={!overview && !overviewError} error={overviewError} onRetry={() => void loadOverview()} />
      {overview && <Summary summary={overview.missionSummary} />}
      <ConflictList missionId={missionId} />
      <ReportList missionId={missionId} forms={overview?.missionForms ?? []} timeZone={mission.phase === 'loaded' ? mission.mission.timeZone : 'UTC'} />
    </div>
  );
}

function Summary({ summary }: { summary: Overview['missionSummary'] }) {
  const { t } = useTranslation('review');
  // Red only when there is something to look at.
  const alarm = (key: string, count: number) => (count > 0 ? `${key} review-stat-alarm` : key);
  const items: Array<[string, string, string]> = [
    ['stations', t('summary.stationsReporting'), t('summary.ofStations', { reporting: summary.stationsReporting, stations: summary.stations })],
    ['reports', t('summary.reports'), t('summary.ofExpected', { reports: summary.reports, expected: summary.expectedReports })],
    ['flagged', t('summary.flagged'), String(summary.flagged)],
    [alarm('quarantined', summary.quarantined), t('summary.quarantined'), String(summary.quarantined)],
    [alarm('conflicts', summary.conflicts), t('summary.conflicts'), String(summary.conflicts)],
  ];
  return (
    <section className="event-section" aria-labelledby="review-summary">
      <h2 id="review-summary">{t('summary.heading')}</h2>
      <dl className="review-summary">
        {items.map(([key, term, value]) => (
          <div key={term} className={`review-stat review-stat-${key}`}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

/** A paged list, loaded again from the start when `load` changes; rows already shown are not repeated. */
function usePaged<T>(
  load: (after: string | null) => Promise<{ nodes: T[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null } }>,
  keyOf: (row: T) => string,
) {
  const [page, setPage] = useState<Paged<T>>(EMPTY_PAGE);
  const [phase, setPhase] = useState<'loading' | 'more' | 'idle'>('loading');
  const [error, setError] = useState<string | null>(null);
  const seq = useRef(0);

  const fetchPage = useCallback(
    async (after: string | null) => {
      const mine = ++seq.current;
      setPhase(after ? 'more' : 'loading');
      setError(null);
      try {
        const data = await load(after);
        if (mine !== seq.current) return;
        setPage((previous) => {
          const seen = new Set(after ? previous.rows.map(keyOf) : []);
          return {
            rows: [...(after ? previous.rows : []), ...data.nodes.filter((row) => !seen.has(keyOf(row)))],
          totalCount: data.totalCount,
          endCursor: data.pageInfo.endCursor,
            hasNextPage: data.pageInfo.hasNextPage,
          };
        });
      } catch (err) {
        if (mine !== seq.current || isSessionGone(err)) return;
        setError(expectedErrorMessage(err));
      } finally {
        if (mine === seq.current) setPhase('idle');
      }
    },
    [load, keyOf],
  );

  useEffect(() => {
    void fetchPage(null);
  }, [fetchPage]);

  return { page, phase, error, fetchPage };
}

function ConflictList({ missionId }: { missionId: string }) {
  const { t } = useTranslation('review');
  const load = useCallback(
    async (after: string | null) =>
      (await gqlRequest(missionConflictsQuery, { missionId, first: RESULTS_PAGE_SIZE, after })).missionConflicts,
    [missionId],
  );
  const { page, phase, error, fetchPage } = usePaged<ConflictRow>(load, conflictKey);
  return (
    <section className="event-section" aria-labelledby="review-conflicts">
      <h2 id="review-conflicts">{t('conflicts.heading')}</h2>
      <LoadStatus loading={phase === 'loading'} error={error} onRetry={() => void fetchPage(null)} />
      {phase !== 'loading' && !error && page.rows.length === 0 && <p className="muted">{t('conflicts.none')}</p>}
      {page.rows.length > 0 && (
        <div className="table-wrap">
          <table className="data-table" aria-labelledby="review-conflicts">
            <thead>
              <tr>
                <th scope="col">{t('conflicts.station')}</th>
                <th scope="col">{t('conflicts.form')}</th>
                <th scope="col" className="numeric">
                  {t('conflicts.reports')}
                </th>
                <th scope="col" className="numeric">
                  {t('conflicts.fields')}
                </th>
              </tr>
            </thead>
            <tbody>
              {page.rows.map((row) => (
                <tr key={`${row.location.id}-${row.form.id}`} className="review-conflict-row">
                  <th scope="row">
                    <Link to={`/missions/${missionId}/results/${row.location.id}/${row.form.id}`}>
                      {row.location.code} · {row.location.name}
                    </Link>
                  </th>
                  <td data-label={t('conflicts.form')}>{row.form.name}</td>
                  <td data-label={t('conflicts.reports')} className="numeric">
                    {row.reportCount}
                  </td>
                  <td data-label={t('conflicts.fields')} className="numeric">
                    <span className="review-badge review-badge-conflict">{row.conflictCount}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button-primary" disabled={phase !== 'idle'} onClick={() => void fetchPage(page.endCursor)}>
            {t('common.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

function ReportList({ missionId, forms, timeZone }: { missionId: string; forms: Overview['missionForms']; timeZone: string }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [draft, setDraft] = useState({ formId: '', status: '' });
  const [filters, setFilters] = useState({ formId: '', status: '' });
  const load = useCallback(
    async (after: string | null) =>
      (
        await gqlRequest(missionReportsQuery, {
          missionId,
          formId: filters.formId || null,
          status: (filters.status || null) as ReportStatus | null,
          first: RESULTS_PAGE_SIZE,
          after,
        })
      ).missionReports,
    [missionId, filters],
  );
  const { page, phase, error, fetchPage } = usePaged<ReportRow>(load, reportKey);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
  }

  return (
    <section className="event-section" aria-labelledby="review-reports">
      <h2 id="review-reports">{t('reports.heading')}</h2>
      <form className="filters review-filters" role="search" aria-label={t('reports.heading')} onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-form`}>{t('reports.filterForm')}</label>
          <select id={`${id}-form`} value={draft.formId} onChange={(e) => setDraft({ ...draft, formId: e.target.value })}>
            <option value="">{t('common.any')}</option>
            {forms.map((form) => (
              <option key={form.id} value={form.id}>
                {form.code} · {form.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('reports.filterStatus')}</label>
          <select id={`${id}-status`} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">{t('common.any')}</option>
            {STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="filter-actions">
          <button type="submit" className="button button-secondary">
            {t('reports.filter')}
          </button>
        </div>
      </form>
      <p className="list-status" role="status" aria-live="polite">
        {phase === 'loading' ? t('common.loading') : t('reports.count', { shown: page.rows.length, total: page.totalCount })}
      </p>
      <LoadStatus loading={false} error={error} onRetry={() => void fetchPage(null)} />
      {phase !== 'loading' && !error && page.rows.length === 0 && <p className="muted">{t('reports.none')}</p>}
      {page.rows.length > 0 && <ReportTable missionId={missionId} rows={page.rows} timeZone={timeZone} />}
      {page.hasNextPage && (
        <div className="load-more">
          <button type="button" className="button button-primary" disabled={phase !== 'idle'} onClick={() => void fetchPage(page.endCursor)}>
            {t('common.loadMore')}
          </button>
        </div>
      )}
    </section>
  );
}

/** Reports as rows; `actions` adds a cell per report (the station view puts verify/quarantine there). */
export function ReportTable({
  missionId,
  rows,
  timeZone,
  actions,
}: {
  missionId: string;
  rows: readonly ReportRow[];
  timeZone: string;
  actions?: (row: ReportRow) => ReactNode;
}) {
  const { t } = useTranslation('review');
  return (
    <div className="table-wrap">
      <table className="data-table review-report-table">
        <thead>
          <tr>
            <th scope="col">{t('reports.station')}</th>
            <th scope="col">{t('reports.form')}</th>
            <th scope="col">{t('reports.observer')}</th>
            <th scope="col">{t('reports.status')}</th>
            <th scope="col">{t('reports.flags')}</th>
            <th scope="col">{t('reports.submitted')}</th>
            <th scope="col" className="numeric">
              {t('reports.version')}
            </th>
            {actions && <th scope="col">{t('reports.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} aria-label={`${row.location.code} ${observerLabel(t, row.observer)}`}>
              <th scope="row">
                {/* The visible text starts the link's name (speech users say what they see); whose report it is follows, for screen readers. */}
                <Link to={`/missions/${missionId}/reports/${row.id}`}>
                  {row.location.code} · {row.location.name}
                  <span className="visually-hidden">{t('reports.open', { observer: observerLabel(t, row.observer) })}</span>
                </Link>
              </th>
              <td data-label={t('reports.form')}>{row.form.name}</td>
              <td data-label={t('reports.observer')}>
                <code>{row.observer.observerCode ?? '—'}</code>
              </td>
              <td data-label={t('reports.status')}>
                <StatusBadge status={row.status} />
              </td>
              <td data-label={t('reports.flags')}>{row.flags.length}</td>
              <td data-label={t('reports.submitted')}>{formatMissionTime(row.submittedAt, timeZone)}</td>
              <td data-label={t('reports.version')} className="numeric">
                {row.version}
              </td>
              {actions && <td data-label={t('reports.actions')}>{actions(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function StatusBadge({ status }: { status: ReportStatus }) {
  const { t } = useTranslation('review');
  return <span className={`status-badge review-status-${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
