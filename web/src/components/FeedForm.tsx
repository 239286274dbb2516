import { useId, useState, type FormEvent } from 'react';
import type { EventKind, FeedFiltersInput } from '../gql/graphql';
import { EVENT_KIND_LABELS, EVENT_KIND_OPTIONS } from './eventLabels';
import { ErrorBanner, FieldMessage, invalidProps, splitErrors, type PayloadError, type SplitErrors } from './FormErrors';

export interface FeedOrganization {
  id: string;
  name: string;
}

export interface FeedDraft {
  name: string;
  filters: FeedFiltersInput | null;
}

const FIELDS = ['name', 'organizationIds', 'kinds', 'tags', 'countries', 'languages'];

/** "a, b,,a " → ["a", "b"]: the free-text lists are comma-separated. */
export function splitList(text: string, normalize: (item: string) => string = (item) => item): string[] {
  const items = text
    .split(',')
    .map((item) => normalize(item.trim()))
    .filter(Boolean);
  return [...new Set(items)];
}

/** Only the lists that narrow something; no list at all means every event the owner may see. */
export interface FilterLists {
  organizationIds: string[];
  kinds: EventKind[];
  tags: string[];
  countries: string[];
  languages: string[];
}

export function filtersInput(lists: FilterLists): FeedFiltersInput | null {
  const entries = Object.entries(lists).filter(([, values]) => values.length > 0);
  return entries.length > 0 ? (Object.fromEntries(entries) as FeedFiltersInput) : null;
}

/** Server errors name fields as "filters.tags" or "tags"; both belong to the tags input. */
export function splitFeedErrors(errors: readonly PayloadError[]): SplitErrors {
  return splitErrors(
    errors.map((error) => ({ ...error, field: error.field?.replace(/^filters\./, '') ?? null })),
    FIELDS,
  );
}

interface Props {
  organizations: readonly FeedOrganization[];
  busy: boolean;
  errors: SplitErrors;
  onSubmit: (draft: FeedDraft) => void;
}

/** The form for a new subscription feed: a name and what to keep. */
export function FeedForm({ organizations, busy, errors: serverErrors, onSubmit }: Props) {
  const id = useId();
  const [name, setName] = useState('');
  const [organizationIds, setOrganizationIds] = useState<string[]>([]);
  const [kinds, setKinds] = useState<EventKind[]>([]);
  const [tags, setTags] = useState('');
  const [countries, setCountries] = useState('');
  const [languages, setLanguages] = useState('');
  const [localErrors, setLocalErrors] = useState<SplitErrors | null>(null);
  const errors = localErrors ?? serverErrors;

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const countryCodes = splitList(countries, (c) => c.toUpperCase());
    const problems: PayloadError[] = [];
    if (!name.trim()) problems.push({ field: 'name', code: 'required', message: 'Give the feed a name.' });
    if (countryCodes.some((code) => !/^[A-Z]{2}$/.test(code))) {
      problems.push({ field: 'countries', code: 'invalid', message: 'Use two-letter country codes, such as KE, DE.' });
    }
    if (problems.length > 0) {
      setLocalErrors(splitErrors(problems, FIELDS));
      return;
    }
    setLocalErrors(null);
    onSubmit({
      name: name.trim(),
      filters: filtersInput({
        organizationIds,
        kinds,
        tags: splitList(tags),
        countries: countryCodes,
        languages: splitList(languages, (l) => l.toLowerCase()),
      }),
    });
  }

  function toggleKind(kind: EventKind, on: boolean) {
    setKinds((current) => (on ? [...current, kind] : current.filter((k) => k !== kind)));
  }

  const field = (key: string) => ({ messageId: `${id}-${key}-error`, hintId: `${id}-${key}-hint` });

  return (
    <form className="feed-form" aria-label="New calendar feed" onSubmit={submit} noValidate>
      {errors.general.length > 0 && <ErrorBanner messages={errors.general} />}
      <div className="field">
        <label htmlFor={`${id}-name`}>Name</label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder="Network events in Kenya"
          autoComplete="off"
          {...invalidProps(errors, 'name', field('name').messageId)}
        />
        <FieldMessage id={field('name').messageId} errors={errors} field="name" />
      </div>
      <div className="field">
        <label htmlFor={`${id}-orgs`}>Host organizations</label>
        <select
          id={`${id}-orgs`}
          multiple
          value={organizationIds}
          onChange={(e) => setOrganizationIds([...e.target.selectedOptions].map((option) => option.value))}
          {...invalidProps(errors, 'organizationIds', field('organizationIds').messageId, field('orgs').hintId)}
        >
          {organizations.map((org) => (
            <option key={org.id} value={org.id}>
              {org.name}
            </option>
          ))}
        </select>
        <p id={field('orgs').hintId} className="muted">
          Events hosted or co-hosted by these. Hold Ctrl (⌘ on a Mac) to choose several; none chosen keeps all.
        </p>
        <FieldMessage id={field('organizationIds').messageId} errors={errors} field="organizationIds" />
      </div>
      <fieldset aria-describedby={errors.byField.has('kinds') ? field('kinds').messageId : undefined}>
        <legend>Kinds</legend>
        <div className="kind-options">
          {EVENT_KIND_OPTIONS.map((kind) => (
            <label key={kind}>
              <input type="checkbox" checked={kinds.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} />
              {EVENT_KIND_LABELS[kind]}
            </label>
          ))}
        </div>
        <FieldMessage id={field('kinds').messageId} errors={errors} field="kinds" />
      </fieldset>
      <ListField id={`${id}-tags`} label="Tags" hint="Comma-separated, e.g. pvt, observer-safety." value={tags} onChange={setTags} errors={errors} field="tags" />
      <ListField id={`${id}-countries`} label="Countries" hint="Where the event takes place: two-letter codes, e.g. KE, GH." value={countries} onChange={setCountries} errors={errors} field="countries" />
      <ListField id={`${id}-languages`} label="Languages" hint="Language codes, e.g. en, fr, sw." value={languages} onChange={setLanguages} errors={errors} field="languages" />
      <p className="muted">Empty filters keep everything. The feed shows only events you may see, checked each time it is fetched.</p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Creating…' : 'Create feed'}
        </button>
      </div>
    </form>
  );
}

interface ListFieldProps {
  id: string;
  label: string;
  hint: string;
  value: string;
  onChange: (value: string) => void;
  errors: SplitErrors;
  field: string;
}

function ListField({ id, label, hint, value, onChange, errors, field }: ListFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} value={value} onChange={(e) => onChange(e.target.value)} autoComplete="off" {...invalidProps(errors, field, `${id}-error`, `${id}-hint`)} />
      <p id={`${id}-hint`} className="muted">
        {hint}
      </p>
      <FieldMessage id={`${id}-error`} errors={errors} field={field} />
    </div>
  );
}
