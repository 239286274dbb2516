import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { gqlRequest } from '../api/client';
import { observerMissionsQuery } from '../api/observerOperations';
import type { ObserverMissionsQuery } from '../gql/graphql';
import { formatDate } from './format';
import { useCachedQuery } from './hooks';
import { LoadState } from './Loading';
import { useObserver } from './ObserverContext';

type Mission = ObserverMissionsQuery['missions'][number];

export function useTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Pluralis`;
  }, [title]);
}

/** /observe: the missions where I observe. */
export function MyMissionsPage() {
  const { t } = useTranslation('observer');
  const { owner } = useObserver();
  const loaded = useCachedQuery(owner, 'missions', async () => (await gqlRequest(observerMissionsQuery)).missions);
  useTitle(t('missions.title'));
  return (
    <>
      <h1>{t('missions.title')}</h1>
      <LoadState loaded={loaded}>
        {(missions) => {
          const mine = missions.filter((m) => m.myRole === 'OBSERVER');
          if (mine.length === 0) return <p>{t('missions.none')}</p>;
          return (
            <ul className="observer-list">
              {mine.map((mission) => (
                <MissionItem key={mission.id} mission={mission} />
              ))}
            </ul>
          );
        }}
      </LoadState>
    </>
  );
}

function MissionItem({ mission }: { mission: Mission }) {
  const { t, i18n } = useTranslation('observer');
  const dates = mission.electionDates.map((d) => formatDate(d, i18n.language)).join(', ');
  return (
    <li className="observer-card">
      <Link to={`/observe/${mission.id}`} className="observer-card-link">
        {mission.name}
      </Link>
      {dates && <p className="muted">{t('missions.election', { dates })}</p>}
      <p className="muted">{t(`phases.${mission.phase}`)}</p>
    </li>
  );
}
