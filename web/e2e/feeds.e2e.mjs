#!/usr/bin/env node
// End-to-end check of calendar feeds (issue 9) against a running, freshly seeded Pluralis server:
//  1. the demo admin (the seed gives no partner person an account) creates a feed on /feeds
//     narrowed to the Kenya forum's conferences, and copies its private address, shown once;
//  2. this script fetches the feed as a calendar app would (no cookie, no session): a
//     VCALENDAR holding the seeded public conference, and 304 for a repeated conditional GET;
//  3. the admin cancels the conference in the editor; within ~60 s (the server re-renders feeds
//     after a debounce) the feed shows STATUS:CANCELLED for the same UID with a higher SEQUENCE;
//  4. the event page's "Add to calendar" gives the event's .ics, which holds the same UID;
//  5. the admin revokes the feed on /feeds and its address answers 404 at once.
//
// Cancelling the seeded conference changes the demo data: run.sh runs this script last.
//
// Uses playwright-core with the system Chromium (no browser download):
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=admin@pluralis.example E2E_PASSWORD=pluralis-demo \
//     node web/e2e/feeds.e2e.mjs
// Optional: SCREENSHOT (default var/e2e-feeds.png), CHROMIUM_PATH, E2E_TIMEOUT_MS (default 15000),
//           E2E_FEED_WAIT_MS (how long to wait for the re-rendered feed; default 60000).
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { assert, check, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-feeds.png');
const FEED_WAIT_MS = Number(process.env.E2E_FEED_WAIT_MS || 60000);

// The seeded demo data (server/seed.py, server/seed_events.py).
const HOST = 'Kenya Election Observers Forum';
const SEEDED_PUBLIC = 'East & West Africa Election Observation Conference';
const FEED_NAME = `Kenya conferences #${process.pid}`;

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The VEVENTs of an iCalendar text, unfolded (RFC 5545 §3.1), as {UID, SUMMARY, SEQUENCE, STATUS, …}. */
function vevents(text) {
  const unfolded = text.replace(/\r?\n[ \t]/g, '');
  const events = [];
  let current = null;
  for (const line of unfolded.split(/\r?\n/)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      events.push(current);
      current = null;
    } else if (current) {
      const match = /^([A-Z-]+)(?:;[^:]*)?:(.*)$/.exec(line);
      if (match && !(match[1] in current)) current[match[1]] = match[2];
    }
  }
  return events;
}

/** iCalendar TEXT unescaped enough to compare titles (\, \; \\ and \n). */
const unescapeText = (value = '') => value.replace(/\\([,;\\])/g, '$1').replace(/\\n/gi, '\n');

/** The event's own VEVENT (not one of its programme sessions) in a feed, by title. */
function findEvent(text, title) {
  return vevents(text).find((e) => unescapeText(e.SUMMARY) === title && !('RECURRENCE-ID' in e) && !('RELATED-TO' in e));
}

/** GET as a calendar app does: no cookie (node's fetch shares nothing with the browser). */
async function fetchFeed(url, headers = {}) {
  const response = await fetch(url, { headers, redirect: 'manual' });
  const body = response.status === 200 ? await response.text() : '';
  return { status: response.status, headers: response.headers, body };
}

async function graphql(page, query, variables = {}) {
  return page.evaluate(
    async ([q, v]) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: q, variables: v }),
      });
      return response.json();
    },
    [query, variables],
  );
}

