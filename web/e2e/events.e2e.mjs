#!/usr/bin/env node
// End-to-end check of the events feature against a running, freshly seeded Pluralis server:
// an organizer creates a co-hosted conference with a programme in two rooms, publishes it,
// sees the double-booked speaker warning, fills it and watches the waitlist promote someone;
// an anonymous visitor never sees the seeded invite-only event.
//
// Uses playwright-core with the system Chromium (no browser download):
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=… E2E_PASSWORD=… SCREENSHOT=var/e2e-events.png \
//     node web/e2e/events.e2e.mjs
// Optional: CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 15000).
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { assert, check, chooseOption, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv(
  'var/e2e-events.png',
);


// The seeded demo data (server/seed.py, server/seed_events.py).
const HOST = 'Kenya Election Observers Forum';
const CO_HOST = 'Coalition for Domestic Election Observers';
const VENUE = 'Kenyatta International Convention Centre';
const SPEAKER = 'Kwame Mensah';
const SEEDED_PUBLIC = 'East & West Africa Election Observation Conference';
const SEEDED_INVITE_ONLY = 'Safe-house planning';

// A date about five weeks out, as YYYY-MM-DD (the event's own calendar day).
const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const TODAY_MS = Date.now();
const DAY = isoDay(TODAY_MS + 35 * DAY_MS);
const TITLE = `Regional observer conference ${DAY} #${process.pid}`;

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);

/** Pick an <option> by the start of its visible text (labels may carry a suffix such as ", Nairobi"). */
async function selectByText(select, prefix) {
  const option = select.locator('option').filter({ hasText: prefix }).first();
  await option.waitFor({ state: 'attached' });
  const label = (await option.textContent()).trim();
  await select.selectOption({ label });
}

/** Search a SearchPicker and press the result button ("Add Kwame Mensah", "Register Amina Wanjiru"). */
async function pick(scope, searchLabel, typed, buttonName) {
  await scope.getByLabel(searchLabel, { exact: true }).fill(typed);
  await scope.getByRole('button', { name: buttonName, exact: true }).click();
}

/** Register someone: choose them by name (their organization and email show), then confirm. */
async function register(scope, typed, name) {
  await scope.getByLabel('Find a person', { exact: true }).fill(typed);
  // The button's name goes on with the person's organizations and masked email.
  await scope.getByRole('button', { name: new RegExp(`^Choose ${name}\\b`) }).click();
  await scope.getByRole('button', { name: `Yes, register ${name}`, exact: true }).click();
}

