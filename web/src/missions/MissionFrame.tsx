import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router-dom';
import type { MissionFieldsFragment } from '../gql/graphql';
import { abilities } from './missionLabels';
import { useMission } from './useMission';
import './missions.css';

/**
 * The mission's own navigation. Results and incidents are the review pages (web/src/review/);
 * observers go to their assignments in the observer app.
 */
export function MissionNav({ mission }: { mission: MissionFieldsFragment }) {
  const { t } = useTranslation('missions');
  const can = abilities(mission.myRole);
  const base = `/missions/${encodeURIComponent(mission.id)}`;
  const links: Array<[string, string, boolean]> = [
    [base, t('nav.overview'), true],
    [`${base}/import`, t('nav.import'), can.manage],
    [`${base}/observers`, t('nav.observers'), can.roster],
    [`${base}/deployments`, t('nav.deployments'), can.manage],
    [`${base}/forms`, t('nav.forms'), true],
    [`${base}/results`, t('nav.results'), can.results],
    [`${base}/incidents`, t('nav.incidents'), can.incidents],
    [`/observe/${encodeURIComponent(mission.id)}`, t('nav.observe'), can.observe],
  ];
  return (
    <nav className="mission-nav" aria-label={t('nav.label')}>
      <ul>
        {links
          .filter(([, , shown]) => shown)
          .map(([to, label]) => (
            <li key={to}>
              <NavLink to={to} end>
                {label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/**
 * Every mission page: breadcrumbs, the mission's name over the page title, the mission's
 * navigation, and the page once the mission is loaded (or why it cannot be shown).
 */
export function MissionFrame({
  missionId,
  title,
  className,
  children,
}: {
  missionId: string;
  /** The page's title; a function gets the mission once loaded (null before). */
  title: string | ((mission: MissionFieldsFragment | null) => string);
  className?: string;
  children: (mission: MissionFieldsFragment, setMission: (mission: MissionFieldsFragment) => void) => ReactNode;
}) {
  const { t } = useTranslation('missions');
  const { state, setMission, reload } = useMission(missionId);
  const mission = state.phase === 'loaded' ? state.mission : null;
  const name = mission?.name ?? null;
  const heading = typeof title === 'function' ? title(mission) : title;

  useEffect(() => {
    document.title = `${name && heading !== name ? `${heading} · ${name}` : heading} · Pluralis`;
  }, [name, heading]);

  return (
    <div className={`page mission-page ${className ?? ''}`}>
      <div className="page-header">
        <p className="breadcrumbs">
          <Link to="/missions">{t('list.title')}</Link>
          {name && heading !== name && (
            <>
              {' › '}
              <Link to={`/missions/${encodeURIComponent(missionId)}`}>{name}</Link>
            </>
          )}
        </p>
        <h1>{heading}</h1>
        {state.phase === 'loaded' && <MissionNav mission={state.mission} />}
      </div>
      {state.phase === 'loading' && <p role="status">{t('loading')}</p>}
      {state.phase === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>{state.message}</p>
          <button type="button" className="button button-secondary" onClick={() => void reload()}>
            {t('tryAgain')}
          </button>
        </div>
      )}
      {state.phase === 'loaded' && children(state.mission, setMission)}
    </div>
  );
}
