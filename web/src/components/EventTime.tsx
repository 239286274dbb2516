import { describeSpan, type DayKey, type TimeSpan } from '../lib/time';

/**
 * A time span in the event's zone and, when that reads differently, in the
 * viewer's: "14:00–16:00 (Berlin) · 08:00–10:00 your time (New York)".
 * All-day events show their dates only (or "All day" under a calendar day).
 */
export function EventTime({
  span,
  viewerZone,
  contextDay,
  className = 'event-time',
}: {
  span: TimeSpan;
  viewerZone: string;
  /** The day the text sits under; dates equal to it are left out. */
  contextDay?: DayKey;
  className?: string;
}) {
  const d = describeSpan(span, viewerZone, contextDay);
  if (d.allDay) {
    return <span className={className}>{contextDay ? 'All day' : d.eventTime}</span>;
  }
  return (
    <span className={className}>
      <time dateTime={span.startsAt} className="event-time-own" title={span.timeZone}>
        {d.eventTime} ({d.eventZoneLabel})
      </time>
      {d.viewerTime && (
        <span className="event-time-viewer" title={viewerZone}>
          <span className="event-time-sep">{' · '}</span>
          {d.viewerTime} your time ({d.viewerZoneLabel})
        </span>
      )}
    </span>
  );
}
