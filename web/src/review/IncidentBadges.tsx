import { useTranslation } from 'react-i18next';
import type { IncidentSeverity, IncidentStatus } from '../gql/graphql';

export const SEVERITIES: IncidentSeverity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];
export const INCIDENT_STATUSES: IncidentStatus[] = ['NEW', 'ACKNOWLEDGED', 'RESOLVED'];

export function SeverityBadge({ severity }: { severity: IncidentSeverity }) {
  const { t } = useTranslation('review');
  return <span className={`review-badge review-severity-${severity.toLowerCase()}`}>{t(`severity.${severity}`)}</span>;
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation('review');
  return <span className={`status-badge review-incident-${status.toLowerCase()}`}>{t(`incidentStatus.${status}`)}</span>;
}
