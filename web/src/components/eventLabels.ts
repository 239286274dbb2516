import type { EventKind, EventStatus, EventVisibility, SessionKind } from '../gql/graphql';

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

export const VISIBILITY_LABELS: Readonly<Record<EventVisibility, string>> = {
  PUBLIC: 'Public',
  NETWORK: 'Network',
  PARTNERS: 'Network and partners',
  INVITE_ONLY: 'Invite only',
};

/** Who will see an event, in plain words: beside the choice, in the summary, after publishing. */
export const WHO_WILL_SEE: Readonly<Record<EventVisibility, string>> = {
  PUBLIC: 'Anyone with the link and the public calendar, signed in or not. It is also in public calendar feeds.',
  NETWORK: "Members of the network's organizations, once signed in. Partner organizations do not see it.",
  PARTNERS: "Members of the network's organizations and of its partner organizations, once signed in.",
  INVITE_ONLY: "Only the hosts' organizers and the people you invite. It is never listed.",
};

export const visibilityLabel = (visibility: string) => label(VISIBILITY_LABELS, visibility);

/** Common languages of the network, offered as checkboxes; others are typed by name. */
export const COMMON_LANGUAGES: readonly string[] = ['en', 'fr', 'es', 'pt', 'ar', 'sw', 'ru', 'am'];

let languageCodes: Map<string, string> | undefined;

/**
 * The language tag for what someone typed: a tag as is ("pt-BR"), or an English language
 * name ("Swahili" → "sw"); null when neither. Names come from the browser's own list.
 */
export function languageCode(text: string): string | null {
  const typed = text.trim();
  if (!typed) return null;
  if (!languageCodes) {
    languageCodes = new Map();
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const tags: string[] = ['pt-BR', 'pt-PT', 'es-419', 'fr-CA', 'en-GB', 'en-US', 'zh-Hans', 'zh-Hant'];
    for (const a of letters) for (const b of letters) tags.push(a + b);
    for (const tag of tags) {
      const name = languageName(tag);
      if (name !== tag) languageCodes.set(name.toLowerCase(), tag);
    }
  }
  const byName = languageCodes.get(typed.toLowerCase());
  if (byName) return byName;
  return /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(typed) ? typed : null;
}
