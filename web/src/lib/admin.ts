import { errorMessage, GraphQLRequestError } from '../api/client';
import type { Role } from '../gql/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Admin',
  ORGANIZER: 'Organizer',
  COORDINATOR: 'Coordinator',
  OBSERVER: 'Observer',
  PARTNER: 'Partner',
};

export const ROLE_OPTIONS = Object.keys(ROLE_LABELS) as Role[];

/** Languages the network writes its emails and SMS in first; any other tag works too. */
export const LANGUAGE_OPTIONS: ReadonlyArray<{ tag: string; label: string }> = [
  { tag: 'en', label: 'English' },
  { tag: 'fr', label: 'Français (French)' },
  { tag: 'es', label: 'Español (Spanish)' },
  { tag: 'ar', label: 'العربية (Arabic)' },
  { tag: 'pt', label: 'Português (Portuguese)' },
  { tag: 'sw', label: 'Kiswahili (Swahili)' },
];

export function languageLabel(tag: string): string {
  return LANGUAGE_OPTIONS.find((option) => option.tag === tag)?.label ?? tag;
}

/** Every IANA zone the browser knows, UTC first (older browsers: UTC only). */
export function timeZoneOptions(): string[] {
  let zones: string[] = [];
  try {
    zones = Intl.supportedValuesOf('timeZone');
  } catch {
    zones = [];
  }
  return ['UTC', ...zones.filter((zone) => zone !== 'UTC')];
}

// Account dates are shown in the viewer's own zone: they are about the viewer's
// work (when did she sign in last?), not about a place.
const instantFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

export function formatInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : instantFormat.format(date);
}

const EXPECTED_CODES = ['FORBIDDEN', 'NOT_FOUND', 'BAD_REQUEST', 'RATE_LIMITED'];

/**
 * The server's own words for expected errors (they are written for people and
 * never reveal hidden data); the generic text for anything else.
 */
export function expectedErrorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError && !error.isUnauthenticated) {
    const entry = error.errors.find((e) => EXPECTED_CODES.includes(e.extensions?.code ?? ''));
    if (entry) return entry.message;
  }
  return errorMessage(error);
}

/** The session has ended: the auth provider is already taking the user to sign in. */
export function isSessionGone(error: unknown): boolean {
  return error instanceof GraphQLRequestError && error.isUnauthenticated;
}
