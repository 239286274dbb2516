// Answers of the fake server for the account pages (issue 8), shaped like the real payloads.
import { ADMIN } from './fakeServer';

export const VIEWER = { ...ADMIN, twoFactorRequired: false };

export const signedInAs =
  (viewer: Record<string, unknown> = VIEWER) =>
  () => ({ data: { me: viewer } });

export function signInPayload(overrides: Record<string, unknown> = {}) {
  return { user: VIEWER, token: null, expiresAt: null, twoFactorChallenge: null, errors: [], ...overrides };
}

export function fieldError(field: string | null, message: string, code = 'invalid') {
  return { field, message, code };
}

export function session(n: number, overrides: Record<string, unknown> = {}) {
  return {
    id: `s${n}`,
    current: false,
    method: 'PASSWORD',
    userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0',
    createdAt: '2026-03-01T09:00:00Z',
    lastSeenAt: '2026-03-02T10:00:00Z',
    expiresAt: '2026-03-15T09:00:00Z',
    ...overrides,
  };
}

export function accountMe(overrides: Record<string, unknown> = {}) {
  return {
    ...VIEWER,
    preferredLanguage: 'en',
    timeZone: 'Europe/Brussels',
    notifyBy: 'EMAIL',
    twoFactorEnabled: false,
    recoveryCodesLeft: 0,
    sessions: [
      session(1, { current: true, userAgent: 'Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/126.0 Safari/537.36' }),
      session(2, { method: 'SMS_CODE' }),
    ],
    ...overrides,
  };
}

export function twoFactorStatus(overrides: Record<string, unknown> = {}) {
  return { data: { me: { id: VIEWER.id, twoFactorEnabled: false, twoFactorRequired: false, recoveryCodesLeft: 0, ...overrides } } };
}
