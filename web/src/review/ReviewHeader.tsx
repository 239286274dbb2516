import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MissionState } from './format';
import './review.css';

/** Breadcrumbs back to the mission (its page is built elsewhere), the page's title, and load errors. */
export function ReviewHeader({
  missionId,
  mission,
  title,
  crumbs = [],
  children,
}: {
  missionId: string;
  mission: MissionState;
  title: ReactNode;
  crumbs?: ReadonlyArray<{ to: string; label: string }>;
  children?: ReactNode;
}) {
  const { t } = useTranslation('review');
  const missionName = mission.phase === 'loaded' ? mission.mission.name : t('nav.mission');
  return (
    <div className="page-header review-header">
      <p className="breadcrumbs">
        <Link to={`/missions/${missionId}`}>{missionName}</Link>
        {crumbs.map((crumb) => (
          <span key={crumb.to}>
            {' / '}
            <Link to={crumb.to}>{crumb.label}</Link>
          </span>
        ))}
      </p>
      <h1>{title}</h1>
      {mission.phase === 'error' && (
        <div className="notice notice-error" role="alert">
          <p>{mission.message}</p>
        </div>
      )}
      {children}
    </div>
  );
}

/** A loading line, or an error with a retry button. */
export function LoadStatus({ loading, error, onRetry }: { loading: boolean; error: string | null; onRetry: () => void }) {
  const { t } = useTranslation('review');
  if (error) {
    return (
      <div className="notice notice-error" role="alert">
        <p>{error}</p>
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('common.tryAgain')}
        </button>
      </div>
    );
  }
  return loading ? <p role="status">{t('common.loading')}</p> : null;
}
