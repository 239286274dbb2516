import { useEffect, useId, useMemo, useRef, useState, type FormEvent } from 'react';
import { errorMessage, gqlRequest } from '../api/client';
import { createEventMutation, updateEventMutation } from '../api/operations';
import type {
  CreateEventInput,
  EditScope,
  EditorEventQuery,
  EventKind,
  EventVisibility,
  UpdateEventInput,
} from '../gql/graphql';
import { allDayDates, viewerTimeZone } from '../lib/time';
import { toApiLocal, toLocalInput } from '../lib/localDateTime';
import { canonicalZone } from '../lib/timeZones';
import { EVENT_KIND_LABELS, EVENT_KIND_OPTIONS, WHO_WILL_SEE } from './eventLabels';
import { Field, LanguagesFieldset, offerChoices, resolveLanguages } from './EventFormFields';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from './FormErrors';
import { OrganizationPicker } from './PersonPicker';
import type { PickItem } from './SearchPicker';
import { TimeZoneField } from './TimeZoneField';
import { VenuePicker } from './VenuePicker';
import './editor.css';

export type EditorEvent = EditorEventQuery['event'];

export const VISIBILITY_OPTIONS: readonly { value: EventVisibility; label: string; explanation: string }[] = [
  { value: 'PUBLIC', label: 'Public', explanation: 'Listed on the public calendar and in public calendar feeds.' },
  { value: 'NETWORK', label: 'Network', explanation: "The network's own organizations, not partners." },
  { value: 'PARTNERS', label: 'Network and partners', explanation: 'The network and its partner organizations.' },
  { value: 'INVITE_ONLY', label: 'Invite only', explanation: 'Hosts and invited people; never listed.' },
];

/** An organization the caller may host events for; `own` when they organize in it (not only as superuser). */
export interface HostChoice extends PickItem {
  own: boolean;
}


interface Values {
  hostOrganizationId: string;
  kind: EventKind;
  title: string;
  description: string;
  tags: string;
  languages: string[];
  otherLanguages: string;
  visibility: EventVisibility;
  timeZone: string;
  allDay: boolean;
  startsAt: string;
  endsAt: string;
  startDate: string;
  endDate: string;
  venueId: string;
  onlineUrl: string;
  capacity: string;
  offerMinutes: string;
  coHosts: PickItem[];
}

const FIELDS = [
  'hostOrganizationId',
  'kind',
  'title',
  'description',
  'tags',
  'languages',
  'visibility',
  'timeZone',
  'allDay',
  'startsAt',
  'endsAt',
  'startDate',
  'endDate',
  'venueId',
  'onlineUrl',
  'capacity',
  'offerMinutes',
  'coHostIds',
] as const;

function initialValues(event: EditorEvent | null, hostId: string): Values {
  if (!event) {
    return {
      hostOrganizationId: hostId,
      kind: 'CONFERENCE',
      title: '',
      description: '',
      tags: '',
      languages: [],
      otherLanguages: '',
      visibility: 'NETWORK',
      timeZone: canonicalZone(viewerTimeZone()),
      allDay: false,
      startsAt: '',
      endsAt: '',
      startDate: '',
      endDate: '',
      venueId: '',
      onlineUrl: '',
      capacity: '',
      offerMinutes: '1440',
      coHosts: [],
    };
  }
  const days = allDayDates(event);
  return {
    hostOrganizationId: event.hostOrganization.id,
    kind: event.kind,
    title: event.title,
    description: event.description,
    tags: event.tags.join(', '),
    languages: [...event.languages],
    otherLanguages: '',
    visibility: event.visibility,
    timeZone: event.timeZone,
    allDay: event.allDay,
    startsAt: event.allDay ? `${days.first}T09:00` : toLocalInput(event.startsAt, event.timeZone),
    endsAt: event.allDay ? `${days.last}T17:00` : toLocalInput(event.endsAt, event.timeZone),
    startDate: event.allDay ? days.first : toLocalInput(event.startsAt, event.timeZone).slice(0, 10),
    endDate: event.allDay ? days.last : toLocalInput(event.endsAt, event.timeZone).slice(0, 10),
    venueId: event.venue?.id ?? '',
    onlineUrl: event.onlineUrl ?? '',
    capacity: event.capacity == null ? '' : String(event.capacity),
    offerMinutes: String(event.offerMinutes),
    coHosts: event.coHosts.map((o) => ({ id: o.id, name: o.name })),
  };
}

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function createInput(v: Values): CreateEventInput {
  return {
    hostOrganizationId: v.hostOrganizationId,
    kind: v.kind,
    title: v.title.trim(),
    timeZone: v.timeZone,
    description: v.description,
    tags: list(v.tags),
    languages: v.languages,
    visibility: v.visibility,
    venueId: v.venueId || null,
    onlineUrl: v.onlineUrl.trim() || null,
    capacity: v.capacity ? Number(v.capacity) : null,
    offerMinutes: v.offerMinutes ? Number(v.offerMinutes) : 1440,
    coHostIds: v.coHosts.map((o) => o.id),
    allDay: v.allDay,
    ...(v.allDay
      ? { startDate: v.startDate || null, endDate: v.endDate || null }
      : { startsAt: v.startsAt ? toApiLocal(v.startsAt) : null, endsAt: v.endsAt ? toApiLocal(v.endsAt) : null }),
  };
}

