import { useId } from 'react';
import type { EditorEventQuery } from '../gql/graphql';
import { WHO_WILL_SEE } from './eventLabels';
import { VisibilityBadge } from './EventStatus';
import { EventTime } from './EventTime';
import { StatusPanel, type Action } from './StatusPanel';
import './editor.css';

type EditorEvent = EditorEventQuery['event'];

/**
 * The path from draft to published in one place, beside the details and the programme:
 * what the event is (title, dates on its own clock, host), who will see it, how many
 * sessions, and the Publish button (or postpone and cancel once it is out).
 */
export function PublishSummary({
  event,
  onChanged,
}: {
  event: EditorEvent;
  onChanged: (message: string, action: Action) => void;
}) {
  const id = useId();
  const count = event.sessions.length;
  const draft = event.status === 'DRAFT';
  return (
    <aside className="editor-summary" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{draft ? 'Summary and publishing' : 'Summary'}</h2>
      <p className="summary-badges">
        <VisibilityBadge visibility={event.visibility} />
      </p>
      <dl className="summary-facts">
        <div>
          <dt>Title</dt>
          <dd>{event.title}</dd>
        </div>
        <div>
          <dt>When</dt>
          <dd>
            {/* On the event's own clock: the viewer's zone is the same, so one time shows. */}
            <EventTime span={event} viewerZone={event.timeZone} />
          </dd>
        </div>
        <div>
          <dt>Host</dt>
          <dd>
            {event.hostOrganization.name}
            {event.coHosts.length > 0 && ` with ${event.coHosts.map((o) => o.name).join(', ')}`}
          </dd>
        </div>
        <div>
          <dt>{draft ? 'Who will see it' : 'Who can see it'}</dt>
          <dd>{WHO_WILL_SEE[event.visibility]}</dd>
        </div>
        <div>
          <dt>Programme</dt>
          <dd>
            <a href="#programme-heading">{count === 0 ? 'No sessions yet' : count === 1 ? '1 session' : `${count} sessions`}</a>
          </dd>
        </div>
      </dl>
      {draft && <p className="hint">Only the hosts' organizers see a draft. Publishing shows it to the people above.</p>}
      <StatusPanel
        className="summary-actions"
        eventId={event.id}
        status={event.status}
        reason={event.statusReason}
        onChanged={onChanged}
      />
    </aside>
  );
}
