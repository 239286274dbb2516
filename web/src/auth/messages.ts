import { errorMessage } from '../api/client';

/**
 * A message fit for people for an error thrown while getting in or managing an account. The
 * shared `errorMessage` now explains every code the server sends (a rate limit, a refused
 * request), so the account pages need nothing of their own; the name stays for its callers.
 */
export const accountErrorMessage: (error: unknown) => string = errorMessage;

/** Codes are typed with spaces or dashes from SMS and authenticator apps; the server wants digits. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

/** A notice handed to the next page through router state (e.g. "your password was changed"). */
export interface NoticeState {
  notice?: string;
}

export function noticeFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string') return state.notice;
  return null;
}

/** Carry `next` between the ways in, so that each returns where the user was going. */
export function withNext(path: string, next: string | null): string {
  return next ? `${path}?next=${encodeURIComponent(next)}` : path;
}
