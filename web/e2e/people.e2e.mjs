#!/usr/bin/env node
// End-to-end check of the people and organization pages (issue 11, item 2) against a running,
// freshly seeded Pluralis server: the demo admin finds a seeded person in the directory, opens
// their page and their organization's page (events, calendar feed, members), issues an API
// token (the secret shown once, and it works), revokes it (and it stops working), asks the
// partner by email to join, and opens the requests page; the demo partner, an ordinary account
// of another organization, sees neither members nor their phones and emails, declines the
// request to join after confirming, and cannot reach the organization's API tokens.
// Every page is reviewed at desktop and phone widths (axe-core, sideways scroll, screenshots).
//
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=… E2E_PASSWORD=… SCREENSHOT=var/e2e-people.png \
//     node web/e2e/people.e2e.mjs
// Optional: CHROMIUM_PATH, E2E_TIMEOUT_MS, PARTNER_EMAIL (default partner@pluralis.example),
// PARTNER_PASSWORD (default pluralis-demo).

import { assert, check, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-people.png');
const PARTNER_EMAIL = process.env.PARTNER_EMAIL || 'partner@pluralis.example';
const PARTNER_PASSWORD = process.env.PARTNER_PASSWORD || 'pluralis-demo';

// The seeded demo data (server/seed.py, server/seed_events.py).
const PERSON = 'Amina Wanjiru';
const PERSON_EMAIL = 'amina@kefo.example';
const ORGANIZATION = 'Kenya Election Observers Forum';
const TOKEN_NAME = `E2E dashboard ${process.pid}`;

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);

async function signIn(page, path, email, password) {
  await page.goto(`${BASE_URL}${path}`);
  await waitForPath(page, '/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPath(page, path);
}

/** What a bearer token may read: the number of organizations, or null when the server refuses it. */
async function organizationsWith(token) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ organizations(first: 1) { totalCount } }' }),
  });
  const body = await response.json();
  return body.data?.organizations?.totalCount ?? null;
}

/** Every email address on the page (links and text). */
async function emailsOn(page) {
  const text = await page.locator('main').innerText();
  return [...text.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g)].map((m) => m[0]);
}

