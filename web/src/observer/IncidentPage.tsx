import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { myAssignmentsQuery } from '../api/observerOperations';
import { ErrorBanner } from '../components/FormErrors';
import type { IncidentCategory, IncidentSeverity, MyAssignmentsQuery } from '../gql/graphql';
import { localToInstant, toLocalInput } from '../lib/localDateTime';
import { useCachedQuery } from './hooks';
import { LoadState } from './Loading';
import { useTitle } from './MyMissionsPage';
import { useObserver } from './ObserverContext';
import { enqueue, newIdempotencyKey, syncQueue, type QueueItem } from './queue';

export const CATEGORIES: readonly IncidentCategory[] = [
  'VIOLENCE',
  'INTIMIDATION',
  'VOTE_BUYING',
  'PROCEDURE',
  'MATERIALS',
  'ACCESS_DENIED',
  'OTHER',
];
export const SEVERITIES: readonly IncidentSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

/** /observe/:missionId/incident — report an incident; it is queued like a report. */
export function IncidentPage() {
  const { missionId = '' } = useParams();
  const { owner } = useObserver();
  const { t } = useTranslation('observer');
  const loaded = useCachedQuery(owner, `assignments:${missionId}`, () => gqlRequest(myAssignmentsQuery, { missionId }));
  useTitle(t('incident.title'));
  return (
    <>
      <p className="observer-back">
        <Link to={`/observe/${missionId}`}>{t('form.back')}</Link>
      </p>
      <h1>{t('incident.title')}</h1>
      <LoadState loaded={loaded}>{(data) => <IncidentForm missionId={missionId} data={data} />}</LoadState>
    </>
  );
}

function IncidentForm({ missionId, data }: { missionId: string; data: MyAssignmentsQuery }) {
  const { t } = useTranslation('observer');
  const { owner, confirmed } = useObserver();
  const navigate = useNavigate();
  const id = useId();
  const zone = data.mission.timeZone;
  const stations = data.myAssignments.map((a) => a.location);
  const [category, setCategory] = useState<IncidentCategory | ''>('');
  const [severity, setSeverity] = useState<IncidentSeverity | ''>('');
  const [locationId, setLocationId] = useState(stations.length === 1 ? String(stations[0]?.id) : '');
  const [when, setWhen] = useState(() => toLocalInput(new Date(), zone));
  const [description, setDescription] = useState('');
  const [missing, setMissing] = useState<ReadonlySet<string>>(new Set());

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const absent = new Set<string>();
    if (!category) absent.add('category');
    if (!severity) absent.add('severity');
    if (!description.trim()) absent.add('description');
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(when)) absent.add('when');
    setMissing(absent);
    if (absent.size > 0 || !category || !severity) return;
    const key = newIdempotencyKey();
    const item: QueueItem = {
      kind: 'incident',
      key,
      owner,
      missionId,
      createdAt: new Date().toISOString(),
      state: 'waiting',
      errors: [],
      attempts: 0,
      input: {
        idempotencyKey: key,
        missionId,
        locationId: locationId || null,
        category,
        severity,
        description: description.trim(),
        occurredAt: localToInstant(when, zone).toISOString(),
      },
    };
    await enqueue(item);
    if (confirmed) void syncQueue(owner);
    navigate(`/observe/${missionId}`, { state: { notice: t('incident.queued') } });
  }

  const error = (field: string) =>
    missing.has(field) ? (
      <p id={`${id}-${field}-error`} className="field-error">
        <span aria-hidden="true">✖ </span>
        {t('problems.required')}
      </p>
    ) : null;
  const invalid = (field: string) =>
    missing.has(field) ? { 'aria-invalid': true, 'aria-describedby': `${id}-${field}-error` } : {};

  return (
    <form className="report-form" aria-label={t('incident.title')} onSubmit={(e) => void submit(e)} noValidate>
      <ErrorBanner messages={missing.size > 0 ? [t('form.fixMarked')] : []} />
      <div className="field">
        <label htmlFor={`${id}-category`}>{t('incident.category')}</label>
        <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as IncidentCategory)} {...invalid('category')}>
          <option value="">{t('incident.choose')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`incident.categories.${c}`)}
            </option>
          ))}
        </select>
        {error('category')}
      </div>
      <fieldset className="question" {...invalid('severity')}>
        <legend>{t('incident.severity')}</legend>
        <div className="choices">
          {SEVERITIES.map((s) => (
            <label key={s} className="choice">
              <input type="radio" name="severity" value={s} checked={severity === s} onChange={() => setSeverity(s)} />{' '}
              {t(`incident.severities.${s}`)}
            </label>
          ))}
        </div>
        {error('severity')}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-station`}>{t('incident.station')}</label>
        <select id={`${id}-station`} value={locationId} onChange={(e) => setLocationId(e.target.value)}>
          <option value="">{t('incident.noStation')}</option>
          {stations.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name} ({s.code})
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-when`}>{t('incident.when')}</label>
        <input id={`${id}-when`} type="datetime-local" value={when} onChange={(e) => setWhen(e.target.value)} {...invalid('when')} />
        <p className="hint">{t('incident.zone', { zone })}</p>
        {error('when')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('incident.description')}</label>
        <textarea
          id={`${id}-description`}
          rows={5}
          maxLength={4000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          {...invalid('description')}
        />
        {error('description')}
      </div>
      <button type="submit" className="button button-primary button-block">
        {t('incident.submit')}
      </button>
    </form>
  );
}
