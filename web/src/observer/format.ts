/** Dates and numbers for the observer's language (Intl), times in the mission's zone. */

export function formatDate(isoDate: string, language: string): string {
  // A calendar date: read at noon UTC so no zone moves it to the day before.
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${isoDate}T12:00:00Z`));
}

export function formatDateTime(iso: string, language: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

export function formatNumber(n: number, language: string): string {
  return new Intl.NumberFormat(language).format(n);
}
