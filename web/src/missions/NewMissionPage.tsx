import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { createMissionMutation } from '../api/missionOperations';
import { organizationChoicesQuery, organizerContextQuery } from '../api/operations';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from '../components/FormErrors';
import type { MissionPhase } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone, timeZoneOptions } from '../lib/admin';
import { countryName } from '../lib/country';
import { PHASES } from './missionLabels';
import './missions.css';

// Organization roles that coordinate every mission of the organization (the server decides).
const MISSION_ROLES = new Set(['ADMIN', 'COORDINATOR']);
const FIELDS = ['organizationId', 'name', 'country', 'timeZone', 'electionDates', 'phase'] as const;
const ALIASES = { organization_id: 'organizationId', time_zone: 'timeZone', election_dates: 'electionDates' };

interface Choice {
  id: string;
  name: string;
}

/** Organizations the viewer may create missions for: where they are admin or coordinator; all for superusers. */
function useMissionOrganizations(): { choices: Choice[] | null; error: string | null } {
  const [choices, setChoices] = useState<Choice[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    (async () => {
      const { me } = await gqlRequest(organizerContextQuery);
      let orgs: Choice[] = [];
      if (me?.isSuperuser) {
        const data = await gqlRequest(organizationChoicesQuery, { first: 200, filter: null });
        orgs = data.organizations.nodes.map((o) => ({ id: o.id, name: o.name }));
      } else if (me) {
        orgs = me.roles.filter((r) => MISSION_ROLES.has(r.role)).map((r) => ({ id: r.organization.id, name: r.organization.name }));
      }
      if (live) setChoices(orgs.sort((a, b) => a.name.localeCompare(b.name)));
    })().catch((err: unknown) => {
      if (live && !isSessionGone(err)) setError(expectedErrorMessage(err));
    });
    return () => {
      live = false;
    };
  }, []);
  return { choices, error };
}

export function NewMissionPage() {
  const { t } = useTranslation('missions');
  const { choices, error } = useMissionOrganizations();
  const navigate = useNavigate();

  useEffect(() => {
    document.title = `${t('create.title')} · Pluralis`;
  }, [t]);

  return (
    <div className="page missions-page">
      <div className="page-header">
        <p className="breadcrumbs">
          <Link to="/missions">{t('list.title')}</Link>
        </p>
        <h1>{t('create.title')}</h1>
        <p className="muted">{t('create.intro')}</p>
      </div>
      {error ? (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      ) : choices === null ? (
        <p role="status">{t('loading')}</p>
      ) : choices.length === 0 ? (
        <div className="notice">
          <p>{t('create.noOrganization')}</p>
        </div>
      ) : (
        <MissionForm choices={choices} onCreated={(id) => navigate(`/missions/${encodeURIComponent(id)}`)} />
      )}
    </div>
  );
}

