import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { gqlRequest } from '../api/client';
import { incidentLocationSearchQuery, reportIncidentMutation } from '../api/reviewOperations';
import type { IncidentCategory, IncidentLocationSearchQuery, IncidentSeverity } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { localToInstant, toLocalInput } from '../lib/localDateTime';
import { zoneName } from './format';
import { SEVERITIES } from './IncidentBadges';

const CATEGORIES: IncidentCategory[] = ['VIOLENCE', 'INTIMIDATION', 'VOTE_BUYING', 'PROCEDURE', 'MATERIALS', 'ACCESS_DENIED', 'OTHER'];

type Station = IncidentLocationSearchQuery['missionLocations']['nodes'][number];

/** A random key per incident being logged: sending the form twice (a retry) logs it once. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && 'randomUUID' in crypto) return `desk-${crypto.randomUUID()}`;
  return `desk-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}

/** A coordinator logs an incident heard by phone or seen in person; times are the mission's clock. */
export function IncidentLogForm({
  missionId,
  timeZone,
  onCancel,
  onLogged,
}: {
  missionId: string;
  timeZone: string;
  onCancel: () => void;
  onLogged: () => void;
}) {
  const { t } = useTranslation('review');
  const id = useId();
  // One key for this form's lifetime: a retry after a network error reuses it.
  const [idempotencyKey] = useState(newIdempotencyKey);
  const [category, setCategory] = useState<IncidentCategory>('OTHER');
  const [severity, setSeverity] = useState<IncidentSeverity>('MEDIUM');
  const [description, setDescription] = useState('');
  const [occurredAt, setOccurredAt] = useState(() => toLocalInput(new Date(), timeZone));
  const [search, setSearch] = useState('');
  const [stations, setStations] = useState<Station[] | null>(null);
  const [locationId, setLocationId] = useState('');
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);

  async function find() {
    if (!search.trim()) return;
    try {
      const data = await gqlRequest(incidentLocationSearchQuery, { missionId, search: search.trim() });
      setStations(data.missionLocations.nodes);
      setLocationId(data.missionLocations.nodes[0]?.id ?? '');
    } catch (err) {
      if (!isSessionGone(err)) setErrors([expectedErrorMessage(err)]);
    }
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const problems: Record<string, string> = {};
    if (!description.trim()) problems.description = t('incidents.descriptionRequired');
    if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(occurredAt)) problems.occurredAt = t('incidents.occurredRequired');
    setFieldErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setErrors([]);
    setBusy(true);
    try {
      const { reportIncident: payload } = await gqlRequest(reportIncidentMutation, {
        input: {
          idempotencyKey,
          missionId,
          locationId: locationId || null,
          category,
          severity,
          description: description.trim(),
          occurredAt: localToInstant(occurredAt, timeZone).toISOString(),
        },
      });
      if (payload.errors.length > 0) setErrors(payload.errors.map((e) => e.message));
      else onLogged();
    } catch (err) {
      if (!isSessionGone(err)) setErrors([expectedErrorMessage(err)]);
    } finally {
      setBusy(false);
    }
  }

  const invalid = (field: string) =>
    fieldErrors[field] ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-${field}-error` } : {};
  const message = (field: string) =>
    fieldErrors[field] ? (
      <p id={`${id}-${field}-error`} className="field-error">
        {fieldErrors[field]}
      </p>
    ) : null;

  return (
    <form className="review-log-form event-section" aria-label={t('incidents.logHeading')} noValidate onSubmit={(e) => void submit(e)}>
      <h2>{t('incidents.logHeading')}</h2>
      <div className="review-form-grid">
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('incidents.category')}</label>
          <select id={`${id}-category`} value={category} onChange={(e) => setCategory(e.target.value as IncidentCategory)}>
            {CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {t(`category.${c}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-severity`}>{t('incidents.severity')}</label>
          <select id={`${id}-severity`} value={severity} onChange={(e) => setSeverity(e.target.value as IncidentSeverity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {t(`severity.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-when`}>{t('incidents.occurredAt', { zone: zoneName(timeZone) })}</label>
          <input id={`${id}-when`} type="datetime-local" value={occurredAt} onChange={(e) => setOccurredAt(e.target.value)} {...invalid('occurredAt')} />
          {message('occurredAt')}
        </div>
      </div>
      <div className="field">
        <label htmlFor={`${id}-description`}>{t('incidents.description')}</label>
        <textarea id={`${id}-description`} rows={3} value={description} onChange={(e) => setDescription(e.target.value)} {...invalid('description')} />
        {message('description')}
      </div>
      <div className="review-station-search">
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('incidents.stationSearch')}</label>
          <input id={`${id}-search`} type="search" value={search} onChange={(e) => setSearch(e.target.value)} />
        </div>
        <button type="button" className="button button-secondary" onClick={() => void find()}>
          {t('incidents.find')}
        </button>
        {stations && (
          <div className="field">
            <label htmlFor={`${id}-station`}>{t('incidents.stationChoice')}</label>
            <select id={`${id}-station`} value={locationId} onChange={(e) => setLocationId(e.target.value)}>
              <option value="">{t('incidents.noStationChoice')}</option>
              {stations.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.code} · {s.name}
                </option>
              ))}
            </select>
            {stations.length === 0 && <p className="muted">{t('incidents.noMatch')}</p>}
          </div>
        )}
      </div>
      {errors.length > 0 && (
        <div className="form-error" role="alert">
          <ul>
            {errors.map((m, i) => (
              <li key={i}>{m}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {t('incidents.submit')}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
