import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { errorMessage, gqlRequest } from '../api/client';
import { addSessionMutation, removeSessionMutation, updateSessionMutation } from '../api/operations';
import type { EditorEventQuery, SessionKind } from '../gql/graphql';
import { addLocalMinutes, toApiLocal, toLocalInput } from '../lib/localDateTime';
import { allDayDates, zoneLabel } from '../lib/time';
import { SESSION_KIND_LABELS } from './eventLabels';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from './FormErrors';
import { PersonPicker } from './PersonPicker';
import type { Warning } from './ProgrammeGrid';
import type { PickItem } from './SearchPicker';

type FormEventData = EditorEventQuery['event'];
type Session = FormEventData['sessions'][number];

const KINDS = Object.keys(SESSION_KIND_LABELS) as SessionKind[];
const FIELDS = ['title', 'kind', 'roomId', 'startsAt', 'endsAt', 'track', 'capacity', 'description', 'speakerIds', 'moderatorIds'] as const;
// The service names the people lists without the "Ids".
const ALIASES = { speakers: 'speakerIds', moderators: 'moderatorIds' };

interface Values {
  title: string;
  kind: SessionKind;
  roomId: string;
  startsAt: string;
  endsAt: string;
  track: string;
  capacity: string;
  description: string;
  speakers: PickItem[];
  moderators: PickItem[];
}

function initialValues(event: FormEventData, session: Session | null, defaultStart: string): Values {
  if (!session) {
    return {
      title: '',
      kind: 'PANEL',
      roomId: '',
      startsAt: defaultStart,
      endsAt: addLocalMinutes(defaultStart, SESSION_MINUTES),
      track: '',
      capacity: '',
      description: '',
      speakers: [],
      moderators: [],
    };
  }
  return {
    title: session.title,
    kind: session.kind,
    roomId: session.room?.id ?? '',
    startsAt: toLocalInput(session.startsAt, event.timeZone),
    endsAt: toLocalInput(session.endsAt, event.timeZone),
    track: session.track ?? '',
    capacity: session.capacity == null ? '' : String(session.capacity),
    description: session.description,
    speakers: session.speakers.map((p) => ({ id: p.id, name: p.name })),
    moderators: session.moderators.map((p) => ({ id: p.id, name: p.name })),
  };
}

const SESSION_MINUTES = 60;

/**
 * Where a new session starts: after the last one ends, so a programme is typed in order.
 * A session that would run past the day's usual end (the event's daily end time, or 17:00
 * for all-day events) moves to the next day of the event at its daily start. The first
 * session starts with the event. Sessions last an hour unless changed.
 */
export function defaultSessionStart(
  event: Pick<FormEventData, 'startsAt' | 'endsAt' | 'allDay' | 'timeZone'> & { sessions: readonly { endsAt: string }[] },
): string {
  const tz = event.timeZone;
  const days = allDayDates(event);
  const eventStart = event.allDay ? `${days.first}T09:00` : toLocalInput(event.startsAt, tz);
  const eventEnd = event.allDay ? `${days.last}T17:00` : toLocalInput(event.endsAt, tz);
  if (event.sessions.length === 0) return eventStart;
  const latest = event.sessions.map((x) => toLocalInput(x.endsAt, tz)).reduce((a, b) => (b > a ? b : a));
  const dayStart = eventStart.slice(11);
  const dayEnd = eventEnd.slice(11);
  const end = addLocalMinutes(latest, SESSION_MINUTES);
  const pastDay = end.slice(0, 10) !== latest.slice(0, 10) || (dayEnd > dayStart && end.slice(11) > dayEnd);
  if (pastDay) {
    const nextDay = `${addLocalMinutes(`${latest.slice(0, 10)}T00:00`, 24 * 60).slice(0, 10)}T${dayStart}`;
    if (nextDay < eventEnd) return nextDay;
  }
  return latest;
}

/**
 * Add or edit one programme session. Times are typed on the event's clock and sent
 * without an offset. A save can succeed with warnings (double-booked speaker, outside
 * the event, room too small); they are shown here and on the session's block.
 */
