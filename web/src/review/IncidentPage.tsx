import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import {
  acknowledgeIncidentMutation,
  addIncidentNoteMutation,
  assignIncidentMutation,
  incidentQuery,
  missionMembersQuery,
  resolveIncidentMutation,
} from '../api/reviewOperations';
import type { IncidentFieldsFragment, ReviewMissionMembersQuery } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { canReview, formatMissionTime, observerLabel, useReviewMission, zoneName } from './format';
import { IncidentStatusBadge, SeverityBadge } from './IncidentBadges';
import { LoadStatus, ReviewHeader } from './ReviewHeader';

type Incident = IncidentFieldsFragment;
type Member = ReviewMissionMembersQuery['missionMembers'][number];
type Payload = { incident: Incident | null; errors: ReadonlyArray<{ message: string }> };

/** Who may take an incident: the mission's coordinators. */
const ASSIGNABLE = new Set(['COORDINATOR', 'REGIONAL_COORDINATOR']);

/** One incident: acknowledge, assign, add notes, resolve; its notes and history in mission time. */
export function IncidentPage() {
  const { id: missionId = '', incidentId = '' } = useParams();
  const { t } = useTranslation('review');
  const mission = useReviewMission(missionId, t);
  const [incident, setIncident] = useState<Incident | null>(null);
  const [members, setMembers] = useState<Member[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  const load = useCallback(async () => {
    setError(null);
    try {
      setIncident((await gqlRequest(incidentQuery, { id: incidentId })).incident);
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    }
  }, [incidentId]);

  useEffect(() => {
    void load();
    // Only coordinators may list members; without the list the page still works, minus "assign".
    gqlRequest(missionMembersQuery, { missionId })
      .then((data) => setMembers(data.missionMembers.filter((m) => ASSIGNABLE.has(m.role))))
      .catch(() => {});
  }, [load, missionId]);

  useEffect(() => {
    document.title = `${t('title.incident')} · Pluralis`;
  }, [t]);

  /** Run one workflow mutation; true when the server took it. */
  async function act(run: () => Promise<Payload>): Promise<boolean> {
    setBusy(true);
    setActionError(null);
    setAnnouncement('');
    try {
      const payload = await run();
      if (payload.errors.length > 0) {
        setActionError(payload.errors.map((e) => e.message).join(' '));
        return false;
      }
      if (payload.incident) setIncident(payload.incident);
      setAnnouncement(t('incident.done'));
      return true;
    } catch (err) {
      if (!isSessionGone(err)) setActionError(expectedErrorMessage(err));
      return false;
    } finally {
      setBusy(false);
    }
  }

  const timeZone = mission.phase === 'loaded' ? mission.mission.timeZone : 'UTC';
  const title = incident ? t('incident.heading', { severity: t(`severity.${incident.severity}`), category: t(`category.${incident.category}`) }) : t('title.incident');
  return (
    <div className="page review-page">
      <ReviewHeader missionId={missionId} mission={mission} title={title} crumbs={[{ to: `/missions/${missionId}/incidents`, label: t('nav.incidents') }]}>
        {mission.phase === 'loaded' && <p className="muted">{t('common.inZone', { zone: `${zoneName(timeZone)} (${timeZone})` })}</p>}
      </ReviewHeader>
      <LoadStatus loading={!incident && !error} error={error} onRetry={() => void load()} />
      {incident && (
        <div className={`review-incident-detail review-incident-${incident.severity.toLowerCase()}`}>
          <p className="review-incident-head">
            <SeverityBadge severity={incident.severity} /> <IncidentStatusBadge status={incident.status} />
          </p>
          <p className="review-incident-description">{incident.description}</p>
          <dl className="event-facts">
            <div>
              <dt>{t('incidents.station')}</dt>
              <dd>{incident.location ? `${incident.location.code} · ${incident.location.name}` : t('incidents.noStation')}</dd>
            </div>
            <div>
              <dt>{t('incident.reporter')}</dt>
              <dd>{observerLabel(t, incident.reporter)}</dd>
            </div>
            <div>
              <dt>{t('incident.occurred')}</dt>
              <dd>{formatMissionTime(incident.occurredAt, timeZone)}</dd>
            </div>
            <div>
              <dt>{t('incident.reported')}</dt>
              <dd>{formatMissionTime(incident.reportedAt, timeZone)}</dd>
            </div>
            <div>
              <dt>{t('incidents.assignee')}</dt>
              <dd>{incident.assignee ? memberLabel(t, incident.assignee) : t('incidents.nobody')}</dd>
            </div>
          </dl>
          {actionError && (
            <p className="field-error" role="alert">
              {actionError}
            </p>
          )}
          <p className="announcement" role="status" aria-live="polite">
            {announcement}
          </p>
          {canReview(mission) && <Workflow incident={incident} members={members} busy={busy} act={act} />}
          <Notes incident={incident} timeZone={timeZone} />
          <History incident={incident} timeZone={timeZone} />
        </div>
      )}
    </div>
  );
}

function memberLabel(t: (key: string, options?: Record<string, unknown>) => string, member: { id: string; name: string | null; role: string }): string {
  const name = member.name ?? t('incident.memberUnnamed', { id: member.id });
  return t('incident.memberOption', { name, role: t(`role.${member.role}`) });
}

function Workflow({ incident, members, busy, act }: { incident: Incident; members: Member[]; busy: boolean; act: (run: () => Promise<Payload>) => Promise<boolean> }) {
  const { t } = useTranslation('review');
  const id = useId();
  const [assignee, setAssignee] = useState(incident.assignee?.id ?? '');
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | null>(null);
  const [resolution, setResolution] = useState('');
  const resolved = incident.status === 'RESOLVED';

  async function addNote(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!note.trim()) {
      setNoteError(t('incident.noteRequired'));
      return;
    }
    setNoteError(null);
    if (await act(async () => (await gqlRequest(addIncidentNoteMutation, { id: incident.id, text: note.trim() })).addIncidentNote)) setNote('');
  }

  async function resolve(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = resolution.trim() || null;
    if (await act(async () => (await gqlRequest(resolveIncidentMutation, { id: incident.id, note: text })).resolveIncident)) setResolution('');
  }

  return (
    <section className="event-section review-workflow" aria-label={t('title.incident')}>
      {incident.status === 'NEW' && (
        <button
          type="button"
          className="button button-primary"
          disabled={busy}
          onClick={() => void act(async () => (await gqlRequest(acknowledgeIncidentMutation, { id: incident.id })).acknowledgeIncident)}
        >
          {t('incident.acknowledge')}
        </button>
      )}
      {members.length > 0 && !resolved && (
        <form
          className="review-inline-form"
          aria-label={t('incident.assign')}
          onSubmit={(e) => {
            e.preventDefault();
            void act(async () => (await gqlRequest(assignIncidentMutation, { id: incident.id, memberId: assignee || null })).assignIncident);
          }}
        >
          <div className="field">
            <label htmlFor={`${id}-assignee`}>{t('incident.assignTo')}</label>
            <select id={`${id}-assignee`} value={assignee} onChange={(e) => setAssignee(e.target.value)}>
              <option value="">{t('incident.unassigned')}</option>
              {members.map((m) => (
                <option key={m.id} value={m.id}>
                  {memberLabel(t, m)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button button-secondary" disabled={busy}>
            {t('incident.assign')}
          </button>
        </form>
      )}
      <form className="review-inline-form" aria-label={t('incident.addNote')} noValidate onSubmit={(e) => void addNote(e)}>
        <div className="field">
          <label htmlFor={`${id}-note`}>{t('incident.noteText')}</label>
          <textarea
            id={`${id}-note`}
            rows={2}
            value={note}
            aria-invalid={noteError ? true : undefined}
            aria-describedby={noteError ? `${id}-note-error` : undefined}
            onChange={(e) => setNote(e.target.value)}
          />
          {noteError && (
            <p id={`${id}-note-error`} className="field-error">
              {noteError}
            </p>
          )}
        </div>
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t('incident.addNote')}
        </button>
      </form>
      {!resolved && (
        <form className="review-inline-form" aria-label={t('incident.resolve')} onSubmit={(e) => void resolve(e)}>
          <div className="field">
            <label htmlFor={`${id}-resolution`}>{t('incident.resolveNote')}</label>
            <textarea id={`${id}-resolution`} rows={2} value={resolution} onChange={(e) => setResolution(e.target.value)} />
          </div>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('incident.resolve')}
          </button>
        </form>
      )}
    </section>
  );
}

function Notes({ incident, timeZone }: { incident: Incident; timeZone: string }) {
  const { t } = useTranslation('review');
  return (
    <section className="event-section" aria-labelledby="incident-notes">
      <h2 id="incident-notes">{t('incident.notes')}</h2>
      {incident.notes.length === 0 ? (
        <p className="muted">{t('incident.noNotes')}</p>
      ) : (
        <ul className="review-notes">
          {incident.notes.map((note) => (
            <li key={note.id}>
              <p className="muted">
                <time dateTime={note.at}>{formatMissionTime(note.at, timeZone)}</time>
                {note.authorName && <> · {t('incident.by', { name: note.authorName })}</>}
              </p>
              <p>{note.text}</p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function History({ incident, timeZone }: { incident: Incident; timeZone: string }) {
  const { t } = useTranslation('review');
  const entries = [...incident.history].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
  return (
    <section className="event-section" aria-labelledby="incident-history">
      <h2 id="incident-history">{t('incident.history')}</h2>
      <ol className="review-timeline" aria-labelledby="incident-history">
        {entries.map((entry, index) => (
          <li key={`${entry.at}-${index}`}>
            <time dateTime={entry.at}>{formatMissionTime(entry.at, timeZone)}</time> <span className="review-action">{entry.action.replace(/_/g, ' ')}</span>
            {entry.fromStatus && entry.toStatus && entry.fromStatus !== entry.toStatus && (
              <>
                {' '}
                {t('incident.fromTo', { from: t(`incidentStatus.${entry.fromStatus}`), to: t(`incidentStatus.${entry.toStatus}`) })}
              </>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
