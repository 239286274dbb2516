import { Link } from 'react-router-dom';
import type { EventQuery } from '../gql/graphql';
import { SubscribeList } from './FeedLinks';
import './feeds.css';

type EventDetail = EventQuery['event'];

type Props = {
  event: Pick<EventDetail, 'title' | 'status' | 'visibility' | 'icsUrl' | 'seriesFeedUrl'>;
};

/**
 * "Add to calendar" on an event page: the event's .ics (with its programme), the
 * same address to subscribe to (so calendars follow a moved or cancelled event),
 * and for an occurrence of a series the series' feed.
 *
 * The public addresses carry no session: a calendar app fetches them on its own.
 * So for an event that is not public they would answer 404; such events reach a
 * calendar through a private feed instead, and the menu says so.
 */
export function AddToCalendar({ event }: Props) {
  // A draft is in no feed; a missing address (an older server) shows nothing.
  if (event.status === 'DRAFT' || !event.icsUrl) return null;
  return (
    <details className="add-to-calendar">
      <summary>Add to calendar</summary>
      <div className="add-to-calendar-body">
        {event.visibility === 'PUBLIC' ? (
          <>
            <section aria-label="This event">
              <h3>This event</h3>
              <SubscribeList url={event.icsUrl} name={event.title} download />
            </section>
            {event.seriesFeedUrl && (
              <section aria-label="Every occurrence of this series">
                <h3>Every occurrence of this series</h3>
                <p className="muted">One subscription that follows the whole series, including moved or cancelled dates.</p>
                <SubscribeList url={event.seriesFeedUrl} name={`${event.title} (series)`} />
              </section>
            )}
          </>
        ) : (
          <p className="private-feed-note">
            This event is not public, so a calendar app cannot fetch it on its own. Follow it through a{' '}
            <Link to="/feeds">private calendar feed</Link>: your agenda feed, or a feed of the network’s events.
          </p>
        )}
      </div>
    </details>
  );
}
