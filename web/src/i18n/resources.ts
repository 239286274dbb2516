/**
 * Every namespace of every language, bundled (the app must work offline, so nothing is fetched
 * at run time). Add a namespace by importing its four files here.
 */
import arCommon from './locales/ar/common.json';
import arObserver from './locales/ar/observer.json';
import arSignin from './locales/ar/signin.json';
import enCommon from './locales/en/common.json';
import enMissions from './locales/en/missions.json';
import enReview from './locales/en/review.json';
import enObserver from './locales/en/observer.json';
import enSignin from './locales/en/signin.json';
import esCommon from './locales/es/common.json';
import esObserver from './locales/es/observer.json';
import esSignin from './locales/es/signin.json';
import frCommon from './locales/fr/common.json';
import frObserver from './locales/fr/observer.json';
import frSignin from './locales/fr/signin.json';

export const resources = {
  en: {
    common: enCommon,
    observer: enObserver,
    signin: enSignin,
    missions: enMissions,
    review: enReview,
  },
  fr: { common: frCommon, observer: frObserver, signin: frSignin },
  es: { common: esCommon, observer: esObserver, signin: esSignin },
  ar: { common: arCommon, observer: arObserver, signin: arSignin },
} as const;
