import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { missionsQuery } from '../api/missionOperations';
import type { MissionFieldsFragment } from '../gql/graphql';
import { countryName } from '../lib/country';
import { expectedErrorMessage, isSessionGone } from '../lib/admin';
import { formatDates } from './missionLabels';
import './missions.css';

type State = { phase: 'loading' } | { phase: 'loaded'; missions: MissionFieldsFragment[] } | { phase: 'error'; message: string };

/** The caller's missions, newest election first (the server's order). */
export function MissionsPage() {
  const { t } = useTranslation('missions');
  const [state, setState] = useState<State>({ phase: 'loading' });

  const load = useCallback(async () => {
    setState({ phase: 'loading' });
    try {
      const data = await gqlRequest(missionsQuery);
      setState({ phase: 'loaded', missions: data.missions });
    } catch (err) {
      if (!isSessionGone(err)) setState({ phase: 'error', message: expectedErrorMessage(err) });
    }
  }, []);

  useEffect(() => {
    document.title = `${t('list.title')} · Pluralis`;
    void load();
  }, [load, t]);

  return (
    <div className="page missions-page">
      <div className="page-header mission-list-header">
        <h1>{t('list.title')}</h1>
        <Link className="button button-primary" to="/missions/new">
          {t('list.new')}
        </Link>
      </div>
      {state.phase === 'loading' && <p role="status">{t('loading')}</p>}
      {state.phase === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button button-secondary" onClick={() => void load()}>
            {t('tryAgain')}
          </button>
        </div>
      )}
      {state.phase === 'loaded' && state.missions.length === 0 && (
        <div className="notice">
          <p>{t('list.empty')}</p>
        </div>
      )}
      {state.phase === 'loaded' && state.missions.length > 0 && (
        <div className="table-wrap">
          <table className="data-table missions-table">
            <caption className="visually-hidden">{t('list.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('fields.name')}</th>
                <th scope="col">{t('fields.country')}</th>
                <th scope="col">{t('fields.electionDates')}</th>
                <th scope="col">{t('fields.status')}</th>
                <th scope="col">{t('fields.phase')}</th>
                <th scope="col">{t('fields.myRole')}</th>
              </tr>
            </thead>
            <tbody>
              {state.missions.map((mission) => (
                <tr key={mission.id}>
                  <th scope="row">
                    <Link to={`/missions/${encodeURIComponent(mission.id)}`}>{mission.name}</Link>
                  </th>
                  <td data-label={t('fields.country')}>{countryName(mission.country)}</td>
                  <td data-label={t('fields.electionDates')}>{formatDates(mission.electionDates)}</td>
                  <td data-label={t('fields.status')}>
                    <span className={`status-badge mission-status-${mission.status.toLowerCase()}`}>{t(`status.${mission.status}`)}</span>
                  </td>
                  <td data-label={t('fields.phase')}>{t(`phase.${mission.phase}`)}</td>
                  <td data-label={t('fields.myRole')}>{t(`role.${mission.myRole}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
