import { errorMessage, GraphQLRequestError } from '../api/client';

// Expected errors from the server (a rate limit, a malformed request) carry a message written
// for people; show it rather than the generic "something went wrong".
const SHOWN_CODES = ['RATE_LIMITED', 'BAD_REQUEST'];

/** A message fit for people for an error thrown while getting in or managing an account. */
export function accountErrorMessage(error: unknown): string {
  if (error instanceof GraphQLRequestError && error.codes.some((code) => SHOWN_CODES.includes(code))) {
    const shown = error.errors.find((e) => SHOWN_CODES.includes(e.extensions?.code ?? ''));
    if (shown?.message) return shown.message;
  }
  return errorMessage(error);
}

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
