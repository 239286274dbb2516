import 'fake-indexeddb/auto';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setLanguage } from '../i18n';
import { LANGUAGE_KEY, pickLanguage } from '../i18n/language';
import { signedOut, stubGraphQL } from '../test/fakeServer';
import { renderApp } from '../test/render';
import { resetObserverDb } from './db';
import { MISSION, OBSERVER } from './ObserverTestData';

function observerServer(preferredLanguage = 'en') {
  return stubGraphQL({
    Viewer: () => ({ data: { me: OBSERVER } }),
    ObserverMe: () => ({ data: { me: { id: OBSERVER.id, preferredLanguage } } }),
    ObserverMissions: () => ({ data: { missions: [MISSION] } }),
  });
}

describe('the observer pages’ language', () => {
  beforeEach(async () => {
    await resetObserverDb();
    localStorage.clear();
  });
  afterEach(async () => {
    localStorage.clear();
    await setLanguage('en');
  });

  it('takes the remembered choice, else the account’s language, else the browser’s, else English', () => {
    expect(pickLanguage(null, ['de-DE', 'es-MX'])).toBe('es');
    expect(pickLanguage(null, ['de-DE'])).toBe('en');
    expect(pickLanguage('fr', ['es-MX'])).toBe('fr');
    localStorage.setItem(LANGUAGE_KEY, 'ar');
    expect(pickLanguage('fr', ['es-MX'])).toBe('ar');
  });

  it('lays the page out right to left in Arabic, and remembers the choice', async () => {
    observerServer();
    const user = userEvent.setup();
    renderApp('/observe');
    await screen.findByRole('heading', { level: 1, name: 'My missions' });
    expect(document.documentElement.dir).toBe('ltr');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'ar');

    expect(await screen.findByRole('heading', { level: 1, name: 'بعثاتي' })).toBeInTheDocument();
    expect(document.documentElement.dir).toBe('rtl');
    expect(document.documentElement.lang).toBe('ar');
    expect(screen.getByText('تم إرسال الكل')).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_KEY)).toBe('ar');
  });

  it('speaks the account’s preferred language when nothing was chosen on this device', async () => {
    observerServer('fr');
    renderApp('/observe');
    expect(await screen.findByRole('heading', { level: 1, name: 'Mes missions' })).toBeInTheDocument();
    // A date for the locale: "14 mars 2026".
    expect(await screen.findByText(/Élection : 14 mars 2026/)).toBeInTheDocument();
    expect(localStorage.getItem(LANGUAGE_KEY)).toBeNull();
  });

  it('offers the picker on the sign-in page, which then speaks Spanish', async () => {
    stubGraphQL({ Viewer: signedOut });
    const user = userEvent.setup();
    renderApp('/sign-in/code');
    await screen.findByRole('heading', { level: 1, name: 'Sign in with a code' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'es');

    expect(await screen.findByRole('heading', { level: 1, name: 'Iniciar sesión con un código' })).toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Número de teléfono' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Iniciar sesión con un código · Pluralis'));
  });
});