async function main() {
  console.log(`e2e: people at ${BASE_URL}`);
  const browser = await launch(CHROMIUM);
  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' };
  const admin = await browser.newContext(contextOptions);
  admin.setDefaultTimeout(TIMEOUT);
  const page = await admin.newPage();
  const pageErrors = watch(page);
  let organizationPath = '';

  await check('the admin signs in and reaches the people directory', async () => {
    await signIn(page, '/people', EMAIL, PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await page.getByRole('status').filter({ hasText: /^Showing/ }).waitFor();
  });

  await check('searching the directory by name finds a seeded person with her contact details', async () => {
    await page.getByRole('searchbox', { name: 'Name' }).fill('Amina');
    await page.waitForURL((url) => url.search === '?q=Amina');
    const row = page.getByRole('listitem', { name: PERSON });
    await row.waitFor();
    assert((await row.innerText()).includes(PERSON_EMAIL), 'the admin should see the email of a member');
    await reviewPage(page, 'people-directory');
  });

  await check('the person page shows her organizations', async () => {
    await page.getByRole('link', { name: PERSON, exact: true }).click();
    await waitForPath(page, /^\/people\/\d+$/);
    await page.getByRole('heading', { level: 1, name: PERSON }).waitFor();
    const orgs = page.getByRole('region', { name: 'Organizations' });
    await orgs.getByRole('link', { name: ORGANIZATION }).waitFor();
    await page.getByRole('button', { name: 'Edit details' }).waitFor();
    await reviewPage(page, 'people-person');
  });

  await check('the admin may edit her details, phone numbers included', async () => {
    await page.getByRole('button', { name: 'Edit details' }).click();
    assert((await page.getByRole('textbox', { name: 'Email' }).inputValue()) === PERSON_EMAIL, 'the email field should hold her email');
    await page.getByRole('textbox', { name: 'Phone 1', exact: true }).waitFor();
    await reviewPage(page, 'people-person-edit');
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Edit details' }).waitFor();
  });

  await check('the organization page shows its events, its feed and its members', async () => {
    await page.getByRole('region', { name: 'Organizations' }).getByRole('link', { name: ORGANIZATION }).click();
    await waitForPath(page, /^\/organizations\/\d+$/);
    organizationPath = new URL(page.url()).pathname;
    await page.getByRole('heading', { level: 1, name: ORGANIZATION }).waitFor();
    const events = page.getByRole('region', { name: 'Upcoming events' });
    assert((await events.getByRole('link').count()) > 0, 'the organization should list upcoming events');
    const feed = await page.getByRole('textbox', { name: 'Feed address' }).inputValue();
    assert(/^https?:\/\/.+\.ics$/.test(feed), `the feed address should be an .ics URL: ${feed}`);
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByRole('listitem', { name: PERSON }).waitFor();
    await reviewPage(page, 'people-organization');
    // Reach the link by keyboard first: after mouse clicks, Chromium shows :focus-visible for a
    // programmatic focus() only once the keyboard was used.
    const tokensLink = page.getByRole('link', { name: 'API tokens' });
    await tokensLink.focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await checkHoverAndFocus(page, tokensLink, 'API tokens link');
  });

  await check('the admin asks the partner by email to join the organization', async () => {
    const members = page.getByRole('region', { name: 'Members' });
    await members.getByRole('combobox', { name: `Role in ${ORGANIZATION}` }).selectOption('OBSERVER');
    await members.getByRole('textbox', { name: 'Or ask by email' }).fill(PARTNER_EMAIL);
    await members.getByRole('button', { name: 'Send request' }).click();
    await members.getByText(`Whoever signs in with ${PARTNER_EMAIL} will see the request`, { exact: false }).waitFor();
  });

  let secret = '';
  await check('an API token is created, its secret shown once, and it works', async () => {
    await page.getByRole('link', { name: 'API tokens' }).click();
    await waitForPath(page, `${organizationPath}/tokens`);
    await page.getByRole('heading', { level: 1, name: `API tokens of ${ORGANIZATION}` }).waitFor();
    await page.getByRole('textbox', { name: 'What it is for' }).fill(TOKEN_NAME);
    await page.getByRole('combobox', { name: 'Acts as' }).selectOption('OBSERVER');
    await page.getByRole('button', { name: 'Create token' }).click();
    const shown = page.getByRole('region', { name: `Copy the token “${TOKEN_NAME}” now` });
    secret = await shown.getByRole('textbox', { name: 'Token' }).inputValue();
    assert(secret.startsWith('plt_'), `the secret should start with plt_: ${secret.slice(0, 4)}`);
    assert((await organizationsWith(secret)) > 0, 'the new token should read the directory');
    await shown.getByRole('button', { name: 'I have stored it' }).click();
    await shown.waitFor({ state: 'detached' });
    const row = page.getByRole('region', { name: 'Tokens in use' }).getByRole('row', { name: new RegExp(TOKEN_NAME) });
    assert((await row.innerText()).includes(secret.slice(0, 12)), 'the row should show the token’s first characters');
    assert(!(await page.locator('main').innerText()).includes(secret), 'the whole secret must not stay on the page');
    await reviewPage(page, 'people-tokens');
  });

  await check('revoking the token asks first, and then it stops working', async () => {
    await page.getByRole('button', { name: `Revoke ${TOKEN_NAME}` }).click();
    await page.getByRole('button', { name: 'Yes, revoke' }).click();
    await page.getByText(`The token “${TOKEN_NAME}” no longer works.`).waitFor();
    await page.getByRole('region', { name: 'Revoked' }).getByText(TOKEN_NAME).waitFor();
    assert((await organizationsWith(secret)) === null, 'a revoked token must be refused');
  });

  await check('the requests page lists what waits for an answer', async () => {
    await page.goto(`${BASE_URL}/requests`);
    await page.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    await page.getByRole('region', { name: 'Asked to join' }).waitFor();
    await reviewPage(page, 'people-requests');
  });

  assert(pageErrors.length === 0, `the admin's pages threw: ${pageErrors.join('; ')}`);

  // An ordinary account of another organization: the demo partner.
  const partnerContext = await browser.newContext(contextOptions);
  partnerContext.setDefaultTimeout(TIMEOUT);
  const partner = await partnerContext.newPage();
  const partnerErrors = watch(partner);

  await check('the partner’s directory shows no one else’s phone or email', async () => {
    await signIn(partner, '/people', PARTNER_EMAIL, PARTNER_PASSWORD);
    await partner.getByRole('heading', { level: 1, name: 'People' }).waitFor();
    await partner.getByRole('status').filter({ hasText: /^Showing|^$/ }).first().waitFor();
    await partner.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('Loading people'));
    const others = (await emailsOn(partner)).filter((email) => email !== PARTNER_EMAIL);
    assert(others.length === 0, `the partner sees emails: ${others.join(', ')}`);
    const text = await partner.locator('main').innerText();
    assert(!/\+\d{6,}/.test(text), 'the partner should see no phone numbers');
    await reviewPage(partner, 'people-directory-partner');
  });

  await check('the partner sees the organization page without its members or admin actions', async () => {
    await partner.goto(`${BASE_URL}${organizationPath}`);
    await partner.getByRole('heading', { level: 1, name: ORGANIZATION }).waitFor();
    const members = partner.getByRole('region', { name: 'Members' });
    await members.getByText(/Only the organization’s admins, organizers and coordinators/).waitFor();
    assert((await members.getByRole('listitem').count()) === 0, 'the partner should see no members');
    assert((await emailsOn(partner)).length === 0, 'the partner should see no emails on the organization page');
    assert((await partner.getByRole('link', { name: 'API tokens' }).count()) === 0, 'the partner should not be offered API tokens');
    await reviewPage(partner, 'people-organization-partner');
  });

  await check('the partner sees the request to join and declines it after confirming', async () => {
    await partner.goto(`${BASE_URL}/requests`);
    await partner.getByRole('heading', { level: 1, name: 'Requests' }).waitFor();
    const request = partner.getByRole('listitem', { name: `${ORGANIZATION} asks you to join` });
    await request.waitFor();
    await reviewPage(partner, 'people-requests-partner');
    await request.getByRole('button', { name: 'Decline…' }).click();
    await request.getByText(`Decline to join ${ORGANIZATION}?`).waitFor();
    await request.getByRole('button', { name: 'Yes, decline' }).click();
    await partner.getByText('Declined.').waitFor();
    await partner.getByText('No organization is asking you to join.').waitFor();
  });

  await check('the partner cannot open the organization’s API tokens', async () => {
    await partner.goto(`${BASE_URL}${organizationPath}/tokens`);
    await partner.getByRole('alert').filter({ hasText: 'There is no such organization, or you do not manage its API tokens.' }).waitFor();
    assert((await partner.getByRole('button', { name: 'Create token' }).count()) === 0, 'no token form for the partner');
  });

  assert(partnerErrors.length === 0, `the partner's pages threw: ${partnerErrors.join('; ')}`);
  await partner.screenshot({ path: SCREENSHOT, fullPage: true });
}

run(main, failureScreenshot);