async function main() {
  console.log(`e2e: feeds at ${BASE_URL}`);
  const browser = await launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const pageErrors = watch(page);

  let feedUrl = '';
  let before = null;
  let etag = '';
  let eventId = '';

  await check('the admin signs in and reaches the calendar feeds page from the navigation', async () => {
    await page.goto(`${BASE_URL}/feeds`);
    await waitForPath(page, '/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/feeds');
    await page.getByRole('heading', { level: 1, name: 'Calendar feeds' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Main' });
    assert((await nav.getByRole('link', { name: 'Calendar feeds' }).getAttribute('aria-current')) === 'page', 'the nav link is not current');
    await page.getByRole('form', { name: 'New calendar feed' }).getByLabel('Host organizations').locator('option').first().waitFor({ state: 'attached' });
    await reviewPage(page, 'feeds');
  });

  await check(`creating "${FEED_NAME}" (host ${HOST}, conferences) shows its private address once`, async () => {
    const form = page.getByRole('form', { name: 'New calendar feed' });
    await form.getByLabel('Name', { exact: true }).fill(FEED_NAME);
    const hosts = form.getByLabel('Host organizations');
    await hosts.locator('option', { hasText: HOST }).first().waitFor({ state: 'attached' });
    await hosts.selectOption({ label: HOST });
    await form.getByRole('checkbox', { name: 'Conference', exact: true }).check();
    await form.getByRole('button', { name: 'Create feed' }).click();
    const panel = page.getByRole('region', { name: `Your new feed: ${FEED_NAME}` });
    await panel.waitFor();
    feedUrl = await panel.getByLabel('Feed address (https)').inputValue();
    assert(/^https?:\/\/[^/]+\/feeds\/plf_[A-Za-z0-9_-]{40,}\.ics$/.test(feedUrl), `unexpected feed address: ${feedUrl}`);
    const webcal = await panel.getByLabel('Feed address (webcal)').inputValue();
    assert(webcal === feedUrl.replace(/^https?:\/\//, 'webcal://'), `webcal address ${webcal} does not match ${feedUrl}`);
    const google = await panel.getByRole('link', { name: /Subscribe in Google Calendar/ }).getAttribute('href');
    assert(google === `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`, `Google link: ${google}`);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    await reviewPage(page, 'feeds-created');
    await checkHoverAndFocus(page, panel.getByRole('link', { name: /Subscribe in Google Calendar/ }), 'Subscribe in Google Calendar link');
  });

  await check('the feed, fetched without a cookie, is a VCALENDAR with the seeded public conference', async () => {
    // A feed never rendered is rendered on its first request; allow a few tries in case it answers 503 meanwhile.
    let result;
    for (let attempt = 0; attempt < 10; attempt += 1) {
      result = await fetchFeed(feedUrl);
      if (result.status === 200) break;
      await sleep(1000);
    }
    assert(result.status === 200, `GET feed answered HTTP ${result.status}`);
    assert(/^text\/calendar/.test(result.headers.get('content-type') ?? ''), `content-type ${result.headers.get('content-type')}`);
    assert(result.body.startsWith('BEGIN:VCALENDAR'), `the body starts with ${JSON.stringify(result.body.slice(0, 40))}`);
    before = findEvent(result.body, SEEDED_PUBLIC);
    assert(before?.UID, `no VEVENT titled "${SEEDED_PUBLIC}" in the feed:\n${result.body.slice(0, 600)}`);
    assert((before.STATUS ?? 'CONFIRMED') === 'CONFIRMED', `status before cancelling: ${before.STATUS}`);
    assert(!/^(METHOD|ORGANIZER|ATTENDEE)[;:]/m.test(result.body), 'a subscription feed carries METHOD, ORGANIZER or ATTENDEE');
    etag = result.headers.get('etag') ?? '';
    assert(etag, 'no ETag');
    const again = await fetchFeed(feedUrl, { 'if-none-match': etag });
    assert(again.status === 304, `a conditional GET with the same ETag answered ${again.status}`);
  });

  await check('the feeds page shows when the feed was last fetched', async () => {
    const deadline = Date.now() + TIMEOUT;
    for (;;) {
      await page.reload();
      const item = page.getByRole('listitem', { name: FEED_NAME });
      const lastFetched = item.locator('dt', { hasText: 'Last fetched' }).locator('xpath=following-sibling::dd[1]');
      const text = (await lastFetched.innerText()).trim();
      if (text && text !== 'Never') break;
      assert(Date.now() < deadline, `"Last fetched" still says "${text}"`);
      await sleep(1000);
    }
  });

  await check('the organizer moves the conference an hour later; the feed shows the new time with a higher SEQUENCE', async () => {
    const result = await graphql(page, '{ events(first: 200) { nodes { id title uid startsAt endsAt timeZone } } }');
    const event = result?.data?.events?.nodes?.find((e) => e.title === SEEDED_PUBLIC);
    assert(event, `the conference is not listed (${JSON.stringify(result).slice(0, 300)})`);
    assert(event.uid === before.UID, `the feed's UID ${before.UID} is not the stored ${event.uid}`);
    eventId = event.id;
    const hour = 60 * 60 * 1000;
    const startsAt = new Date(Date.parse(event.startsAt) + hour).toISOString();
    const endsAt = new Date(Date.parse(event.endsAt) + hour).toISOString();
    const moved = await graphql(
      page,
      'mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { event { startsAt } errors { message } } }',
      { id: eventId, input: { startsAt, endsAt } },
    );
    assert(moved?.data?.updateEvent?.errors?.length === 0, `moving failed: ${JSON.stringify(moved).slice(0, 300)}`);
    const deadline = Date.now() + FEED_WAIT_MS;
    for (;;) {
      const result = await fetchFeed(feedUrl, { 'if-none-match': etag });
      if (result.status === 200) {
        etag = result.headers.get('etag') ?? etag;
        const now = vevents(result.body).find((e) => e.UID === before.UID);
        if (now && now.DTSTART !== before.DTSTART) {
          assert(Number(now.SEQUENCE ?? 0) > Number(before.SEQUENCE ?? 0), `SEQUENCE ${now.SEQUENCE} after the move`);
          before = now;
          break;
        }
      }
      assert(Date.now() < deadline, `the feed still shows ${before.UID} at ${before.DTSTART}`);
      await sleep(2000);
    }
  });

  await check('the admin cancels the conference in its editor', async () => {
    await page.goto(`${BASE_URL}/events/${eventId}/edit`);
    await page.getByRole('button', { name: 'Cancel event…' }).click();
    const form = page.getByRole('form', { name: 'Cancel the event' });
    await form.getByLabel(/Why is it cancelled/).fill('Cancelled by the feeds check');
    await form.getByRole('button', { name: 'Cancel event', exact: true }).click();
    await page.locator('.status-line').filter({ hasText: /Cancelled/ }).waitFor();
  });

  await check(`within ${FEED_WAIT_MS / 1000} s the feed shows it cancelled, same UID, higher SEQUENCE`, async () => {
    const deadline = Date.now() + FEED_WAIT_MS;
    let last = null;
    for (;;) {
      // Conditional, as calendar apps ask: 304 until the re-rendered feed has a new ETag.
      const result = await fetchFeed(feedUrl, { 'if-none-match': etag });
      if (result.status === 200) {
        etag = result.headers.get('etag') ?? etag;
        last = vevents(result.body).find((e) => e.UID === before.UID) ?? null;
        if (last?.STATUS === 'CANCELLED') break;
      } else {
        assert(result.status === 304, `GET feed answered HTTP ${result.status}`);
      }
      assert(Date.now() < deadline, `no STATUS:CANCELLED for ${before.UID}; last seen ${JSON.stringify(last)}`);
      await sleep(2000);
    }
    assert(Number(last.SEQUENCE ?? 0) > Number(before.SEQUENCE ?? 0), `SEQUENCE ${last.SEQUENCE} is not above ${before.SEQUENCE}`);
    // Calendar apps show cancelled entries like any other, so the title says it too.
    assert(unescapeText(last.SUMMARY) === `Cancelled: ${SEEDED_PUBLIC}`, `the cancelled event is titled ${last.SUMMARY}`);
  });

  await check('the event page’s "Add to calendar" gives its .ics with the same UID', async () => {
    await page.goto(`${BASE_URL}/events/${eventId}`);
    await page.getByText('Add to calendar', { exact: true }).click();
    const href = await page.getByRole('link', { name: /^Download \.ics/ }).getAttribute('href');
    assert(href?.endsWith(`/feeds/events/${eventId}.ics`), `download link: ${href}`);
    const result = await fetchFeed(new URL(href, BASE_URL).href);
    assert(result.status === 200, `GET ${href} answered ${result.status}`);
    assert(vevents(result.body).some((e) => e.UID === before.UID), `no VEVENT with UID ${before.UID} in ${href}`);
  });

  await check('revoking the feed on /feeds makes its address answer 404 at once', async () => {
    await page.goto(`${BASE_URL}/feeds`);
    const item = page.getByRole('listitem', { name: FEED_NAME });
    await checkHoverAndFocus(page, item.getByRole('button', { name: `Revoke ${FEED_NAME}` }), 'Revoke button');
    await item.getByRole('button', { name: `Revoke ${FEED_NAME}` }).click();
    await item.getByRole('button', { name: `Yes, revoke ${FEED_NAME}` }).click();
    await item.getByText(/^Revoked /).waitFor();
    await reviewPage(page, 'feeds-revoked');
    const result = await fetchFeed(feedUrl);
    assert(result.status === 404, `a revoked feed answered ${result.status}`);
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
