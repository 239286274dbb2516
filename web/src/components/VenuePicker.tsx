import { useCallback, useEffect, useId, useState, type KeyboardEvent } from 'react';
import { errorMessage, gqlRequest } from '../api/client';
import { addRoomMutation, createVenueMutation, venuesQuery } from '../api/operations';
import type { VenuesQuery } from '../gql/graphql';
import { ErrorBanner, FieldMessage, invalidProps, NO_ERRORS, splitErrors, type SplitErrors } from './FormErrors';

export type VenueOption = VenuesQuery['venues'][number];

/** Enter in an inline sub-form runs its own action instead of submitting the event form. */
function onEnter(action: () => void) {
  return (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      action();
    }
  };
}

/**
 * The host organization's venues, with an inline "new venue" form (createVenue) and
 * rooms for the chosen venue (addRoom). Not a <form> of its own: it sits inside the
 * event form, and forms cannot nest.
 */
export function VenuePicker({
  organizationId,
  value,
  onChange,
  onRoomsChanged,
  error,
}: {
  organizationId: string;
  value: string;
  onChange: (venueId: string) => void;
  /** A venue or room was added (the programme grid may need the new room). */
  onRoomsChanged?: () => void;
  error?: { id: string; messages: readonly string[] } | null;
}) {
  const id = useId();
  const [venues, setVenues] = useState<VenueOption[]>([]);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);

  const load = useCallback(async () => {
    if (!organizationId) {
      setVenues([]);
      return;
    }
    try {
      const data = await gqlRequest(venuesQuery, { organizationId });
      setVenues(data.venues);
      setLoadError(null);
    } catch (err) {
      setLoadError(errorMessage(err));
    }
  }, [organizationId]);

  useEffect(() => {
    void load();
  }, [load]);

  const selected = venues.find((venue) => venue.id === value) ?? null;

  return (
    <fieldset className="venue-picker">
      <legend>Venue</legend>
      <div className="field">
        <label htmlFor={`${id}-venue`}>Venue</label>
        <select
          id={`${id}-venue`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? error.id : undefined}
        >
          <option value="">No venue (online or to be decided)</option>
          {/* Keep the saved venue selectable even before the list has loaded. */}
          {value && !selected && <option value={value}>Current venue</option>}
          {venues.map((venue) => (
            <option key={venue.id} value={venue.id}>
              {venue.name}
              {venue.city ? `, ${venue.city}` : ''}
            </option>
          ))}
        </select>
        {error && (
          <p id={error.id} className="field-error">
            <span aria-hidden="true">✖ </span>
            {error.messages.join(' ')}
          </p>
        )}
        {loadError && <p className="field-error">Venues could not be loaded: {loadError}</p>}
      </div>

      {selected && (
        <RoomList
          venue={selected}
          onAdded={(room) => {
            setVenues((list) => list.map((v) => (v.id === selected.id ? { ...v, rooms: [...v.rooms, room] } : v)));
            onRoomsChanged?.();
          }}
        />
      )}

      {creating ? (
        <NewVenueForm
          organizationId={organizationId}
          onCancel={() => setCreating(false)}
          onCreated={(venue) => {
            setVenues((list) => [...list, venue]);
            setCreating(false);
            onChange(venue.id);
            onRoomsChanged?.();
          }}
        />
      ) : (
        <button type="button" className="button button-secondary" onClick={() => setCreating(true)} disabled={!organizationId}>
          New venue
        </button>
      )}
    </fieldset>
  );
}

const VENUE_FIELDS = ['name', 'address', 'city', 'country'] as const;