async function main() {
  console.log(`e2e: events at ${BASE_URL} (conference on ${DAY})`);
  const browser = await launch(CHROMIUM);

  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' };
  const admin = await browser.newContext(contextOptions);
  admin.setDefaultTimeout(TIMEOUT);
  const page = await admin.newPage();
  const pageErrors = watch(page);

  let eventId = '';

  await check('an organizer signs in and reaches the new event form', async () => {
    await page.goto(`${BASE_URL}/events/new`);
    await waitForPath(page, '/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/events/new');
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
  });

  await check('creating a co-hosted conference at KICC lands on its editor', async () => {
    const form = page.getByRole('form', { name: 'New event' });
    await selectByText(form.getByLabel('Host organization'), HOST);
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Conference' });
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByRole('radio', { name: 'Public', exact: true }).check();
    // The zone is a searchable combobox: type the city, pick the zone.
    const zone = form.getByRole('combobox', { name: 'Time zone' });
    await chooseOption(page, zone, 'Nairobi', /— Africa\/Nairobi$/);
    const chosen = await zone.inputValue();
    assert(chosen.endsWith('Africa/Nairobi'), `the time zone reads "${chosen}"`);
    await form.getByLabel('Starts', { exact: true }).fill(`${DAY}T09:00`);
    await form.getByLabel('Ends', { exact: true }).fill(`${DAY}T17:00`);
    await selectByText(form.getByLabel('Venue', { exact: true }), VENUE);
    await form.getByRole('group', { name: `Rooms at ${VENUE}` }).getByText('Tsavo Room').waitFor();
    await form.getByLabel('Capacity', { exact: true }).fill('2');
    await pick(form, 'Find co-hosts', 'Coalition for Domestic', `Add ${CO_HOST}`);
    await form.getByRole('list', { name: 'Co-hosts' }).getByText(CO_HOST).waitFor();
    await form.getByRole('button', { name: 'Create draft event' }).click();
    await waitForPath(page, /^\/events\/[^/]+\/edit$/);
    eventId = new URL(page.url()).pathname.split('/')[2];
    await page.getByRole('heading', { level: 1, name: `Edit event: ${TITLE}` }).waitFor();
    const status = await page.locator('.status-line').innerText();
    assert(/Draft/i.test(status), `a new event should be a draft: "${status}"`);
    const details = page.getByRole('form', { name: 'Details' });
    assert((await details.getByLabel('Capacity', { exact: true }).inputValue()) === '2', 'capacity was not saved as 2');
    assert(
      (await details.getByRole('list', { name: 'Co-hosts' }).innerText()).includes(CO_HOST),
      'the co-host was not saved',
    );
    assert(await details.getByRole('radio', { name: 'Public', exact: true }).isChecked(), 'visibility was not saved as public');
  });

  const programme = page.getByRole('region', { name: 'Programme', exact: true });

  async function addSession({ title, room, start, end, speaker }) {
    await programme.getByRole('button', { name: 'Add session', exact: true }).first().click();
    const form = page.getByRole('form', { name: 'Add a session' });
    await form.getByLabel('Session title').fill(title);
    await selectByText(form.getByLabel('Room', { exact: true }), room);
    await form.getByLabel(/^Session starts/).fill(`${DAY}T${start}`);
    await form.getByLabel(/^Session ends/).fill(`${DAY}T${end}`);
    if (speaker) {
      await pick(form, 'Find speakers', speaker.split(' ')[0], `Add ${speaker}`);
      await form.getByRole('list', { name: 'Speakers' }).getByText(speaker).waitFor();
    }
    await form.getByRole('button', { name: 'Add session', exact: true }).click();
    // The block appears in the room's column of the grid.
    await programme
      .getByRole('group', { name: room, exact: true })
      .getByRole('group', { name: new RegExp(`^${title}, `) })
      .waitFor();
  }

  await check('sessions are added in Plenary Hall and Tsavo Room without warnings', async () => {
    await addSession({ title: 'Opening: observing in the region', room: 'Plenary Hall', start: '09:30', end: '10:30', speaker: SPEAKER });
    await page.getByRole('form', { name: 'Add a session' }).waitFor({ state: 'detached' });
    await addSession({ title: 'Parallel vote tabulation clinic', room: 'Tsavo Room', start: '11:00', end: '12:00' });
    await page.getByRole('form', { name: 'Add a session' }).waitFor({ state: 'detached' });
    assert((await page.getByText(`${SPEAKER} is also in`).count()) === 0, 'a warning shows before any clash');
  });

  await check('double-booking the speaker shows a visible conflict warning', async () => {
    await addSession({ title: 'Observer safety briefing', room: 'Tsavo Room', start: '09:45', end: '10:15', speaker: SPEAKER });
    // The form stays open on the saved session and says why.
    const saved = page.getByRole('form', { name: 'Edit session: Observer safety briefing' });
    await saved.getByText(/Saved, with (a warning|\d+ warnings)/).waitFor();
    const warning = saved.getByText(new RegExp(`${SPEAKER} is also in .*Opening: observing in the region`));
    await warning.waitFor();
    assert(await warning.isVisible(), 'the warning in the session form is not visible');
    // …and in the programme's warning list.
    const listed = page.locator('.warning-box').filter({ hasText: 'Programme warnings' }).getByText(`${SPEAKER} is also in`).first();
    assert(await listed.isVisible(), 'no visible double-booking warning under "Programme warnings"');
    const block = programme.getByRole('group', { name: /^Observer safety briefing, .*Tsavo Room, \d+ warnings?$/ });
    await block.waitFor();
  });

  await check('the programme grid shows sessions in both room columns', async () => {
    const plenary = programme.getByRole('group', { name: 'Plenary Hall', exact: true });
    const tsavo = programme.getByRole('group', { name: 'Tsavo Room', exact: true });
    const inPlenary = await plenary.locator('.programme-block').count();
    const inTsavo = await tsavo.locator('.programme-block').count();
    assert(inPlenary === 1 && inTsavo === 2, `expected 1 block in Plenary Hall and 2 in Tsavo Room, got ${inPlenary} and ${inTsavo}`);
    await page.getByRole('button', { name: 'Close', exact: true }).click();
    await programme.screenshot({ path: SCREENSHOT });
    console.log(`  · programme screenshot: ${SCREENSHOT}`);
  });

  await check('publishing from the status panel shows it as published', async () => {
    const panel = page.getByRole('region', { name: 'Status' });
    await panel.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'The event is published.' }).waitFor();
    await panel.locator('.status-badge').filter({ hasText: /^Published$/ }).waitFor();
    assert(!(await panel.getByRole('button', { name: 'Publish', exact: true }).isVisible()), 'Publish is still offered');
  });

  const seats = () => page.getByRole('definition').first();
  const group = (name) => page.getByRole('region', { name: new RegExp(`^${name} \\(\\d+\\)$`) });

  await check('registering two people fills the conference (2 of 2)', async () => {
    await page.getByRole('navigation', { name: 'Event pages' }).getByRole('link', { name: 'Registrations' }).click();
    await waitForPath(page, `/events/${eventId}/registrations`);
    await page.getByRole('heading', { level: 1, name: `Registrations: ${TITLE}` }).waitFor();
    const section = page.getByRole('region', { name: 'Register someone' });
    await register(section, 'Amina', 'Amina Wanjiru');
    await page.getByRole('status').filter({ hasText: 'Amina Wanjiru is registered.' }).waitFor();
    await register(section, 'Otieno', 'Otieno Kamau');
    await page.getByRole('status').filter({ hasText: 'Otieno Kamau is registered.' }).waitFor();
    await group('Registered').getByRole('rowheader', { name: 'Otieno Kamau' }).waitFor();
    const names = await group('Registered').getByRole('rowheader').allInnerTexts();
    assert(names.join() === 'Amina Wanjiru,Otieno Kamau', `registered: ${names.join(', ')}`);
    const taken = (await seats().innerText()).trim();
    assert(taken === '2 of 2', `seats taken says "${taken}"`);
  });

  await check('the registrations page reads cleanly at desktop and phone widths', () => reviewPage(page, 'registrations'));

  await check('a third person goes on the waitlist at position 1', async () => {
    const section = page.getByRole('region', { name: 'Register someone' });
    await register(section, 'Grace', 'Grace Achieng');
    await page.getByRole('status').filter({ hasText: 'Grace Achieng is on the waitlist.' }).waitFor();
    const row = group('Waitlist').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Grace Achieng' }) });
    await row.waitFor();
    const position = (await row.getByRole('cell').first().innerText()).trim();
    assert(position === '#1', `Grace's waitlist position is "${position}"`);
    assert((await seats().innerText()).trim() === '2 of 2', 'the waitlisted person took a seat');
  });

  await check('cancelling a registration offers the freed seat to the first person waiting', async () => {
    await group('Registered').getByRole('button', { name: 'Cancel registration of Otieno Kamau' }).click();
    await group('Registered').getByRole('button', { name: 'Yes, cancel registration' }).click();
    await page.getByRole('status').filter({ hasText: 'Otieno Kamau’s registration is cancelled.' }).waitFor();
    const offered = group('Offered a seat');
    const row = offered.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Grace Achieng' }) });
    await row.waitFor();
    const expires = (await row.getByRole('cell').first().innerText()).trim();
    assert(/\d{1,2}:\d{2}/.test(expires), `Grace's offer has no expiry: "${expires}"`);
    assert((await group('Waitlist').getByRole('rowheader').count()) === 0, 'somebody is still waiting');
    const registered = await group('Registered').getByRole('rowheader').allInnerTexts();
    assert(registered.join() === 'Amina Wanjiru', `registered: ${registered.join(', ')}`);
  });

  // The seeded invite-only event's id, as the organizer (a superuser) sees it.
  let inviteOnly = null;
  await check('the organizer sees the seeded invite-only event, in the API and in the list', async () => {
    const result = await page.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ events(first: 200) { nodes { id title visibility startsAt } } }' }),
      });
      return response.json();
    });
    const nodes = result?.data?.events?.nodes ?? [];
    inviteOnly = nodes.find((e) => e.visibility === 'INVITE_ONLY' && e.title.startsWith(SEEDED_INVITE_ONLY)) ?? null;
    assert(inviteOnly, `no invite-only "${SEEDED_INVITE_ONLY}" event among ${nodes.length} (${JSON.stringify(result?.errors ?? null)})`);
    // The control for the anonymous checks below: the organizer's list does list it.
    await page.goto(`${BASE_URL}/events?view=list&date=${inviteOnly.startsAt.slice(0, 7)}-01`);
    await page.getByRole('main').getByRole('link', { name: new RegExp(`^${SEEDED_INVITE_ONLY}`) }).first().waitFor();
  });

  // An anonymous visitor: a fresh context with no cookies.
  const visitor = await browser.newContext(contextOptions);
  visitor.setDefaultTimeout(TIMEOUT);
  const anon = await visitor.newPage();
  watch(anon);

  await check('anonymously, month and list views list public events but never the invite-only one', async () => {
    const months = [...new Set(Array.from({ length: 37 }, (_, k) => isoDay(TODAY_MS + k * DAY_MS).slice(0, 7)))];
    const seen = new Set();
    for (const month of months) {
      for (const view of ['month', 'list']) {
        const query = `view=${view}&date=${month}-01`;
        await anon.goto(`${BASE_URL}/events?${query}`);
        await anon.getByRole('heading', { level: 1, name: 'Events' }).waitFor();
        await anon.getByRole('status').filter({ hasText: / events? in [A-Z][a-z]+ \d{4}$/ }).waitFor();
        const current = anon.getByRole('navigation', { name: 'Calendar view' }).locator('[aria-current="page"]');
        assert((await current.innerText()).trim().toLowerCase() === view, `the ${view} view is not the current one`);
        const text = await anon.getByRole('main').innerText();
        assert(!text.includes(SEEDED_INVITE_ONLY), `"${SEEDED_INVITE_ONLY}" is listed in the ${view} view of ${month}`);
        if (text.includes(SEEDED_PUBLIC)) seen.add(`${SEEDED_PUBLIC}`);
        if (text.includes(TITLE)) seen.add(TITLE);
      }
    }
    assert(seen.has(SEEDED_PUBLIC), `the public seeded conference is not listed in ${months.join(', ')}`);
    assert(seen.has(TITLE), `the newly published conference is not listed in ${months.join(', ')}`);
    assert(!(await anon.getByRole('button', { name: 'Sign out' }).count()), 'the visitor context is signed in');
  });

  await check("anonymously, the invite-only event's page says it is not found", async () => {
    await anon.goto(`${BASE_URL}/events/${inviteOnly.id}`);
    await anon.getByRole('heading', { level: 1, name: 'Event not found or not visible to you' }).waitFor();
    const text = await anon.getByRole('main').innerText();
    assert(!text.includes(SEEDED_INVITE_ONLY), 'the page shows the invite-only title');
  });

  await check('anonymously, the GraphQL events list has no invite-only event', async () => {
    const response = await visitor.request.post(`${BASE_URL}/graphql`, {
      headers: { 'content-type': 'application/json' },
      data: { query: '{ events(first: 200) { nodes { title visibility } } }' },
    });
    assert(response.ok(), `POST /graphql answered HTTP ${response.status()}`);
    const body = await response.json();
    assert(!body.errors, `errors: ${JSON.stringify(body.errors)}`);
    const nodes = body.data.events.nodes;
    assert(nodes.some((e) => e.title === SEEDED_PUBLIC), `the public conference is missing (${nodes.length} events)`);
    const hidden = nodes.filter((e) => e.visibility === 'INVITE_ONLY' || e.title.startsWith(SEEDED_INVITE_ONLY));
    assert(hidden.length === 0, `anonymous listing shows: ${hidden.map((e) => e.title).join(', ')}`);
    assert(nodes.every((e) => e.visibility === 'PUBLIC'), `non-public events: ${nodes.filter((e) => e.visibility !== 'PUBLIC').map((e) => e.title).join(', ')}`);
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
