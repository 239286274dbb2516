#!/usr/bin/env node
// End-to-end check of the front door (issue 11) against a running, freshly seeded server: a
// signed-out visitor opens `/`, sees the upcoming public events, reaches the calendar and an
// event without being asked to sign in; an unknown address shows a not-found page that leads
// home; links and button-styled links keep their text on hover and show focus; the home,
// not-found and sign-in pages pass axe-core at desktop and phone widths. Then the admin signs
// in (the navigation marks the current section), and last a sign-in is rate-limited and the
// page says so in words (last: the limit then holds for this client).
//
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=… E2E_PASSWORD=… node web/e2e/frontdoor.e2e.mjs
// Screenshots: var/screenshots/{home,not-found,sign-in,home-signed-in}-{desktop,phone}.png.

import { assert, check, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-frontdoor.png');

// The seeded demo data (server/seed_events.py): a public conference about three weeks out and
// an invitation-only meeting an anonymous visitor must never see.
const SEEDED_PUBLIC = 'East & West Africa Election Observation Conference';
const SEEDED_INVITE_ONLY = 'Safe-house planning';

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);

/** The page is still at `path` after a moment: nothing sent the visitor elsewhere (to sign in). */
async function staysAt(page, path) {
  await page.waitForTimeout(500);
  const here = new URL(page.url()).pathname;
  assert(here === path, `expected to stay at ${path}, but the page went to ${page.url()}`);
}

