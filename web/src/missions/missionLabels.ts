import type { FormKind, MissionPhase, MissionRole, MissionStatus } from '../gql/graphql';

export const STATUSES: readonly MissionStatus[] = ['DRAFT', 'ACTIVE', 'CLOSED'];
export const PHASES: readonly MissionPhase[] = ['PRE_ELECTION', 'ELECTION_DAY', 'POST_ELECTION'];
export const FORM_KINDS: readonly FormKind[] = ['CHECKLIST', 'RESULTS', 'INCIDENT'];

// Election dates are calendar dates ("2026-12-07"), not instants: formatted in UTC so that no
// viewer's time zone moves them to the day before.
const dateFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });

export function formatDate(date: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  return dateFormat.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

export function formatDates(dates: readonly string[]): string {
  return dates.map(formatDate).join(', ');
}

const instantFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });

export function formatInstant(instant: string): string {
  const date = new Date(instant);
  return Number.isNaN(date.getTime()) ? instant : instantFormat.format(date);
}

const numberFormat = new Intl.NumberFormat('en-GB');

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** What each mission role may open from the mission page (the server is the real gate). */
export interface MissionAbilities {
  manage: boolean;
  roster: boolean;
  results: boolean;
  incidents: boolean;
  observe: boolean;
}

export function abilities(role: MissionRole): MissionAbilities {
  return {
    manage: role === 'COORDINATOR',
    roster: role !== 'OBSERVER',
    results: role !== 'OBSERVER',
    incidents: role === 'COORDINATOR' || role === 'REGIONAL_COORDINATOR' || role === 'ANALYST',
    observe: role === 'OBSERVER',
  };
}