function MissionForm({ choices, onCreated }: { choices: Choice[]; onCreated: (id: string) => void }) {
  const { t } = useTranslation('missions');
  const id = useId();
  const zones = useMemo(() => timeZoneOptions(), []);
  const [organizationId, setOrganizationId] = useState(choices[0]?.id ?? '');
  const [name, setName] = useState('');
  const [country, setCountry] = useState('');
  const [timeZone, setTimeZone] = useState('UTC');
  const [dates, setDates] = useState<string[]>(['']);
  const [phase, setPhase] = useState<MissionPhase>('PRE_ELECTION');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [saving, setSaving] = useState(false);
  const fieldId = (field: string) => `${id}-${field}`;
  const messageId = (field: string) => `${id}-${field}-error`;
  const inv = (field: string) => invalidProps(errors, field, messageId(field));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    setErrors(NO_ERRORS);
    try {
      const input = {
        organizationId,
        name: name.trim(),
        country: country.trim().toUpperCase(),
        timeZone,
        electionDates: dates.map((d) => d.trim()).filter(Boolean),
        phase,
      };
      const { createMission } = await gqlRequest(createMissionMutation, { input });
      if (createMission.mission && createMission.errors.length === 0) {
        onCreated(createMission.mission.id);
        return;
      }
      setErrors(splitErrors(createMission.errors, FIELDS, ALIASES));
    } catch (err) {
      if (!isSessionGone(err)) setErrors({ byField: new Map(), general: [expectedErrorMessage(err)] });
    }
    setSaving(false);
  }

  const countryLabel = /^[A-Za-z]{2}$/.test(country.trim()) ? countryName(country) : null;

  return (
    <form className="event-form mission-form" aria-label={t('create.title')} onSubmit={(e) => void submit(e)} noValidate>
      {errors.general.length > 0 && <ErrorBanner messages={errors.general} />}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={fieldId('organizationId')}>{t('fields.organization')}</label>
          <select id={fieldId('organizationId')} value={organizationId} onChange={(e) => setOrganizationId(e.target.value)} {...inv('organizationId')}>
            {choices.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.name}
              </option>
            ))}
          </select>
          <FieldMessage id={messageId('organizationId')} errors={errors} field="organizationId" />
        </div>
        <div className="field field-wide">
          <label htmlFor={fieldId('name')}>{t('fields.name')}</label>
          <input id={fieldId('name')} value={name} onChange={(e) => setName(e.target.value)} required {...inv('name')} />
          <FieldMessage id={messageId('name')} errors={errors} field="name" />
        </div>
        <div className="field">
          <label htmlFor={fieldId('country')}>{t('fields.country')}</label>
          <input
            id={fieldId('country')}
            value={country}
            maxLength={2}
            autoComplete="off"
            onChange={(e) => setCountry(e.target.value)}
            aria-invalid={errors.byField.has('country') || undefined}
            aria-describedby={`${fieldId('country')}-hint${errors.byField.has('country') ? ` ${messageId('country')}` : ''}`}
          />
          <p className="hint" id={`${fieldId('country')}-hint`}>
            {countryLabel ?? t('create.countryHint')}
          </p>
          <FieldMessage id={messageId('country')} errors={errors} field="country" />
        </div>
        <div className="field">
          <label htmlFor={fieldId('timeZone')}>{t('fields.timeZone')}</label>
          <select id={fieldId('timeZone')} value={timeZone} onChange={(e) => setTimeZone(e.target.value)} {...inv('timeZone')}>
            {zones.map((zone) => (
              <option key={zone} value={zone}>
                {zone.replace(/_/g, ' ')}
              </option>
            ))}
          </select>
          <FieldMessage id={messageId('timeZone')} errors={errors} field="timeZone" />
        </div>
        <div className="field">
          <label htmlFor={fieldId('phase')}>{t('fields.phase')}</label>
          <select id={fieldId('phase')} value={phase} onChange={(e) => setPhase(e.target.value as MissionPhase)} {...inv('phase')}>
            {PHASES.map((value) => (
              <option key={value} value={value}>
                {t(`phase.${value}`)}
              </option>
            ))}
          </select>
          <FieldMessage id={messageId('phase')} errors={errors} field="phase" />
        </div>
      </div>
      <fieldset aria-describedby={errors.byField.has('electionDates') ? messageId('electionDates') : undefined}>
        <legend>{t('fields.electionDates')}</legend>
        {dates.map((date, index) => (
          <div className="date-row" key={index}>
            <label className="visually-hidden" htmlFor={`${fieldId('date')}-${index}`}>
              {t('create.dateN', { n: index + 1 })}
            </label>
            <input
              id={`${fieldId('date')}-${index}`}
              type="date"
              value={date}
              aria-invalid={errors.byField.has('electionDates') || undefined}
              onChange={(e) => setDates(dates.map((d, i) => (i === index ? e.target.value : d)))}
            />
            {dates.length > 1 && (
              <button type="button" className="button button-secondary button-small" onClick={() => setDates(dates.filter((_, i) => i !== index))}>
                {t('create.removeDate', { n: index + 1 })}
              </button>
            )}
          </div>
        ))}
        <div>
          <button type="button" className="button button-secondary button-small" onClick={() => setDates([...dates, ''])}>
            {t('create.addDate')}
          </button>
        </div>
        <FieldMessage id={messageId('electionDates')} errors={errors} field="electionDates" />
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {saving ? t('create.saving') : t('create.submit')}
        </button>
      </div>
    </form>
  );
}
