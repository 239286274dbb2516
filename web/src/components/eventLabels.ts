import type { EventKind, EventStatus, SessionKind } from '../gql/graphql';

/*
 * People-facing names for the event enums. Records over the generated enums, so
 * a new value in the schema fails the type check until it has a label here.
 */

export const EVENT_KIND_LABELS: Readonly<Record<EventKind, string>> = {
  CONFERENCE: 'Conference',
  FORUM: 'Forum',
  ROUNDTABLE: 'Roundtable',
  WORKSHOP: 'Workshop',
  TRAINING: 'Training',
  MEETING: 'Meeting',
  WEBINAR: 'Webinar',
};

/** Order used in the kind filter. */
export const EVENT_KIND_OPTIONS: readonly EventKind[] = [
  'CONFERENCE',
  'FORUM',
  'ROUNDTABLE',
  'WORKSHOP',
  'TRAINING',
  'MEETING',
  'WEBINAR',
];

export const EVENT_STATUS_LABELS: Readonly<Record<EventStatus, string>> = {
  DRAFT: 'Draft',
  PUBLISHED: 'Published',
  POSTPONED: 'Postponed',
  CANCELLED: 'Cancelled',
};

export const SESSION_KIND_LABELS: Readonly<Record<SessionKind, string>> = {
  PLENARY: 'Plenary',
  PANEL: 'Panel',
  ROUNDTABLE: 'Roundtable',
  WORKSHOP: 'Workshop',
  BREAK: 'Break',
};

export function isEventKind(value: string | null | undefined): value is EventKind {
  return value != null && Object.hasOwn(EVENT_KIND_LABELS, value);
}

function label(labels: Readonly<Record<string, string>>, value: string): string {
  if (Object.hasOwn(labels, value)) return labels[value]!;
  // A value from a newer server: FOO_BAR → "Foo bar".
  const words = value.toLowerCase().replace(/_/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const eventKindLabel = (kind: string) => label(EVENT_KIND_LABELS, kind);
export const eventStatusLabel = (status: string) => label(EVENT_STATUS_LABELS, status);
export const sessionKindLabel = (kind: string) => label(SESSION_KIND_LABELS, kind);

let languageNames: Intl.DisplayNames | null | undefined;

/** "fr" → "French"; codes Intl does not know are shown as given. */
export function languageName(code: string): string {
  if (languageNames === undefined) {
    try {
      languageNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'code' });
    } catch {
      languageNames = null;
    }
  }
  try {
    return languageNames?.of(code) ?? code;
  } catch {
    return code;
  }
}
