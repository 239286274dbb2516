import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { deployObserverMutation, missionDeploymentsQuery, missionFormsQuery, missionObserversQuery, removeDeploymentMutation } from '../api/missionOperations';
import { ErrorBanner } from '../components/FormErrors';
import type { MissionDeploymentsQuery, MissionFormsQuery, MissionObserversQuery } from '../gql/graphql';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { LocationBrowser, useLocation } from './LocationBrowser';
import { formatNumber } from './missionLabels';
import { MissionFrame } from './MissionFrame';
import { Hidden } from './ObserversPage';

type Deployment = MissionDeploymentsQuery['missionDeployments']['nodes'][number];
type Form = MissionFormsQuery['missionForms'][number];
type Observer = MissionObserversQuery['missionObservers']['nodes'][number];

// A station rarely has more than a handful of observers; the page shows this many at once.
const STATION_DEPLOYMENTS = 100;
const OBSERVER_CHOICES = 20;

/** /missions/:id/deployments — browse the locations; at a station, who is deployed there with which forms. */
export function DeploymentsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation('missions');
  const [params, setParams] = useSearchParams();
  const parentId = params.get('parent');
  const stationId = params.get('station');

  function go(next: { parent?: string | null; station?: string | null }) {
    const search = new URLSearchParams();
    const parent = next.parent === undefined ? parentId : next.parent;
    const station = next.station === undefined ? stationId : next.station;
    if (parent) search.set('parent', parent);
    if (station) search.set('station', station);
    setParams(search);
  }

  return (
    <MissionFrame missionId={id} title={t('deployments.title')} className="deployments-page">
      {(mission) => (
        <div className="deployments-layout">
          <LocationBrowser
            missionId={mission.id}
            parentId={parentId}
            selectedId={stationId}
            onOpen={(parent) => go({ parent, station: null })}
            onSelectStation={(station) => go({ station })}
          />
          {stationId ? (
            <Station key={stationId} missionId={mission.id} stationId={stationId} />
          ) : (
            <section className="mission-section">
              <p className="muted">{t('deployments.chooseStation')}</p>
            </section>
          )}
        </div>
      )}
    </MissionFrame>
  );
}

function Station({ missionId, stationId }: { missionId: string; stationId: string }) {
  const { t } = useTranslation('missions');
  const id = useId();
  const station = useLocation(stationId);
  const [deployments, setDeployments] = useState<Deployment[] | null>(null);
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const load = useCallback(async () => {
    try {
      const data = await gqlRequest(missionDeploymentsQuery, { missionId, locationId: stationId, first: STATION_DEPLOYMENTS, after: null });
      setDeployments(data.missionDeployments.nodes);
      setTotal(data.missionDeployments.totalCount);
      setError(null);
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    }
  }, [missionId, stationId]);

  useEffect(() => {
    void load();
  }, [load]);

  async function remove(deployment: Deployment) {
    setAnnouncement('');
    try {
      const { removeDeployment } = await gqlRequest(removeDeploymentMutation, { id: deployment.id });
      if (removeDeployment.errors.length > 0) {
        setError(removeDeployment.errors.map((e) => e.message).join(' '));
        return;
      }
      setAnnouncement(t('deployments.removed', { code: deployment.observer.code }));
      await load();
    } catch (err) {
      if (!isSessionGone(err)) setError(expectedErrorMessage(err));
    }
  }

  const headingId = `${id}-heading`;
  return (
    <section className="mission-section station-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{station ? t('deployments.atStation', { name: station.name, code: station.code }) : t('deployments.station')}</h2>
      {station?.registeredVoters != null && <p className="muted">{t('deployments.voters', { n: formatNumber(station.registeredVoters) })}</p>}
      <p className="announcement" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <div className="notice notice-error" role="alert">
          <p>{error}</p>
        </div>
      )}
      {deployments === null && !error && <p role="status">{t('loading')}</p>}
      {deployments !== null && deployments.length === 0 && <p>{t('deployments.none')}</p>}
      {deployments !== null && deployments.length > 0 && (
        <ul className="deployment-list" aria-label={t('deployments.listLabel')}>
          {deployments.map((deployment) => (
            <li key={deployment.id} aria-label={deployment.observer.code}>
              <span>
                <code>{deployment.observer.code}</code> {deployment.observer.name ?? <Hidden />}
              </span>
              <span className="muted">{deployment.forms.length > 0 ? deployment.forms.map((f) => `${f.code} · ${f.name}`).join(', ') : t('deployments.noForms')}</span>
              <button type="button" className="button button-secondary button-small" onClick={() => void remove(deployment)}>
                {t('deployments.remove', { code: deployment.observer.code })}
              </button>
            </li>
          ))}
        </ul>
      )}
      {total > STATION_DEPLOYMENTS && <p className="hint">{t('deployments.more', { n: formatNumber(total - STATION_DEPLOYMENTS) })}</p>}
      <DeployForm
        missionId={missionId}
        stationId={stationId}
        onDeployed={async (code) => {
          setAnnouncement(t('deployments.deployed', { code }));
          await load();
        }}
      />
    </section>
  );
}