/** Only what changed: for a series edit, unchanged fields must not be copied to other occurrences. */
function updateInput(v: Values, i: Values): UpdateEventInput {
  const input: UpdateEventInput = {};
  if (v.kind !== i.kind) input.kind = v.kind;
  if (v.title.trim() !== i.title) input.title = v.title.trim();
  if (v.description !== i.description) input.description = v.description;
  if (list(v.tags).join() !== list(i.tags).join()) input.tags = list(v.tags);
  if (v.languages.join() !== i.languages.join()) input.languages = v.languages;
  if (v.hostOrganizationId !== i.hostOrganizationId) input.hostOrganizationId = v.hostOrganizationId;
  if (v.visibility !== i.visibility) input.visibility = v.visibility;
  if (v.timeZone !== i.timeZone) input.timeZone = v.timeZone;
  const timesChanged = v.allDay
    ? v.startDate !== i.startDate || v.endDate !== i.endDate
    : v.startsAt !== i.startsAt || v.endsAt !== i.endsAt;
  if (v.allDay !== i.allDay || timesChanged) {
    input.allDay = v.allDay;
    if (v.allDay) {
      input.startDate = v.startDate || null;
      input.endDate = v.endDate || null;
    } else {
      input.startsAt = v.startsAt ? toApiLocal(v.startsAt) : null;
      input.endsAt = v.endsAt ? toApiLocal(v.endsAt) : null;
    }
  }
  if (v.venueId !== i.venueId) input.venueId = v.venueId || null;
  if (v.onlineUrl.trim() !== i.onlineUrl) input.onlineUrl = v.onlineUrl.trim() || null;
  if (v.capacity !== i.capacity) input.capacity = v.capacity ? Number(v.capacity) : null;
  if (v.offerMinutes !== i.offerMinutes) input.offerMinutes = Number(v.offerMinutes);
  const ids = (items: PickItem[]) => items.map((o) => o.id).sort().join();
  if (ids(v.coHosts) !== ids(i.coHosts)) input.coHostIds = v.coHosts.map((o) => o.id);
  return input;
}

