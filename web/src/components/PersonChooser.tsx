import { gqlRequest } from '../api/client';
import { peopleToPickQuery } from '../api/invitationOperations';
import { SearchPicker, type PickItem } from './SearchPicker';
import '../pages/invitations.css';

/** A person as a picker shows them: with what tells two people of the same name apart. */
export interface PersonChoice extends PickItem {
  organizations: string[];
  /** The email, or its masked form (m•••@example.org) for those who may not see it. */
  emailHint: string | null;
}

export async function searchPeopleWithDetails(search: string): Promise<PersonChoice[]> {
  const data = await gqlRequest(peopleToPickQuery, { search });
  return data.people.nodes.map((p) => ({
    id: p.id,
    name: p.name,
    // The address itself for those who may see it (coordinators), else masked.
    emailHint: p.email ?? p.emailHint ?? null,
    organizations: [...new Set(p.memberships.map((m) => m.organization.name))],
  }));
}

/** "Kenya Forum · a•••@example.org": organizations, and the email masked. */
export function describePerson(person: PersonChoice): string {
  const parts = [person.organizations.join(', '), person.emailHint ?? 'no email on file'].filter(Boolean);
  return parts.join(' · ');
}

/**
 * Find a person to act on; each match shows their organizations and masked email, and picking
 * one only selects them: the page asks for confirmation before anything happens.
 */
export function PersonChooser({
  label,
  onPick,
  excludeIds,
  hint,
}: {
  label: string;
  onPick: (person: PersonChoice) => void;
  excludeIds?: readonly string[];
  hint?: string;
}) {
  return (
    <SearchPicker<PersonChoice>
      label={label}
      actionLabel="Choose"
      search={searchPeopleWithDetails}
      excludeIds={excludeIds}
      hint={hint}
      onPick={onPick}
      detail={describePerson}
    />
  );
}
