/**
 * Which language the observer-facing pages speak: the choice made with the picker (kept in
 * localStorage, so it survives reloads and offline starts), else the signed-in person's
 * preferred language, else the browser's, else English.
 */
import { isLanguage, setLanguage, type Language } from './index';

export const LANGUAGE_KEY = 'pluralis.language';

/** Each language named in itself, as a picker shows it. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  en: 'English',
  fr: 'Français',
  es: 'Español',
  ar: 'العربية',
};

function readStored(): Language | null {
  try {
    const value = localStorage.getItem(LANGUAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage disabled (private mode): nothing remembered
  }
}

/** The first of the browser's languages we have, by its primary subtag ("fr-CA" → "fr"). */
export function browserLanguage(languages: readonly string[] = navigator.languages ?? []): Language | null {
  for (const tag of languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return null;
}

export function pickLanguage(preferred: string | null | undefined, languages?: readonly string[]): Language {
  const stored = readStored();
  if (stored) return stored;
  const primary = preferred?.toLowerCase().split('-')[0];
  if (isLanguage(primary)) return primary;
  return browserLanguage(languages) ?? 'en';
}

/** The picker's choice: applied now and remembered for next time. */
export async function chooseLanguage(language: Language): Promise<void> {
  try {
    localStorage.setItem(LANGUAGE_KEY, language);
  } catch {
    // Not remembered, still applied.
  }
  await setLanguage(language);
}

/** Apply the default (without remembering it as a choice). */
export async function applyDefaultLanguage(preferred?: string | null): Promise<void> {
  await setLanguage(pickLanguage(preferred));
}
