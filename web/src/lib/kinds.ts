import type { OrganizationKind } from '../gql/graphql';

/**
 * People-facing names for organization kinds. Typed as a Record over the
 * generated enum so that a new kind in the schema fails the type check until
 * it has a label here.
 */
export const KIND_LABELS: Readonly<Record<OrganizationKind, string>> = {
  NETWORK_SECRETARIAT: 'Network secretariat',
  MEMBER: 'Member organization',
  PARTNER: 'Partner',
  FUNDER: 'Funder',
};

/** Order used in the filter select: the network first, then who joins it. */
export const KIND_OPTIONS: readonly OrganizationKind[] = ['NETWORK_SECRETARIAT', 'MEMBER', 'PARTNER', 'FUNDER'];

export function kindLabel(kind: string): string {
  return (KIND_LABELS as Record<string, string>)[kind] ?? humanize(kind);
}

export function isOrganizationKind(value: string | null | undefined): value is OrganizationKind {
  return value != null && Object.hasOwn(KIND_LABELS, value);
}

/** Fallback for values the app does not know yet (a newer server): FOO_BAR → "Foo bar". */
function humanize(value: string): string {
  const words = value.toLowerCase().replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
