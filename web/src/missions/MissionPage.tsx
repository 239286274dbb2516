import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { missionSummaryQuery, updateMissionMutation } from '../api/missionOperations';
import { ErrorBanner } from '../components/FormErrors';
import type { MissionFieldsFragment, MissionPhase, MissionStatus, MissionSummaryQuery } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { countryName } from '../lib/country';
import { abilities, formatDates, formatNumber, PHASES, STATUSES } from './missionLabels';
import { MissionFrame } from './MissionFrame';

/** /missions/:id — what the mission is, its counts, and (coordinators) its status and phase. */
export function MissionPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('missions');
  return (
    <MissionFrame missionId={id} title={(mission) => mission?.name ?? t('mission.title')}>
      {(mission, setMission) => <Overview mission={mission} onChanged={setMission} />}
    </MissionFrame>
  );
}

function Overview({ mission, onChanged }: { mission: MissionFieldsFragment; onChanged: (mission: MissionFieldsFragment) => void }) {
  const { t } = useTranslation('missions');
  const can = abilities(mission.myRole);
  return (
    <>
      <section className="mission-section" aria-labelledby="mission-facts">
        <h2 id="mission-facts">{t('mission.facts')}</h2>
        <dl className="mission-facts">
          <Fact term={t('fields.country')}>{countryName(mission.country)}</Fact>
          <Fact term={t('fields.timeZone')}>{mission.timeZone.replace(/_/g, ' ')}</Fact>
          <Fact term={t('fields.electionDates')}>{formatDates(mission.electionDates)}</Fact>
          <Fact term={t('fields.status')}>{t(`status.${mission.status}`)}</Fact>
          <Fact term={t('fields.phase')}>{t(`phase.${mission.phase}`)}</Fact>
          <Fact term={t('fields.myRole')}>{t(`role.${mission.myRole}`)}</Fact>
          <Fact term={t('mission.stations')}>{formatNumber(mission.stationCount)}</Fact>
          <Fact term={t('mission.observers')}>{formatNumber(mission.observerCount)}</Fact>
        </dl>
      </section>
      {can.results && <Summary missionId={mission.id} />}
      {can.manage && <StatusForm mission={mission} onChanged={onChanged} />}
    </>
  );
}

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

type Summary = MissionSummaryQuery['missionSummary'];

/** The mission's aggregates; a role that may not see them simply gets no section. */
function Summary({ missionId }: { missionId: string }) {
  const { t } = useTranslation('missions');
  const [summary, setSummary] = useState<Summary | null>(null);
  useEffect(() => {
    let live = true;
    gqlRequest(missionSummaryQuery, { missionId })
      .then((data) => {
        if (live) setSummary(data.missionSummary);
      })
      .catch(() => {
        // FORBIDDEN, NOT_FOUND or not built yet: the overview stands without it.
      });
    return () => {
      live = false;
    };
  }, [missionId]);
  if (!summary) return null;
  const rows: Array<[string, string]> = [
    [t('summary.stationsReporting'), t('summary.ofStations', { value: formatNumber(summary.stationsReporting), total: formatNumber(summary.stations) })],
    [t('summary.expectedReports'), formatNumber(summary.expectedReports)],
    [t('summary.reports'), formatNumber(summary.reports)],
    [t('summary.flagged'), formatNumber(summary.flagged)],
    [t('summary.quarantined'), formatNumber(summary.quarantined)],
    [t('summary.conflicts'), formatNumber(summary.conflicts)],
  ];
  return (
    <section className="mission-section" aria-labelledby="mission-summary">
      <h2 id="mission-summary">{t('summary.title')}</h2>
      <dl className="mission-facts">
        {rows.map(([term, value]) => (
          <Fact key={term} term={term}>
            {value}
          </Fact>
        ))}
      </dl>
    </section>
  );
}

function StatusForm({ mission, onChanged }: { mission: MissionFieldsFragment; onChanged: (mission: MissionFieldsFragment) => void }) {
  const { t } = useTranslation('missions');
  const id = useId();
  const [status, setStatus] = useState<MissionStatus>(mission.status);
  const [phase, setPhase] = useState<MissionPhase>(mission.phase);
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);
  const [announcement, setAnnouncement] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setErrors([]);
    setAnnouncement('');
    try {
      const { updateMission } = await gqlRequest(updateMissionMutation, { id: mission.id, input: { status, phase } });
      if (updateMission.mission && updateMission.errors.length === 0) {
        onChanged(updateMission.mission);
        setAnnouncement(t('mission.saved'));
      } else {
        setErrors(updateMission.errors.map((e) => e.message));
      }
    } catch (err) {
      if (!isSessionGone(err)) setErrors([expectedErrorMessage(err)]);
    }
    setSaving(false);
  }

  const unchanged = status === mission.status && phase === mission.phase;
  return (
    <form className="event-form mission-section" aria-labelledby={`${id}-heading`} onSubmit={(e) => void submit(e)}>
      <h2 id={`${id}-heading`}>{t('mission.statusAndPhase')}</h2>
      {errors.length > 0 && <ErrorBanner messages={errors} />}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('fields.status')}</label>
          <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as MissionStatus)}>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`status.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-phase`}>{t('fields.phase')}</label>
          <select id={`${id}-phase`} value={phase} onChange={(e) => setPhase(e.target.value as MissionPhase)}>
            {PHASES.map((value) => (
              <option key={value} value={value}>
                {t(`phase.${value}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving || unchanged}>
          {saving ? t('mission.saving') : t('mission.save')}
        </button>
        <p className="announcement" role="status" aria-live="polite">
          {announcement}
        </p>
      </div>
    </form>
  );
}
