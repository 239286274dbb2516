/**
 * Every namespace of every language, bundled (the app must work offline, so nothing is fetched
 * at run time). Add a namespace by importing its four files here.
 */
import arCommon from './locales/ar/common.json';
import enCommon from './locales/en/common.json';
import enMissions from './locales/en/missions.json';
import enReview from './locales/en/review.json';
import esCommon from './locales/es/common.json';
import frCommon from './locales/fr/common.json';

export const resources = {
  en: { common: enCommon, missions: enMissions, review: enReview },
  fr: { common: frCommon },
  es: { common: esCommon },
  ar: { common: arCommon },
} as const;
