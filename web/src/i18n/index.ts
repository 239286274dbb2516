/**
 * The translation layer (i18next). Observer-facing pages ship in English, French, Spanish and
 * Arabic; organizer pages in English for now. Each area keeps its texts in its own namespace
 * file under locales/<language>/, so two areas never edit the same file.
 *
 * Arabic is written right to left: changing the language sets <html lang dir>, and styles use
 * logical properties (margin-inline-start, not margin-left) so the layout mirrors itself.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources } from './resources';

export const LANGUAGES = ['en', 'fr', 'es', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar']);

export function direction(language: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}

export function isLanguage(value: string | null | undefined): value is Language {
  return value != null && (LANGUAGES as readonly string[]).includes(value);
}

function applyToDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = direction(language);
}

void i18next.use(initReactI18next).init({
  resources,
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  defaultNS: 'common',
  interpolation: { escapeValue: false }, // React escapes already
  returnNull: false,
});
applyToDocument('en');
i18next.on('languageChanged', applyToDocument);

export async function setLanguage(language: string): Promise<void> {
  await i18next.changeLanguage(isLanguage(language) ? language : 'en');
}

export { i18next };
