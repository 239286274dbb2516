import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { myAssignmentsQuery, myReportsQuery } from '../api/observerOperations';
import { noticeFrom } from '../auth/messages';
import type { MyAssignmentsQuery } from '../gql/graphql';
import { localized } from './answers';
import { useCachedQuery } from './hooks';
import { LoadState } from './Loading';
import { useTitle } from './MyMissionsPage';
import { useObserver } from './ObserverContext';
import { QueueList } from './QueueList';
import { readSent, rememberSent, type QueueItem, type SentReport } from './queue';

type Assignment = MyAssignmentsQuery['myAssignments'][number];
export type FormState = 'sent' | 'waiting' | 'needs-fixing' | 'not-yet';

const pair = (locationId: string | number, formId: string | number) => `${locationId}/${formId}`;

/** Queued beats sent: a correction waiting to go out is what the observer needs to see. */
export function formState(item: QueueItem | undefined, sent: boolean): FormState {
  if (item?.state === 'needs-fixing') return 'needs-fixing';
  if (item) return 'waiting';
  return sent ? 'sent' : 'not-yet';
}

/** Reports the server holds (when reachable) plus those this device saw stored. */
function useSent(owner: string, missionId: string, online: boolean, queueSize: number): ReadonlySet<string> {
  const [sent, setSent] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    let live = true;
    void (async () => {
      if (online) {
        try {
          const nodes = (await gqlRequest(myReportsQuery, { missionId })).missionReports.nodes;
          const reports: SentReport[] = nodes.map((r) => ({ formId: r.form.id, locationId: r.location.id, at: r.submittedAt }));
          await rememberSent(owner, missionId, reports);
        } catch {
          // The device's own record is shown instead.
        }
      }
      const known = await readSent(owner, missionId).catch(() => []);
      if (live) setSent(new Set(known.map((r) => pair(r.locationId, r.formId))));
    })();
    return () => {
      live = false;
    };
  }, [owner, missionId, online, queueSize]);
  return sent;
}

/** /observe/:missionId — my stations, each with its forms and whether each was sent. */
export function AssignmentsPage() {
  const { missionId = '' } = useParams();
  const { t } = useTranslation('observer');
  const { owner, online, queue } = useObserver();
  const loaded = useCachedQuery(owner, `assignments:${missionId}`, () => gqlRequest(myAssignmentsQuery, { missionId }));
  const sent = useSent(owner, missionId, online, queue.items.length);
  const mine = queue.items.filter((i) => i.missionId === missionId);
  const queued = new Map(mine.flatMap((i) => (i.kind === 'report' ? [[pair(i.input.locationId, i.input.formId), i] as const] : [])));
  const notice = noticeFrom(useLocation().state);
  useTitle(t('assignments.title'));

  return (
    <>
      {notice && (
        <p className="observer-notice" role="status">
          {notice}
        </p>
      )}
      <p className="observer-back">
        <Link to="/observe">{t('missions.title')}</Link>
      </p>
      <LoadState loaded={loaded}>
        {(data) => (
          <>
            <h1>{data.mission.name}</h1>
            <p>
              <Link to={`/observe/${missionId}/incident`} className="button button-secondary">
                {t('incident.title')}
              </Link>
            </p>
            <h2>{t('assignments.title')}</h2>
            {data.myAssignments.length === 0 ? (
              <p>{t('assignments.none')}</p>
            ) : (
              <ul className="observer-list">
                {data.myAssignments.map((a) => (
                  <Station key={a.deploymentId} missionId={missionId} assignment={a} sent={sent} queued={queued} />
                ))}
              </ul>
            )}
            <QueueList items={mine} missionId={missionId} timeZone={data.mission.timeZone} />
          </>
        )}
      </LoadState>
    </>
  );
}

function Station({
  missionId,
  assignment,
  sent,
  queued,
}: {
  missionId: string;
  assignment: Assignment;
  sent: ReadonlySet<string>;
  queued: ReadonlyMap<string, QueueItem>;
}) {
  const { t, i18n } = useTranslation('observer');
  const { location } = assignment;
  const headingId = `station-${assignment.deploymentId}`;
  return (
    <li className="observer-card" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {location.name} <span className="question-code">{location.code}</span>
      </h3>
      <ul className="form-rows">
        {assignment.forms.map((form) => {
          const item = queued.get(pair(location.id, form.id));
          const state = formState(item, sent.has(pair(location.id, form.id)));
          const href =
            `/observe/${missionId}/report/${location.id}/${form.id}` +
            (item?.state === 'needs-fixing' ? `?fix=${encodeURIComponent(item.key)}` : '');
          return (
            <li key={form.id} className="form-row">
              <Link to={href}>{localized(form.names, i18n.language, form.name)}</Link>
              <span className={`form-state form-state-${state}`}>{t(`assignments.state.${state}`)}</span>
            </li>
          );
        })}
      </ul>
    </li>
  );
}
