/**
 * Every namespace of every language, bundled (the app must work offline, so nothing is fetched
 * at run time). Add a namespace by importing its four files here.
 */
import arCommon from './locales/ar/common.json';
import arObserver from './locales/ar/observer.json';
import enCommon from './locales/en/common.json';
import enObserver from './locales/en/observer.json';
import esCommon from './locales/es/common.json';
import esObserver from './locales/es/observer.json';
import frCommon from './locales/fr/common.json';
import frObserver from './locales/fr/observer.json';

export const resources = {
  en: { common: enCommon, observer: enObserver },
  fr: { common: frCommon, observer: frObserver },
  es: { common: esCommon, observer: esObserver },
  ar: { common: arCommon, observer: arObserver },
} as const;
