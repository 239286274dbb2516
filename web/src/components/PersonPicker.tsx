import { gqlRequest } from '../api/client';
import { organizationChoicesQuery, peopleSearchQuery } from '../api/operations';
import { PickedList, SearchPicker, type PickItem } from './SearchPicker';

export async function searchPeople(search: string): Promise<PickItem[]> {
  const data = await gqlRequest(peopleSearchQuery, { search });
  return data.people.nodes.map((p) => ({ id: p.id, name: p.name }));
}

export async function searchOrganizations(search: string): Promise<PickItem[]> {
  const data = await gqlRequest(organizationChoicesQuery, { first: 10, filter: { search } });
  return data.organizations.nodes.map((o) => ({ id: o.id, name: o.name }));
}

/** Several people (speakers, moderators): chips plus a search to add more. */
export function PersonPicker(props: MultiPickerProps) {
  return <MultiPicker {...props} search={searchPeople} />;
}

/** Several organizations (co-hosts). */
export function OrganizationPicker(props: MultiPickerProps) {
  return <MultiPicker {...props} search={searchOrganizations} />;
}

interface MultiPickerProps {
  /** Plural noun: "Speakers". */
  label: string;
  value: readonly PickItem[];
  onChange: (value: PickItem[]) => void;
  excludeIds?: readonly string[];
  error?: { id: string; messages: readonly string[] } | null;
}

function MultiPicker({ label, value, onChange, excludeIds = [], error, search }: MultiPickerProps & { search: (text: string) => Promise<PickItem[]> }) {
  return (
    <fieldset className="multi-picker" aria-describedby={error ? error.id : undefined}>
      <legend>{label}</legend>
      <PickedList items={value} label={label} onRemove={(removed) => onChange(value.filter((item) => item.id !== removed))} />
      <SearchPicker
        label={`Find ${label.toLowerCase()}`}
        actionLabel="Add"
        search={search}
        excludeIds={[...value.map((item) => item.id), ...excludeIds]}
        onPick={(item) => onChange([...value, item])}
      />
      {error && (
        <p id={error.id} className="field-error">
          <span aria-hidden="true">✖ </span>
          {error.messages.join(' ')}
        </p>
      )}
    </fieldset>
  );
}
