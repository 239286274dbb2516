#!/usr/bin/env node
// End-to-end check of the browser app against a running Pluralis server.
//
// Uses playwright-core with the system Chromium (no browser download):
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=… E2E_PASSWORD=… SCREENSHOT=var/e2e.png \
//     node web/e2e/signin.e2e.mjs
// Optional: E2E_EXPECT_ORG (default "Pluralis Network Secretariat"),
//           CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 15000).
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { assert, check, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv(
  'var/e2e-organizations.png',
);
const EXPECT_ORG = process.env.E2E_EXPECT_ORG || 'Pluralis Network Secretariat';

const phoneScreenshot = SCREENSHOT.replace(/(\.png)?$/i, '-phone.png');

const pathOf = (page) => new URL(page.url()).pathname;

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);

/** The table rows' name cells (works for the desktop table and the phone cards). */
const nameCells = (page) => page.locator('table tbody [role="rowheader"]');

async function main() {
  console.log(`e2e: ${BASE_URL} with ${CHROMIUM}`);
  const browser = await launch(CHROMIUM);

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const pageErrors = watch(page);

  // `/` is the public home page (frontdoor.e2e.mjs); a page of the app asks for a session.
  await check('opening a page of the app redirects to the sign-in page', async () => {
    const response = await page.goto(`${BASE_URL}/organizations`, { waitUntil: 'domcontentloaded' });
    assert(response && response.ok(), `GET /organizations answered HTTP ${response?.status()}`);
    await waitForPath(page, '/sign-in');
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    assert(await page.getByLabel('Email').isVisible(), 'no input labelled "Email"');
    assert(await page.getByLabel('Password').isVisible(), 'no input labelled "Password"');
  });

  await check('the sign-in page reads cleanly at both widths', () => reviewPage(page, 'sign-in'));

  await check('the sign-in button and the forgotten-password link show hover and focus', async () => {
    await checkHoverAndFocus(page, page.getByRole('button', { name: 'Sign in' }), 'Sign in button');
    await checkHoverAndFocus(page, page.getByRole('link', { name: /forgot/i }), 'Forgot password link');
  });

  await check('a wrong password shows the server error in the live region', async () => {
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(`${PASSWORD}-wrong`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await alert.filter({ hasText: /\S/ }).waitFor();
    const text = (await alert.innerText()).trim();
    assert(/email or password is incorrect/i.test(text), `alert says "${text}"`);
    assert(pathOf(page) === '/sign-in', `left the sign-in page: ${page.url()}`);
  });

  await check('the sign-in page with its error reads cleanly at both widths', () => reviewPage(page, 'sign-in-error'));

  await check('signing in shows the Organizations page with a seeded organization', async () => {
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/organizations');
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await nameCells(page).first().waitFor();
    const names = await nameCells(page).allInnerTexts();
    if (!names.some((name) => name.trim() === EXPECT_ORG)) {
      // Not on the first page: the search box must find it.
      await page.getByRole('searchbox', { name: 'Search' }).fill(EXPECT_ORG);
      await nameCells(page).filter({ hasText: EXPECT_ORG }).first().waitFor();
    }
    const row = page.locator('table tbody tr').filter({ has: page.getByRole('rowheader', { name: EXPECT_ORG, exact: true }) });
    assert((await row.count()) >= 1, `no row for "${EXPECT_ORG}" (rows: ${names.join(', ')})`);
    const header = page.getByRole('banner');
    assert(await header.getByRole('button', { name: 'Sign out' }).isVisible(), 'no Sign out button in the header');
    assert(await page.getByRole('navigation', { name: 'Main' }).isVisible(), 'no main navigation');
    assert(await page.getByRole('main').isVisible(), 'no main landmark');
  });

  await check('the organizations page reads cleanly at desktop and phone widths', () => reviewPage(page, 'organizations'));

  await check('the session is an httpOnly cookie, not a token in web storage', async () => {
    const cookies = await context.cookies(BASE_URL);
    const session = cookies.find((c) => c.httpOnly);
    assert(session, `no httpOnly cookie set (cookies: ${cookies.map((c) => c.name).join(', ') || 'none'})`);
    const stored = await page.evaluate(() => [localStorage.length, sessionStorage.length]);
    assert(stored[0] === 0 && stored[1] === 0, `web storage is not empty: ${stored}`);
  });

  await check('the kind filter narrows the list', async () => {
    const kind = page.getByLabel('Kind');
    await kind.selectOption({ label: 'Member organization' });
    await page.waitForURL((url) => url.searchParams.get('kind') === 'MEMBER');
    await page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ .*matching the filters$/ }).waitFor();
    const labels = await page.locator('table tbody .kind-badge').allInnerTexts();
    assert(labels.every((label) => label.trim() === 'Member organization'), `other kinds shown: ${labels.join(', ')}`);
    await kind.selectOption({ label: 'All kinds' });
    await page.waitForURL((url) => !url.searchParams.has('kind'));
    await page.getByRole('status').filter({ hasText: /^Showing \d+ of \d+ organizations?$/ }).waitFor();
  });

  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  console.log(`  · desktop screenshot: ${SCREENSHOT}`);

  await check('keyboard users get a skip link and a visible focus outline', async () => {
    await page.goto(`${BASE_URL}/organizations`);
    await page.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement;
      const style = el ? getComputedStyle(el) : null;
      return { text: el?.textContent?.trim(), outline: style ? `${style.outlineStyle} ${style.outlineWidth}` : '' };
    });
    assert(focused.text === 'Skip to main content', `first Tab focused "${focused.text}"`);
    assert(!focused.outline.startsWith('none') && focused.outline !== 'none 0px', `no focus outline (${focused.outline})`);
  });

  const phone = await context.newPage();
  watch(phone);
  await phone.setViewportSize({ width: 390, height: 844 });

  await check('on a phone, organizations show as cards without sideways scrolling', async () => {
    await phone.goto(`${BASE_URL}/organizations`);
    await phone.getByRole('heading', { level: 1, name: 'Organizations' }).waitFor();
    await nameCells(phone).first().waitFor();
    const layout = await phone.evaluate(() => {
      const row = document.querySelector('table tbody tr');
      const head = document.querySelector('table thead');
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        rowDisplay: row ? getComputedStyle(row).display : null,
        headWidth: head ? head.getBoundingClientRect().width : null,
      };
    });
    assert(layout.scrollWidth <= layout.innerWidth, `page is ${layout.scrollWidth}px wide in a ${layout.innerWidth}px viewport`);
    assert(layout.rowDisplay === 'block', `rows are not cards (display: ${layout.rowDisplay})`);
    assert(layout.headWidth !== null && layout.headWidth <= 1, 'the column header row is still visible');
    assert(await phone.getByRole('button', { name: 'Sign out' }).isVisible(), 'Sign out is not reachable on a phone');
    // The phone shot is one screen tall: a full page of cards is too long to review.
    await phone.screenshot({ path: phoneScreenshot });
    console.log(`  · phone screenshot: ${phoneScreenshot}`);
  });

  await check('signing out returns to the sign-in page and ends the session', async () => {
    await phone.getByRole('button', { name: 'Sign out' }).click();
    await waitForPath(phone, '/sign-in');
    await phone.goto(`${BASE_URL}/organizations`);
    await waitForPath(phone, '/sign-in');
  });

  await check('no uncaught errors in the page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