async function main() {
  console.log(`e2e: frontdoor at ${BASE_URL}`);
  const browser = await launch(CHROMIUM);
  // A visitor far from the event's zone (Nairobi), so both times show.
  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Brussels' };
  const visitor = await browser.newContext(contextOptions);
  visitor.setDefaultTimeout(TIMEOUT);
  const page = await visitor.newPage();
  const pageErrors = watch(page);

  await check('a signed-out visitor opens / and sees the upcoming public events, not the sign-in card', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('heading', { level: 1, name: 'Events of the network' }).waitFor();
    const list = page.getByRole('list', { name: 'Upcoming public events' });
    const item = list.getByRole('listitem').filter({ hasText: SEEDED_PUBLIC });
    await item.waitFor();
    const text = await item.innerText();
    assert(/\(Nairobi\)/.test(text) && /your time \(Brussels\)/.test(text), `the event's zone and the viewer's are not both shown: "${text}"`);
    assert(!(await list.innerText()).includes(SEEDED_INVITE_ONLY), 'the invitation-only event is listed to a visitor');
    assert((await page.getByLabel('Password').count()) === 0, 'the home page shows a sign-in form');
    await page.getByText('Have an invitation?').waitFor();
    await staysAt(page, '/');
  });

  await check('home page: no serious axe violations, no sideways scroll on a phone', async () => {
    await reviewPage(page, 'home');
  });

  await check('header Sign in, a button-styled link and a plain link keep their text on hover and show focus', async () => {
    const banner = page.getByRole('banner');
    await checkHoverAndFocus(page, banner.getByRole('link', { name: 'Sign in' }), 'header Sign in');
    await checkHoverAndFocus(page, page.getByRole('link', { name: 'Open the calendar' }), 'button-styled "Open the calendar"');
    await checkHoverAndFocus(page, page.getByRole('link', { name: 'See every event in the calendar' }), 'plain link');
    await checkHoverAndFocus(page, page.getByRole('link', { name: SEEDED_PUBLIC }), 'event title link');
  });

  await check('the visitor follows to the calendar without signing in', async () => {
    await page.getByRole('link', { name: 'Open the calendar' }).click();
    await waitForPath(page, '/events');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await staysAt(page, '/events');
  });

  let eventPath = '';
  await check('the visitor opens an event from the home page and stays on it', async () => {
    await page.goto(`${BASE_URL}/`);
    await page.getByRole('link', { name: SEEDED_PUBLIC }).click();
    await waitForPath(page, /^\/events\/[^/]+$/);
    eventPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: SEEDED_PUBLIC }).waitFor();
    await staysAt(page, eventPath);
    await reviewPage(page, 'event-page-signed-out');
  });

  await check('"Sign in to register" keeps its text on hover and leads to sign in and back', async () => {
    // After a mouse click the browser shows no focus ring for scripted focus (:focus-visible
    // follows the last input); a fresh load starts as a keyboard user would.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: SEEDED_PUBLIC }).waitFor();
    const link = page.getByRole('link', { name: 'Sign in to register' });
    await checkHoverAndFocus(page, link, 'button-styled "Sign in to register"');
    const href = await link.getAttribute('href');
    assert(href === `/sign-in?next=${encodeURIComponent(eventPath)}`, `"Sign in to register" leads to ${href}`);
  });

  await check('an unknown address shows a not-found page with a way home, not the sign-in card', async () => {
    await page.goto(`${BASE_URL}/no/such/page`);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    assert(new URL(page.url()).pathname === '/no/such/page', `the unknown address moved to ${page.url()}`);
    assert((await page.getByLabel('Password').count()) === 0, 'the not-found page shows a sign-in form');
    await reviewPage(page, 'not-found');
    await page.getByRole('link', { name: 'Go to the home page' }).click();
    await waitForPath(page, '/');
    await page.getByRole('heading', { level: 1, name: 'Events of the network' }).waitFor();
  });

  await check('a page that needs a session sends the visitor to sign in, remembering where to return', async () => {
    await page.goto(`${BASE_URL}/feeds`);
    await waitForPath(page, '/sign-in');
    const next = new URL(page.url()).searchParams.get('next');
    assert(next === '/feeds', `sign-in should return to /feeds, next=${next}`);
    await page.getByLabel('Email').waitFor();
    await reviewPage(page, 'sign-in-from-home');
  });

  await check('signing in returns to that page; the navigation marks it and the home page greets the admin', async () => {
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/feeds');
    const nav = page.getByRole('navigation', { name: 'Main' });
    const names = (await nav.getByRole('link').allInnerTexts()).map((t) => t.trim());
    for (const name of ['Calendar', 'People', 'Organizations', 'Missions', 'Calendar feeds']) {
      assert(names.includes(name), `the navigation has no "${name}" (it has ${names.join(', ')})`);
    }
    assert((await nav.getByRole('link', { name: 'Calendar feeds' }).getAttribute('aria-current')) === 'page', 'Calendar feeds is not current');
    await page.getByRole('banner').getByRole('link', { name: 'Pluralis' }).click();
    await waitForPath(page, '/');
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await page.reload(); // as above: a fresh load, so that scripted focus shows the ring
    await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
    await page.getByRole('navigation', { name: 'Shortcuts' }).waitFor();
    await page.getByRole('list', { name: 'Upcoming events' }).getByRole('link', { name: SEEDED_PUBLIC }).waitFor();
    await reviewPage(page, 'home-signed-in');
    await checkHoverAndFocus(page, page.getByRole('banner').getByRole('button', { name: 'Sign out' }), 'header Sign out');
    await checkHoverAndFocus(page, page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calendar', exact: true }), 'nav link');
  });

  await check('a rate-limited sign-in says to wait, in words, instead of "something went wrong"', async () => {
    // A fresh visitor; the address is made up, so no real account is locked.
    const stranger = await browser.newContext(contextOptions);
    stranger.setDefaultTimeout(TIMEOUT);
    const other = await stranger.newPage();
    watch(other);
    await other.goto(`${BASE_URL}/sign-in`);
    const alert = other.getByRole('alert');
    let text = '';
    for (let attempt = 0; attempt < 15 && !/Wait/.test(text); attempt++) {
      await other.getByLabel('Email').fill(`nobody-${process.pid}@example.org`);
      await other.getByLabel('Password').fill('not the password');
      await other.getByRole('button', { name: 'Sign in' }).click();
      await alert.filter({ hasText: /\S/ }).waitFor();
      await other.getByRole('button', { name: 'Sign in' }).and(other.locator(':enabled')).waitFor();
      text = (await alert.innerText()).trim();
    }
    assert(/Too many failed sign-in attempts\. Wait a few minutes and try again\./.test(text), `after many failures the page says "${text}"`);
    assert(!/Something went wrong/.test(text), 'the rate limit is shown as a generic error');
    await stranger.close();
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, `uncaught page errors:\n${pageErrors.join('\n')}`);
  });

  await page.screenshot({ path: SCREENSHOT, fullPage: true });
}

await run(main, failureScreenshot);
