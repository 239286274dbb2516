import { useCallback, useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { missionIncidentsQuery } from '../api/reviewOperations';
import type { IncidentRowFieldsFragment, IncidentSeverity, IncidentStatus } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { formatTime } from '../lib/time';
import { canReview, formatMissionTime, observerLabel, useReviewMission, zoneName } from './format';
import { INCIDENT_STATUSES, IncidentStatusBadge, SEVERITIES, SeverityBadge } from './IncidentBadges';
import { IncidentLogForm } from './IncidentLogForm';
import { LoadStatus, ReviewHeader } from './ReviewHeader';

/** The desk refreshes on its own: a critical incident must not wait for someone to reload. */
export const INCIDENT_POLL_MS = 15_000;
export const INCIDENTS_PAGE_SIZE = 100;

type Row = IncidentRowFieldsFragment;

/** Newest first, whatever order the page arrived in. */
export function newestFirst(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => Date.parse(b.occurredAt) - Date.parse(a.occurredAt) || Date.parse(b.reportedAt) - Date.parse(a.reportedAt));
}

/** The incident desk: filters, the list (critical and high stand out), and logging one. */
export function IncidentsPage() {
  const { id: missionId = '' } = useParams();
  const { t } = useTranslation('review');
  const id = useId();
  const mission = useReviewMission(missionId, t);
  const [draft, setDraft] = useState({ status: '', severity: '' });
  const [filters, setFilters] = useState({ status: '', severity: '' });
  const [rows, setRows] = useState<Row[] | null>(null);
  const [totalCount, setTotalCount] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [refreshedAt, setRefreshedAt] = useState<Date | null>(null);
  const [logging, setLogging] = useState(false);
  const seq = useRef(0);

  useEffect(() => {
    document.title = `${t('title.incidents')} · Pluralis`;
  }, [t]);

  const load = useCallback(async () => {
    const mine = ++seq.current;
    try {
      const data = await gqlRequest(missionIncidentsQuery, {
        missionId,
        status: (filters.status || null) as IncidentStatus | null,
        severity: (filters.severity || null) as IncidentSeverity | null,
        first: INCIDENTS_PAGE_SIZE,
      });
      if (mine !== seq.current) return;
      setRows(newestFirst(data.missionIncidents.nodes));
      setTotalCount(data.missionIncidents.totalCount);
      setRefreshedAt(new Date());
      setError(null);
    } catch (err) {
      if (mine !== seq.current || isSessionGone(err)) return;
      setError(expectedErrorMessage(err));
    }
  }, [missionId, filters]);

  useEffect(() => {
    setRows(null);
    void load();
    const timer = window.setInterval(() => void load(), INCIDENT_POLL_MS);
    return () => window.clearInterval(timer);
  }, [load]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setFilters(draft);
  }

  const timeZone = mission.phase === 'loaded' ? mission.mission.timeZone : null;
  return (
    <div className="page review-page">
      <ReviewHeader
        missionId={missionId}
        mission={mission}
        title={t('title.incidents')}
        crumbs={[{ to: `/missions/${missionId}/results`, label: t('nav.results') }]}
      >
        {timeZone && <p className="muted">{t('common.inZone', { zone: `${zoneName(timeZone)} (${timeZone})` })}</p>}
      </ReviewHeader>

      <div className="review-toolbar">
        <button type="button" className="button button-secondary" onClick={() => void load()}>
          {t('incidents.refresh')}
        </button>
        <span className="muted">
          {t('incidents.autoRefresh')} {refreshedAt && t('incidents.refreshed', { time: formatTime(refreshedAt, timeZone ?? 'UTC') })}
        </span>
        {!logging && timeZone && canReview(mission) && (
          <button type="button" className="button button-primary" onClick={() => setLogging(true)}>
            {t('incidents.log')}
          </button>
        )}
      </div>

      {logging && timeZone && (
        <IncidentLogForm
          missionId={missionId}
          timeZone={timeZone}
          onCancel={() => setLogging(false)}
          onLogged={() => {
            setLogging(false);
            void load();
          }}
        />
      )}

      <form className="filters review-filters" role="search" aria-label={t('title.incidents')} onSubmit={submit}>
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('incidents.filterStatus')}</label>
          <select id={`${id}-status`} value={draft.status} onChange={(e) => setDraft({ ...draft, status: e.target.value })}>
            <option value="">{t('common.any')}</option>
            {INCIDENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`incidentStatus.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-severity`}>{t('incidents.filterSeverity')}</label>
          <select id={`${id}-severity`} value={draft.severity} onChange={(e) => setDraft({ ...draft, severity: e.target.value })}>
            <option value="">{t('common.any')}</option>
            {SEVERITIES.map((severity) => (
              <option key={severity} value={severity}>
                {t(`severity.${severity}`)}
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
        {rows === null ? t('common.loading') : t('incidents.count', { shown: rows.length, total: totalCount })}
      </p>
      <LoadStatus loading={false} error={error} onRetry={() => void load()} />
      {rows !== null && rows.length === 0 && <p className="muted">{t('incidents.none')}</p>}
      {rows !== null && rows.length > 0 && (
        <ul className="review-incidents">
          {rows.map((row) => (
            <IncidentItem key={row.id} row={row} missionId={missionId} timeZone={timeZone ?? 'UTC'} />
          ))}
        </ul>
      )}
    </div>
  );
}

function IncidentItem({ row, missionId, timeZone }: { row: Row; missionId: string; timeZone: string }) {
  const { t } = useTranslation('review');
  const prominent = row.severity === 'CRITICAL' || row.severity === 'HIGH';
  const headingId = `incident-${row.id}`;
  return (
    <li className={`review-incident review-incident-${row.severity.toLowerCase()}${prominent ? ' review-incident-prominent' : ''}`} aria-labelledby={headingId}>
      <div className="review-incident-head">
        <SeverityBadge severity={row.severity} />
        <h2 id={headingId} className="review-incident-title">
          <Link to={`/missions/${missionId}/incidents/${row.id}`}>
            {t(`category.${row.category}`)} · {row.location ? `${row.location.code} ${row.location.name}` : t('incidents.noStation')}
          </Link>
        </h2>
        <IncidentStatusBadge status={row.status} />
      </div>
      <p className="review-incident-description">{row.description}</p>
      <p className="muted">
        <time dateTime={row.occurredAt}>{formatMissionTime(row.occurredAt, timeZone)}</time> · {observerLabel(t, row.reporter)} · {t('incidents.assignee')}:{' '}
        {row.assignee ? (row.assignee.name ?? t(`role.${row.assignee.role}`)) : t('incidents.nobody')}
      </p>
    </li>
  );
}
