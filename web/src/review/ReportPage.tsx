import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { reportQuery } from '../api/reviewOperations';
import type { ReviewReportQuery } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { canReview, formatAnswer, formatMissionTime, observerLabel, sameAnswer, useReviewMission, zoneName, type AnswerLike, type Question } from './format';
import { ReportActions, type ReportState } from './ReportActions';
import { StatusBadge } from './ResultsPage';
import { LoadStatus, ReviewHeader } from './ReviewHeader';

type Report = ReviewReportQuery['report'];
type Answer = Report['answers'][number];

/** One report: its answers, the rules it tripped, and every version with what changed. */
export function ReportPage() {
  const { id: missionId = '', reportId = '' } = useParams();
  const { t } = useTranslation('review');
  const mission = useReviewMission(missionId, t);
  const [report, setReport] = useState<Report | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    setError(null);
    try {
      setReport((await gqlRequest(reportQuery, { id: reportId })).report);
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    }
  }, [reportId]);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    document.title = `${t('title.report')} · Pluralis`;
  }, [t]);

  const timeZone = mission.phase === 'loaded' ? mission.mission.timeZone : 'UTC';
  const questions = new Map((report?.form.version?.questions ?? []).map((q) => [q.code, q]));
  const title = report ? t('report.heading', { form: report.form.name, station: `${report.location.code} · ${report.location.name}` }) : t('title.report');

  function changed(next: ReportState) {
    setReport((current) => (current ? { ...current, ...next } : current));
  }

  return (
    <div className="page review-page">
      <ReviewHeader
        missionId={missionId}
        mission={mission}
        title={title}
        crumbs={[
          { to: `/missions/${missionId}/results`, label: t('nav.results') },
          ...(report ? [{ to: `/missions/${missionId}/results/${report.location.id}/${report.form.id}`, label: t('report.backToStation') }] : []),
        ]}
      />
      <LoadStatus loading={!report && !error} error={error} onRetry={() => void load()} />
      {report && (
        <>
          <section className="event-section" aria-labelledby="report-facts">
            <h2 id="report-facts">{t('report.facts')}</h2>
            <dl className="event-facts">
              <div>
                <dt>{t('report.observer')}</dt>
                <dd>{observerLabel(t, report.observer)}</dd>
              </div>
              <div>
                <dt>{t('report.status')}</dt>
                <dd>
                  <StatusBadge status={report.status} />
                  {report.quarantineReason && <span className="review-reason"> {t('actions.reasonShown', { reason: report.quarantineReason })}</span>}
                </dd>
              </div>
              <div>
                <dt>{t('report.version')}</dt>
                <dd>{report.version}</dd>
              </div>
              <div>
                <dt>{t('report.formVersion')}</dt>
                <dd>{report.formVersion}</dd>
              </div>
              <div>
                <dt>{t('report.submitted')}</dt>
                <dd>
                  {formatMissionTime(report.submittedAt, timeZone)} <span className="muted">({zoneName(timeZone)})</span>
                </dd>
              </div>
              <div>
                <dt>{t('report.channel')}</dt>
                <dd>{t(`channel.${report.channel}`)}</dd>
              </div>
            </dl>
            {canReview(mission) && <ReportActions report={report} label={t('reports.actions')} onChanged={changed} />}
          </section>

          <section className="event-section" aria-labelledby="report-flags">
            <h2 id="report-flags">{t('report.flags')}</h2>
            {report.flags.length === 0 ? (
              <p className="muted">{t('report.noFlags')}</p>
            ) : (
              <ul className="review-flags">
                {report.flags.map((flag, index) => (
                  <li key={`${flag.code}-${index}`}>
                    <code className="review-code">{flag.code}</code>
                    {flag.question && (
                      <>
                        {' '}
                        (<code>{flag.question}</code>)
                      </>
                    )}{' '}
                    {flag.message}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="event-section" aria-labelledby="report-answers">
            <h2 id="report-answers">{t('report.answers')}</h2>
            <AnswerTable answers={report.answers} questions={questions} />
          </section>

          <VersionHistory report={report} questions={questions} timeZone={timeZone} />
        </>
      )}
    </div>
  );
}

function AnswerTable({ answers, questions }: { answers: readonly Answer[]; questions: ReadonlyMap<string, Question> }) {
  const { t } = useTranslation('review');
  return (
    <div className="table-wrap">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('station.question')}</th>
            <th scope="col">{t('station.value')}</th>
          </tr>
        </thead>
        <tbody>
          {answers.map((answer) => (
            <tr key={answer.question}>
              <th scope="row">
                <code className="review-code">{answer.question}</code> {questions.get(answer.question)?.label ?? ''}
              </th>
              <td data-label={t('station.value')}>{formatAnswer(t, questions.get(answer.question), answer)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Every version side by side; an answer that differs from the version before is marked. */
function VersionHistory({ report, questions, timeZone }: { report: Report; questions: ReadonlyMap<string, Question>; timeZone: string }) {
  const { t } = useTranslation('review');
  const versions = [...report.versions].sort((a, b) => a.number - b.number);
  const codes: string[] = [];
  for (const version of versions) for (const answer of version.answers) if (!codes.includes(answer.question)) codes.push(answer.question);
  const byVersion = versions.map((version) => new Map<string, AnswerLike>(version.answers.map((a) => [a.question, a])));
  const none: AnswerLike = { value: null, choices: null };
  return (
    <section className="event-section" aria-labelledby="report-history">
      <h2 id="report-history">{t('report.history')}</h2>
      <p className="muted">{t('report.historyHint')}</p>
      <div className="table-wrap">
        <table className="data-table review-history">
          <thead>
            <tr>
              <th scope="col">{t('station.question')}</th>
              {versions.map((version) => (
                <th scope="col" key={version.number}>
                  {t('report.versionColumn', { number: version.number })}
                  <br />
                  <span className="review-history-when">
                    {t('report.versionSubmitted', { when: formatMissionTime(version.submittedAt, timeZone), channel: t(`channel.${version.channel}`) })}
                  </span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {codes.map((code) => (
              <tr key={code}>
                <th scope="row">
                  <code className="review-code">{code}</code>
                </th>
                {versions.map((version, index) => {
                  const answer = byVersion[index]!.get(code) ?? none;
                  const changedHere = index > 0 && !sameAnswer(byVersion[index - 1]!.get(code) ?? none, answer);
                  const text = formatAnswer(t, questions.get(code), answer);
                  return (
                    <td
                      key={version.number}
                      data-label={t('report.versionColumn', { number: version.number })}
                      className={changedHere ? 'review-changed' : undefined}
                    >
                      {changedHere ? (
                        <mark>
                          {text} <span className="visually-hidden">({t('report.changed')})</span>
                        </mark>
                      ) : (
                        text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