export function SessionForm({
  event,
  session,
  defaultStart,
  warnings,
  onSaved,
  onRemoved,
  onClose,
}: {
  event: FormEventData;
  /** Null to add a session. */
  session: Session | null;
  defaultStart: string;
  /** Warnings from the last save of this session. */
  warnings: readonly Warning[];
  onSaved: (sessionId: string, warnings: Warning[]) => void;
  onRemoved: (sessionId: string) => void;
  onClose: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState<Values>(() => initialValues(event, session, defaultStart));
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rooms = event.venue?.rooms ?? [];

  useEffect(() => {
    headingRef.current?.focus();
  }, []);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    setBusy(true);
    const input = {
      title: values.title.trim(),
      kind: values.kind,
      roomId: values.roomId || null,
      startsAt: toApiLocal(values.startsAt),
      endsAt: toApiLocal(values.endsAt),
      track: values.track.trim() || null,
      capacity: values.capacity ? Number(values.capacity) : null,
      description: values.description,
      speakerIds: values.speakers.map((p) => p.id),
      moderatorIds: values.moderators.map((p) => p.id),
    };
    try {
      const payload = session
        ? (await gqlRequest(updateSessionMutation, { id: session.id, input })).updateSession
        : (await gqlRequest(addSessionMutation, { eventId: event.id, input })).addSession;
      if (payload.session && payload.errors.length === 0) {
        setErrors(NO_ERRORS);
        onSaved(payload.session.id, payload.warnings);
      } else {
        setErrors(splitErrors(payload.errors, FIELDS, ALIASES));
      }
    } catch (err) {
      setErrors({ byField: new Map(), general: [errorMessage(err)] });
    }
    setBusy(false);
  }

  async function remove() {
    if (!session) return;
    setBusy(true);
    try {
      const data = await gqlRequest(removeSessionMutation, { id: session.id });
      if (data.removeSession.ok) {
        onRemoved(session.id);
        return;
      }
      setErrors({ byField: new Map(), general: ['The session could not be removed.'] });
    } catch (err) {
      setErrors({ byField: new Map(), general: [errorMessage(err)] });
    }
    setBusy(false);
  }

  const errId = (name: string) => `${id}-${name}-error`;
  const inv = (name: string) => invalidProps(errors, name, errId(name));
  const msg = (name: string) => <FieldMessage id={errId(name)} errors={errors} field={name} />;
  const pickerError = (name: string) => {
    const messages = errors.byField.get(name);
    return messages ? { id: errId(name), messages } : null;
  };

  return (
    <form className="session-form" onSubmit={(e) => void handleSubmit(e)} aria-labelledby={`${id}-heading`} noValidate>
      <h3 id={`${id}-heading`} ref={headingRef} tabIndex={-1}>
        {session ? `Edit session: ${session.title}` : 'Add a session'}
      </h3>
      {warnings.length > 0 && (
        <div className="warning-box" role="status">
          <p>Saved, with {warnings.length === 1 ? 'a warning' : `${warnings.length} warnings`}:</p>
          <ul>
            {warnings.map((warning, index) => (
              <li key={index}>
                <span aria-hidden="true">⚠ </span>
                {warning.message}
              </li>
            ))}
          </ul>
        </div>
      )}
      <ErrorBanner messages={errors.general} />
      <div className="form-grid">
        <div className="field field-wide">
          <label htmlFor={`${id}-title`}>Session title</label>
          <input id={`${id}-title`} value={values.title} required onChange={(e) => set('title', e.target.value)} {...inv('title')} />
          {msg('title')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-kind`}>Session kind</label>
          <select id={`${id}-kind`} value={values.kind} onChange={(e) => set('kind', e.target.value as SessionKind)} {...inv('kind')}>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {SESSION_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
          {msg('kind')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-room`}>Room</label>
          <select id={`${id}-room`} value={values.roomId} onChange={(e) => set('roomId', e.target.value)} {...inv('roomId')}>
            <option value="">No room</option>
            {rooms.map((room) => (
              <option key={room.id} value={room.id}>
                {room.name}
                {room.capacity != null ? ` (${room.capacity} seats)` : ''}
              </option>
            ))}
          </select>
          {msg('roomId')}
          {rooms.length === 0 && <p className="hint">Give the event a venue with rooms to place sessions in rooms.</p>}
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>Session starts ({zoneLabel(event.timeZone)} time)</label>
          <input
            id={`${id}-start`}
            type="datetime-local"
            value={values.startsAt}
            onChange={(e) => {
              const startsAt = e.target.value;
              // Keep the length when the start moves, as calendars do.
              setValues((v) => {
                const length = v.startsAt && v.endsAt ? (Date.parse(`${v.endsAt}Z`) - Date.parse(`${v.startsAt}Z`)) / 60000 : 60;
                return { ...v, startsAt, endsAt: startsAt && length > 0 ? addLocalMinutes(startsAt, length) : v.endsAt };
              });
            }}
            {...inv('startsAt')}
          />
          {msg('startsAt')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>Session ends ({zoneLabel(event.timeZone)} time)</label>
          <input id={`${id}-end`} type="datetime-local" value={values.endsAt} onChange={(e) => set('endsAt', e.target.value)} {...inv('endsAt')} />
          {msg('endsAt')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-track`}>Track</label>
          <input id={`${id}-track`} value={values.track} onChange={(e) => set('track', e.target.value)} {...inv('track')} />
          {msg('track')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-capacity`}>Session capacity</label>
          <input
            id={`${id}-capacity`}
            type="number"
            min={1}
            inputMode="numeric"
            value={values.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            {...inv('capacity')}
          />
          {msg('capacity')}
        </div>
        <div className="field field-wide">
          <label htmlFor={`${id}-description`}>Session description</label>
          <textarea id={`${id}-description`} rows={3} value={values.description} onChange={(e) => set('description', e.target.value)} {...inv('description')} />
          {msg('description')}
        </div>
      </div>
      <div className="form-grid">
        <PersonPicker label="Speakers" value={values.speakers} onChange={(speakers) => set('speakers', speakers)} error={pickerError('speakerIds')} />
        <PersonPicker
          label="Moderators"
          value={values.moderators}
          onChange={(moderators) => set('moderators', moderators)}
          error={pickerError('moderatorIds')}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : session ? 'Save session' : 'Add session'}
        </button>
        <button type="button" className="button button-link" onClick={onClose}>
          Close
        </button>
        {session &&
          (confirmRemove ? (
            <span className="confirm">
              <span>Remove “{session.title}” with its speakers and registrations?</span>
              <button type="button" className="button button-danger" onClick={() => void remove()} disabled={busy}>
                Yes, remove session
              </button>
              <button type="button" className="button button-link" onClick={() => setConfirmRemove(false)}>
                Keep it
              </button>
            </span>
          ) : (
            <button type="button" className="button button-secondary" onClick={() => setConfirmRemove(true)}>
              Remove session…
            </button>
          ))}
      </div>
    </form>
  );
}
