import { eventStatusLabel, visibilityLabel } from './eventLabels';
import './editor.css';

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

/** "Draft", "Published", "Postponed", "Cancelled" as a badge (published included). */
export function StatusBadge({ status }: { status: string }) {
  return (
    <span className={`status-badge status-${status.toLowerCase()}`}>
      <span className="visually-hidden">Status: </span>
      {eventStatusLabel(status)}
    </span>
  );
}

/** Who may see the event as a badge: "Public", "Network", "Network and partners", "Invite only". */
export function VisibilityBadge({ visibility }: { visibility: string }) {
  return (
    <span className={`visibility-badge visibility-${visibility.toLowerCase()}`}>
      <span className="visually-hidden">Visible to: </span>
      {visibilityLabel(visibility)}
    </span>
  );
}