function NewVenueForm({
  organizationId,
  onCreated,
  onCancel,
}: {
  organizationId: string;
  onCreated: (venue: VenueOption) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const [values, setValues] = useState({ name: '', address: '', city: '', country: '' });
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function create() {
    if (busy) return;
    setBusy(true);
    try {
      const data = await gqlRequest(createVenueMutation, {
        input: {
          organizationId,
          name: values.name.trim(),
          address: values.address.trim() || null,
          city: values.city.trim() || null,
          country: values.country.trim().toUpperCase() || null,
        },
      });
      const { venue, errors: payloadErrors } = data.createVenue;
      if (venue && payloadErrors.length === 0) onCreated(venue);
      else setErrors(splitErrors(payloadErrors, VENUE_FIELDS));
    } catch (err) {
      setErrors({ byField: new Map(), general: [errorMessage(err)] });
    }
    setBusy(false);
  }

  const labels: Record<(typeof VENUE_FIELDS)[number], string> = {
    name: 'Venue name',
    address: 'Address',
    city: 'City',
    country: 'Country code (ISO, e.g. KE)',
  };

  return (
    <div className="inline-form" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>New venue</h3>
      <ErrorBanner messages={errors.general} />
      <div className="form-grid">
        {VENUE_FIELDS.map((field) => (
          <div className="field" key={field}>
            <label htmlFor={`${id}-${field}`}>{labels[field]}</label>
            <input
              id={`${id}-${field}`}
              value={values[field]}
              required={field === 'name'}
              maxLength={field === 'country' ? 2 : undefined}
              onChange={(e) => setValues((v) => ({ ...v, [field]: e.target.value }))}
              onKeyDown={onEnter(() => void create())}
              {...invalidProps(errors, field, `${id}-${field}-error`)}
            />
            <FieldMessage id={`${id}-${field}-error`} errors={errors} field={field} />
          </div>
        ))}
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => void create()} disabled={busy}>
          {busy ? 'Creating…' : 'Create venue'}
        </button>
        <button type="button" className="button button-link" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}

function RoomList({ venue, onAdded }: { venue: VenueOption; onAdded: (room: VenueOption['rooms'][number]) => void }) {
  const id = useId();
  const [name, setName] = useState('');
  const [capacity, setCapacity] = useState('');
  const [errors, setErrors] = useState<SplitErrors>(NO_ERRORS);
  const [busy, setBusy] = useState(false);

  async function add() {
    if (busy) return;
    setBusy(true);
    try {
      const data = await gqlRequest(addRoomMutation, {
        venueId: venue.id,
        name: name.trim(),
        capacity: capacity ? Number(capacity) : null,
      });
      const { room, errors: payloadErrors } = data.addRoom;
      if (room && payloadErrors.length === 0) {
        onAdded(room);
        setName('');
        setCapacity('');
        setErrors(NO_ERRORS);
      } else setErrors(splitErrors(payloadErrors, ['name', 'capacity']));
    } catch (err) {
      setErrors({ byField: new Map(), general: [errorMessage(err)] });
    }
    setBusy(false);
  }

  return (
    <div className="inline-form" role="group" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>Rooms at {venue.name}</h3>
      {venue.rooms.length === 0 ? (
        <p className="muted">No rooms yet.</p>
      ) : (
        <ul className="room-list">
          {venue.rooms.map((room) => (
            <li key={room.id}>
              {room.name}
              {room.capacity != null && <span className="muted"> · {room.capacity} seats</span>}
            </li>
          ))}
        </ul>
      )}
      <ErrorBanner messages={errors.general} />
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>Room name</label>
          <input
            id={`${id}-name`}
            value={name}
            onChange={(e) => setName(e.target.value)}
            onKeyDown={onEnter(() => void add())}
            {...invalidProps(errors, 'name', `${id}-name-error`)}
          />
          <FieldMessage id={`${id}-name-error`} errors={errors} field="name" />
        </div>
        <div className="field">
          <label htmlFor={`${id}-capacity`}>Room capacity</label>
          <input
            id={`${id}-capacity`}
            type="number"
            min={1}
            inputMode="numeric"
            value={capacity}
            onChange={(e) => setCapacity(e.target.value)}
            onKeyDown={onEnter(() => void add())}
            {...invalidProps(errors, 'capacity', `${id}-capacity-error`)}
          />
          <FieldMessage id={`${id}-capacity-error`} errors={errors} field="capacity" />
        </div>
      </div>
      <button type="button" className="button button-secondary" onClick={() => void add()} disabled={busy || !name.trim()}>
        {busy ? 'Adding…' : 'Add room'}
      </button>
    </div>
  );
}
