import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { stationResultQuery } from '../api/reviewOperations';
import type { ReviewReportRowFieldsFragment, StationResultFieldsFragment } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { canReview, formatAnswer, observerLabel, useReviewMission, type Question } from './format';
import { OverrideForm } from './OverrideForm';
import { ReportActions, type ReportState } from './ReportActions';
import { ReportTable } from './ResultsPage';
import { LoadStatus, ReviewHeader } from './ReviewHeader';

type Result = StationResultFieldsFragment;
type Field = Result['fields'][number];
type ReportRow = ReviewReportRowFieldsFragment;

/**
 * One station's consolidated answers for one form: which observer's value each field took,
 * conflicts with every observer's value side by side, overrides with their reasons, and the
 * station's reports to verify, quarantine or release.
 */
export function StationResultPage() {
  const { id: missionId = '', locationId = '', formId = '' } = useParams();
  const { t } = useTranslation('review');
  const mission = useReviewMission(missionId, t);
  const [result, setResult] = useState<Result | null>(null);
  const [reports, setReports] = useState<ReportRow[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const load = useCallback(async () => {
    setError(null);
    try {
      const data = await gqlRequest(stationResultQuery, { missionId, locationId, formId });
      setResult(data.stationResult);
      setReports(data.missionReports.nodes);
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    }
  }, [missionId, locationId, formId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.title = `${result ? `${result.location.code} ${result.form.name}` : t('title.station')} · Pluralis`;
  }, [result, t]);

  function reportChanged(next: ReportState) {
    setReports((rows) => rows.map((row) => (row.id === next.id ? { ...row, ...next } : row)));
  }

  function reportActions(row: ReportRow) {
    return (
      <>
        {row.quarantineReason && <p className="review-reason">{t('actions.reasonShown', { reason: row.quarantineReason })}</p>}
        <ReportActions report={row} label={`${t('reports.actions')} ${observerLabel(t, row.observer)}`} onChanged={reportChanged} />
      </>
    );
  }

  const reviewer = canReview(mission);
  const timeZone = mission.phase === 'loaded' ? mission.mission.timeZone : 'UTC';
  const questions = new Map((result?.form.version?.questions ?? []).map((q) => [q.code, q]));
  const title = result ? `${result.location.code} · ${result.location.name} — ${result.form.name}` : t('title.station');

  return (
    <div className="page review-page">
      <ReviewHeader missionId={missionId} mission={mission} title={title} crumbs={[{ to: `/missions/${missionId}/results`, label: t('nav.results') }]}>
        {result && (
          <p className="muted">
            {result.location.registeredVoters !== null && <>{t('station.registeredVoters', { count: result.location.registeredVoters })} · </>}
            {t('station.reportCount', { count: result.reportCount })} · {t('station.conflictCount', { count: result.conflictCount })}
          </p>
        )}
      </ReviewHeader>
      <LoadStatus loading={!result && !error} error={error} onRetry={() => void load()} />
      <p className="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
      {result && (
        <section className="event-section" aria-labelledby="station-fields">
          <h2 id="station-fields">{t('station.fieldsHeading')}</h2>
          <ul className="review-fields">
            {result.fields.map((field) => (
              <FieldItem
                key={field.question}
                field={field}
                question={questions.get(field.question)}
                canOverride={reviewer}
                locationId={locationId}
                formId={formId}
                onOverridden={(next) => {
                  setResult(next);
                  setAnnouncement(t('station.overrideDone', { question: field.question }));
                }}
              />
            ))}
          </ul>
        </section>
      )}
      {result && (
        <section className="event-section" aria-labelledby="station-reports">
          <h2 id="station-reports">{t('station.reportsHeading')}</h2>
          {reports.length === 0 ? (
            <p className="muted">{t('station.noReports')}</p>
          ) : (
            <ReportTable
              missionId={missionId}
              rows={reports}
              timeZone={timeZone}
              actions={reviewer ? reportActions : undefined}
            />
          )}
        </section>
      )}
    </div>
  );
}

function FieldItem({
  field,
  question,
  canOverride,
  locationId,
  formId,
  onOverridden,
}: {
  field: Field;
  question: Question | undefined;
  canOverride: boolean;
  locationId: string;
  formId: string;
  onOverridden: (result: Result) => void;
}) {
  const { t } = useTranslation('review');
  const [editing, setEditing] = useState(false);
  const headingId = `field-${field.question}`;
  // An override settles a conflict: the observers' values stay listed, the alarm goes.
  const open = field.conflict && !field.overridden;
  return (
    <li className={open ? 'review-field review-field-conflict' : 'review-field'} aria-labelledby={headingId}>
      <div className="review-field-head">
        <h3 id={headingId}>
          <code className="review-code">{field.question}</code> {question?.label ?? ''}
        </h3>
        {open && <span className="review-badge review-badge-conflict">{t('station.conflict')}</span>}
        {field.overridden && <span className="review-badge review-badge-overridden">{t('station.overridden')}</span>}
      </div>
      <dl className="review-field-facts">
        <div>
          <dt>{t('station.value')}</dt>
          <dd className="review-value">{open && field.value === null && !field.choices ? t('station.undecided') : formatAnswer(t, question, field)}</dd>
        </div>
        <div>
          <dt>{t('station.source')}</dt>
          <dd>{field.overridden ? t('station.overridden') : field.source ? observerLabel(t, field.source) : '—'}</dd>
        </div>
      </dl>
      {field.overridden && field.overrideReason && <p className="review-reason">{t('station.overrideReason', { reason: field.overrideReason })}</p>}
      {field.values.length > 0 && (field.conflict || field.values.length > 1) && (
        <ul className="review-values" aria-label={t('station.valuesLabel', { question: field.question })}>
          {field.values.map((value) => (
            <li key={value.reportId}>
              <span className="review-values-observer">{observerLabel(t, value.observer)}</span>
              <span className="review-value">{formatAnswer(t, question, value)}</span>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <OverrideForm
          field={field}
          question={question}
          locationId={locationId}
          formId={formId}
          onCancel={() => setEditing(false)}
          onDone={(result) => {
            setEditing(false);
            onOverridden(result);
          }}
        />
      )}
      {!editing && canOverride && (
        <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
          {t('station.override')} <span className="visually-hidden">{field.question}</span>
        </button>
      )}
    </li>
  );
}
