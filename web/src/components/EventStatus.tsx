import { eventStatusLabel } from './eventLabels';

/** Marks events that are not simply published: cancelled, postponed, draft; with the reason. */
export function EventStatusNote({
  status,
  reason,
  showReason = true,
}: {
  status: string;
  reason: string | null;
  showReason?: boolean;
}) {
  if (status === 'PUBLISHED') return null;
  return (
    <span className="event-status">
      <span className={`status-badge status-${status.toLowerCase()}`}>{eventStatusLabel(status)}</span>
      {reason && (
        <span className={showReason ? 'status-reason' : 'visually-hidden'}>
          <span className="visually-hidden">: </span>
          {reason}
        </span>
      )}
    </span>
  );
}