function DeployForm({ missionId, stationId, onDeployed }: { missionId: string; stationId: string; onDeployed: (code: string) => Promise<void> }) {
  const { t } = useTranslation('missions');
  const id = useId();
  const [forms, setForms] = useState<Form[]>([]);
  const [formIds, setFormIds] = useState<string[]>([]);
  const [searchText, setSearchText] = useState('');
  const [choices, setChoices] = useState<Observer[] | null>(null);
  const [observerId, setObserverId] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    let live = true;
    gqlRequest(missionFormsQuery, { missionId, includeArchived: false })
      .then((data) => {
        if (!live) return;
        const usable = data.missionForms.filter((f) => f.kind !== 'INCIDENT');
        setForms(data.missionForms);
        setFormIds(usable.map((f) => f.id));
      })
      .catch(() => {
        if (live) setForms([]);
      });
    return () => {
      live = false;
    };
  }, [missionId]);

  async function findObservers(event: FormEvent) {
    event.preventDefault();
    setErrors([]);
    try {
      const data = await gqlRequest(missionObserversQuery, { missionId, search: searchText.trim() || null, first: OBSERVER_CHOICES, after: null });
      setChoices(data.missionObservers.nodes);
      setObserverId(data.missionObservers.nodes[0]?.id ?? '');
    } catch (err) {
      if (!isSessionGone(err)) setErrors([expectedErrorMessage(err)]);
    }
  }

  async function deploy() {
    const observer = choices?.find((o) => o.id === observerId);
    if (!observer) return;
    setSaving(true);
    setErrors([]);
    try {
      const { deployObserver } = await gqlRequest(deployObserverMutation, { observerId, locationId: stationId, formIds });
      if (deployObserver.deployment && deployObserver.errors.length === 0) {
        // Ready for the next one: the list above now shows this observer.
        setChoices(null);
        setObserverId('');
        setSearchText('');
        await onDeployed(observer.code);
      } else {
        setErrors(deployObserver.errors.map((e) => e.message));
      }
    } catch (err) {
      if (!isSessionGone(err)) setErrors([expectedErrorMessage(err)]);
    }
    setSaving(false);
  }

  return (
    <div className="inline-form deploy-form" role="group" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>{t('deployments.deployTitle')}</h3>
      {errors.length > 0 && <ErrorBanner messages={errors} />}
      <form className="deploy-search" role="search" aria-label={t('deployments.findObserver')} onSubmit={(e) => void findObservers(e)}>
        <div className="field">
          <label htmlFor={`${id}-search`}>{t('deployments.findObserver')}</label>
          <input id={`${id}-search`} type="search" value={searchText} autoComplete="off" placeholder={t('deployments.findPlaceholder')} onChange={(e) => setSearchText(e.target.value)} />
        </div>
        <button type="submit" className="button button-secondary">
          {t('deployments.find')}
        </button>
      </form>
      {choices !== null && choices.length === 0 && <p>{t('deployments.noObserver')}</p>}
      {choices !== null && choices.length > 0 && (
        <div className="field">
          <label htmlFor={`${id}-observer`}>{t('deployments.observer')}</label>
          <select id={`${id}-observer`} value={observerId} onChange={(e) => setObserverId(e.target.value)}>
            {choices.map((observer) => (
              <option key={observer.id} value={observer.id}>
                {observer.name ? `${observer.code} · ${observer.name}` : observer.code}
              </option>
            ))}
          </select>
        </div>
      )}
      {forms.length > 0 && (
        <fieldset>
          <legend>{t('deployments.forms')}</legend>
          {forms.map((form) => (
            <div className="checkbox-field field" key={form.id}>
              <input
                id={`${id}-form-${form.id}`}
                type="checkbox"
                checked={formIds.includes(form.id)}
                onChange={(e) => setFormIds(e.target.checked ? [...formIds, form.id] : formIds.filter((f) => f !== form.id))}
              />
              <label htmlFor={`${id}-form-${form.id}`}>
                {form.code} · {form.name} ({t(`formKind.${form.kind}`)})
              </label>
            </div>
          ))}
        </fieldset>
      )}
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={!observerId || saving} onClick={() => void deploy()}>
          {saving ? t('deployments.deploying') : t('deployments.deploy')}
        </button>
      </div>
    </div>
  );
}