export function EventForm({
  event,
  hostChoices,
  onSaved,
  onRoomsChanged,
}: {
  /** Null to create a new event. */
  event: EditorEvent | null;
  /** Organizations the caller may host for, their own first; the first is the default. */
  hostChoices: readonly HostChoice[];
  onSaved: (eventId: string, changedCount: number) => void;
  onRoomsChanged?: () => void;
}) {
  const id = useId();
  const initial = useMemo(() => initialValues(event, hostChoices[0]?.id ?? ''), [event, hostChoices]);
  const [values, setValues] = useState<Values>(initial);
  const [scope, setScope] = useState<EditScope>('THIS_EVENT');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  // The host can be chosen by someone who manages it (a co-host's organizer sees it as text).
  const hostEditable = !event || (hostChoices.length > 1 && hostChoices.some((c) => c.id === event.hostOrganization.id));
  const otherHosts = hostChoices.filter((c) => !c.own);

  // After a refused save, take the user to the first field with a problem.
  useEffect(() => {
    if (errors.byField.size === 0 && errors.general.length === 0) return;
    const target =
      errors.general.length > 0
        ? formRef.current?.querySelector<HTMLElement>('.form-error-wrap')
        : formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    target?.focus();
  }, [errors]);

  function set<K extends keyof Values>(key: K, value: Values[K]) {
    setValues((v) => ({ ...v, [key]: value }));
  }

  function toggleAllDay(allDay: boolean) {
    setValues((v) => ({
      ...v,
      allDay,
      startDate: v.startDate || v.startsAt.slice(0, 10),
      endDate: v.endDate || v.endsAt.slice(0, 10),
      startsAt: v.startsAt || (v.startDate ? `${v.startDate}T09:00` : ''),
      endsAt: v.endsAt || (v.endDate ? `${v.endDate}T17:00` : ''),
    }));
  }

  async function handleSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    if (busy) return;
    setNotice(null);
    const languages = resolveLanguages(values.languages, values.otherLanguages);
    if ('unknown' in languages) {
      setErrors({ byField: new Map([['languages', [languages.unknown]]]), general: [] });
      return;
    }
    const v: Values = { ...values, languages: languages.codes, otherLanguages: '' };
    setBusy(true);
    const aliases: Record<string, string> = values.allDay
      ? { startsAt: 'startDate', endsAt: 'endDate' }
      : { startDate: 'startsAt', endDate: 'endsAt' };
    try {
      if (!event) {
        const data = await gqlRequest(createEventMutation, { input: createInput(v) });
        const { event: created, errors: payloadErrors } = data.createEvent;
        if (created && payloadErrors.length === 0) {
          setErrors(NO_ERRORS);
          onSaved(created.id, 1);
        } else {
          setErrors(splitErrors(payloadErrors, FIELDS, aliases));
        }
      } else {
        const input = updateInput(v, initial);
        if (Object.keys(input).length === 0) {
          setErrors(NO_ERRORS);
          setNotice('Nothing has changed.');
        } else {
          const data = await gqlRequest(updateEventMutation, { id: event.id, input, scope: event.seriesId ? scope : 'THIS_EVENT' });
          const { event: updated, events, errors: payloadErrors } = data.updateEvent;
          if (updated && payloadErrors.length === 0) {
            setErrors(NO_ERRORS);
            onSaved(updated.id, Math.max(1, events.length));
          } else {
            setErrors(splitErrors(payloadErrors, FIELDS, aliases));
          }
        }
      }
    } catch (err) {
      setErrors({ byField: new Map(), general: [errorMessage(err)] });
    }
    setBusy(false);
  }

  const fieldId = (name: string) => `${id}-${name}`;
  const errId = (name: string) => `${id}-${name}-error`;
  const inv = (name: string, hint?: boolean) => invalidProps(errors, name, errId(name), hint ? `${id}-${name}-hint` : undefined);
  const msg = (name: string) => <FieldMessage id={errId(name)} errors={errors} field={name} />;
  const pickerError = (name: string) => {
    const messages = errors.byField.get(name);
    return messages ? { id: errId(name), messages } : null;
  };

  return (
    <form ref={formRef} className="event-form" onSubmit={(e) => void handleSubmit(e)} noValidate aria-labelledby={`${id}-form-heading`}>
      <h2 id={`${id}-form-heading`}>{event ? 'Details' : 'New event'}</h2>
      <div tabIndex={-1} className="form-error-wrap">
        <ErrorBanner messages={errors.general} />
      </div>

      <div className="form-grid">
        {event && !hostEditable ? (
          <p className="field">
            <span className="field-label">Host organization</span>
            <span>{event.hostOrganization.name}</span>
          </p>
        ) : (
          <Field
            label="Host organization"
            htmlFor={fieldId('hostOrganizationId')}
            message={msg('hostOrganizationId')}
            hint={
              event
                ? { id: `${id}-hostOrganizationId-hint`, text: "Another host needs a venue of its own: the venue is cleared when you change it." }
                : undefined
            }
          >
            <select
              id={fieldId('hostOrganizationId')}
              value={values.hostOrganizationId}
              // A venue belongs to its organization: another host chooses among its own (going
              // back to the saved host brings its venue back).
              onChange={(e) => {
                const host = e.target.value;
                setValues((v) => ({ ...v, hostOrganizationId: host, venueId: host === initial.hostOrganizationId ? initial.venueId : '' }));
              }}
              {...inv('hostOrganizationId', Boolean(event))}
            >
              {otherHosts.length === 0 ? (
                hostChoices.map((org) => (
                  <option key={org.id} value={org.id}>
                    {org.name}
                  </option>
                ))
              ) : (
                <>
                  <optgroup label="Your organizations">
                    {hostChoices
                      .filter((c) => c.own)
                      .map((org) => (
                        <option key={org.id} value={org.id}>
                          {org.name}
                        </option>
                      ))}
                  </optgroup>
                  <optgroup label="Other organizations">
                    {otherHosts.map((org) => (
                      <option key={org.id} value={org.id}>
                        {org.name}
                      </option>
                    ))}
                  </optgroup>
                </>
              )}
            </select>
          </Field>
        )}
        <Field label="Kind" htmlFor={fieldId('kind')} message={msg('kind')}>
          <select id={fieldId('kind')} value={values.kind} onChange={(e) => set('kind', e.target.value as EventKind)} {...inv('kind')}>
            {EVENT_KIND_OPTIONS.map((kind) => (
              <option key={kind} value={kind}>
                {EVENT_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Title" htmlFor={fieldId('title')} message={msg('title')} wide>
          <input id={fieldId('title')} value={values.title} required maxLength={300} onChange={(e) => set('title', e.target.value)} {...inv('title')} />
        </Field>
        <Field
          label="Description"
          htmlFor={fieldId('description')}
          message={msg('description')}
          hint={{ id: `${id}-description-hint`, text: 'Formatting: **bold**, *italic*, a line starting with "- " for a list, [text](https://…) for a link.' }}
          wide
        >
          <textarea
            id={fieldId('description')}
            rows={6}
            value={values.description}
            onChange={(e) => set('description', e.target.value)}
            {...inv('description', true)}
          />
        </Field>
        <Field
          label="Tags"
          htmlFor={fieldId('tags')}
          message={msg('tags')}
          hint={{ id: `${id}-tags-hint`, text: 'Separate with commas, e.g. elections, youth.' }}
        >
          <input id={fieldId('tags')} value={values.tags} onChange={(e) => set('tags', e.target.value)} {...inv('tags', true)} />
        </Field>
      </div>

      <LanguagesFieldset
        id={id}
        checked={values.languages}
        typed={values.otherLanguages}
        onChecked={(languages) => set('languages', languages)}
        onTyped={(text) => set('otherLanguages', text)}
        errors={errors}
      />

      <fieldset className="radio-group" aria-describedby={errors.byField.has('visibility') ? errId('visibility') : undefined}>
        <legend>Who can see it</legend>
        {VISIBILITY_OPTIONS.map((option) => (
          <div className="radio-option" key={option.value}>
            <input
              type="radio"
              id={`${id}-vis-${option.value}`}
              name={`${id}-visibility`}
              value={option.value}
              checked={values.visibility === option.value}
              onChange={() => set('visibility', option.value)}
              aria-describedby={`${id}-vis-${option.value}-text`}
            />
            <label htmlFor={`${id}-vis-${option.value}`}>{option.label}</label>
            <span id={`${id}-vis-${option.value}-text`} className="hint">
              {option.explanation}
            </span>
          </div>
        ))}
        <p className="who-sees" aria-live="polite">
          <strong>Who will see it{event && event.status !== 'DRAFT' ? '' : ' once published'}:</strong> {WHO_WILL_SEE[values.visibility]}
        </p>
        {msg('visibility')}
      </fieldset>

      <fieldset className="when">
        <legend>When</legend>
        <div className="form-grid">
          <TimeZoneField
            value={values.timeZone}
            onChange={(zone) => set('timeZone', zone)}
            hint="Type a city or country. Times below are read in this zone."
            error={pickerError('timeZone')}
          />
          <div className="field checkbox-field">
            <input id={fieldId('allDay')} type="checkbox" checked={values.allDay} onChange={(e) => toggleAllDay(e.target.checked)} {...inv('allDay')} />
            <label htmlFor={fieldId('allDay')}>All-day event</label>
            {msg('allDay')}
          </div>
          {values.allDay ? (
            <>
              <Field label="First day" htmlFor={fieldId('startDate')} message={msg('startDate')}>
                <input id={fieldId('startDate')} type="date" value={values.startDate} onChange={(e) => set('startDate', e.target.value)} {...inv('startDate')} />
              </Field>
              <Field label="Last day" htmlFor={fieldId('endDate')} message={msg('endDate')}>
                <input id={fieldId('endDate')} type="date" value={values.endDate} onChange={(e) => set('endDate', e.target.value)} {...inv('endDate')} />
              </Field>
            </>
          ) : (
            <>
              <Field label="Starts" htmlFor={fieldId('startsAt')} message={msg('startsAt')}>
                <input
                  id={fieldId('startsAt')}
                  type="datetime-local"
                  value={values.startsAt}
                  onChange={(e) => set('startsAt', e.target.value)}
                  {...inv('startsAt')}
                />
              </Field>
              <Field label="Ends" htmlFor={fieldId('endsAt')} message={msg('endsAt')}>
                <input id={fieldId('endsAt')} type="datetime-local" value={values.endsAt} onChange={(e) => set('endsAt', e.target.value)} {...inv('endsAt')} />
              </Field>
            </>
          )}
        </div>
      </fieldset>

      <VenuePicker
        organizationId={values.hostOrganizationId}
        value={values.venueId}
        onChange={(venueId) => set('venueId', venueId)}
        onRoomsChanged={onRoomsChanged}
        error={pickerError('venueId')}
      />

      <div className="form-grid">
        <Field
          label="Online link"
          htmlFor={fieldId('onlineUrl')}
          message={msg('onlineUrl')}
          hint={{ id: `${id}-onlineUrl-hint`, text: 'Shown only to organizers and people holding a seat.' }}
          wide
        >
          <input
            id={fieldId('onlineUrl')}
            type="url"
            inputMode="url"
            placeholder="https://"
            value={values.onlineUrl}
            onChange={(e) => set('onlineUrl', e.target.value)}
            {...inv('onlineUrl', true)}
          />
        </Field>
        <Field
          label="Capacity"
          htmlFor={fieldId('capacity')}
          message={msg('capacity')}
          hint={{ id: `${id}-capacity-hint`, text: 'Seats for the whole event; empty for no limit.' }}
        >
          <input
            id={fieldId('capacity')}
            type="number"
            min={1}
            inputMode="numeric"
            value={values.capacity}
            onChange={(e) => set('capacity', e.target.value)}
            {...inv('capacity', true)}
          />
        </Field>
        <Field
          label="Hold a freed seat for"
          htmlFor={fieldId('offerMinutes')}
          message={msg('offerMinutes')}
          hint={{
            id: `${id}-offerMinutes-hint`,
            text: 'When the event is full and a seat frees, the next person waiting has this long to take it.',
          }}
        >
          <select id={fieldId('offerMinutes')} value={values.offerMinutes} onChange={(e) => set('offerMinutes', e.target.value)} {...inv('offerMinutes', true)}>
            {offerChoices(Number(values.offerMinutes) || 1440).map(([minutes, label]) => (
              <option key={minutes} value={String(minutes)}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>

      <OrganizationPicker
        label="Co-hosts"
        value={values.coHosts}
        onChange={(coHosts) => set('coHosts', coHosts)}
        excludeIds={[values.hostOrganizationId]}
        error={pickerError('coHostIds')}
      />

      {event?.seriesId && (
        <fieldset className="radio-group">
          <legend>This event is part of a series. Apply the changes to</legend>
          {(
            [
              ['THIS_EVENT', 'This event only'],
              ['THIS_AND_FOLLOWING', 'This and the following events of the series'],
            ] as const
          ).map(([value, label]) => (
            <div className="radio-option" key={value}>
              <input
                type="radio"
                id={`${id}-scope-${value}`}
                name={`${id}-scope`}
                checked={scope === value}
                onChange={() => setScope(value)}
              />
              <label htmlFor={`${id}-scope-${value}`}>{label}</label>
            </div>
          ))}
        </fieldset>
      )}

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : event ? 'Save changes' : 'Create draft event'}
        </button>
        <p role="status" className="muted">
          {notice}
        </p>
      </div>
    </form>
  );
}

