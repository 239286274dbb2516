#!/usr/bin/env node
// The event editor as an organizer uses it (issue 11, item 4): the demo admin creates a
// two-day online conference, picks its zone by typing a city, adds a programme whose second
// session starts where the first ends, publishes it from the summary beside the details and
// reads who will see it; then hands it to another host and opens the event page.
// Every page is reviewed at desktop and phone widths (axe-core, sideways scroll, screenshots).
//
//   BASE_URL=… E2E_EMAIL=… E2E_PASSWORD=… node web/e2e/editor.e2e.mjs   (or: bash web/e2e/run.sh editor)

import { assert, check, checkHoverAndFocus, chooseOption, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-editor.png');

// The demo admin (server/seed.py) is a superuser with the admin role in the secretariat.
const OWN_ORG = 'Pluralis Network Secretariat';
const OTHER_HOST = 'Kenya Election Observers Forum';
const NETWORK_WHO = "Members of the network's organizations, once signed in.";

const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const DAY1 = isoDay(Date.now() + 42 * DAY_MS);
const DAY2 = isoDay(Date.now() + 43 * DAY_MS);
const TITLE = `Two-day observer conference ${DAY1} #${process.pid}`;

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);

async function main() {
  console.log(`e2e: editor at ${BASE_URL} (conference on ${DAY1} and ${DAY2})`);
  const browser = await launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Brussels' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const pageErrors = watch(page);
  let eventId = '';

  await check('the new event form defaults the host to the organizer’s own organization', async () => {
    await page.goto(`${BASE_URL}/events/new`);
    await waitForPath(page, '/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/events/new');
    await page.getByRole('heading', { level: 1, name: 'New event' }).waitFor();
    const host = page.getByLabel('Host organization');
    const chosen = await host.evaluate((select) => select.selectedOptions[0]?.textContent ?? '');
    assert(chosen === OWN_ORG, `the host defaults to "${chosen}", not the admin's own organization`);
    const who = (await page.locator('.who-sees').innerText()).trim();
    assert(who.includes(NETWORK_WHO), `the visibility summary says "${who}"`);
    await reviewPage(page, 'editor-new');
  });

  await check('the time zone is found by typing a city and shows its offset', async () => {
    const zone = page.getByRole('combobox', { name: 'Time zone' });
    // React Aria closes the list when the page scrolls under it: bring the field into view first.
    await zone.scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await zone.fill('Nairobi');
    const option = page.getByRole('option', { name: '(UTC+03:00) Nairobi, Kenya — Africa/Nairobi' });
    await option.waitFor();
    // The list narrows as the text arrives; give it a moment to settle.
    const listed = page.getByRole('listbox').getByRole('option');
    const narrowed = await page
      .waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="option"]').length === 1, null, { timeout: 5000 })
      .then(() => true, () => false);
    assert(narrowed, `typing "Nairobi" leaves ${await listed.count()} zones: ${(await listed.allInnerTexts()).slice(0, 5).join(' | ')}`);
    await chooseOption(page, zone, 'Nairobi', '(UTC+03:00) Nairobi, Kenya — Africa/Nairobi');
    assert((await zone.inputValue()) === '(UTC+03:00) Nairobi, Kenya — Africa/Nairobi', `the field reads "${await zone.inputValue()}"`);
    // The old alias is not offered; its current name is.
    await zone.fill('Asm');
    await page.getByRole('option', { name: /Africa\/Asmara$/ }).waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[role="listbox"] [role="option"]').length === 1, null, { timeout: 5000 }).catch(() => {});
    const asmara = await listed.allInnerTexts();
    assert(asmara.length === 1 && asmara[0].endsWith('Africa/Asmara'), `"Asm" offers: ${asmara.join(' | ')}`);
    await page.keyboard.press('Escape');
    await chooseOption(page, zone, 'Nairobi', '(UTC+03:00) Nairobi, Kenya — Africa/Nairobi');
    const chosen = await zone.inputValue();
    assert(chosen.endsWith('Africa/Nairobi'), `after choosing Nairobi again the field reads "${chosen}"`);
  });

  await check('creating the two-day draft confirms it and lands in its editor', async () => {
    const form = page.getByRole('form', { name: 'New event' });
    await form.getByLabel('Kind', { exact: true }).selectOption({ label: 'Conference' });
    await form.getByLabel('Title', { exact: true }).fill(TITLE);
    await form.getByLabel('Starts', { exact: true }).fill(`${DAY1}T09:00`);
    await form.getByLabel('Ends', { exact: true }).fill(`${DAY2}T17:00`);
    await form.getByLabel('Online link', { exact: true }).fill('https://meet.example.org/observers');
    await form.getByRole('checkbox', { name: 'French' }).check();
    await form.getByLabel('Hold a freed seat for').selectOption({ label: '2 days' });
    await form.getByRole('button', { name: 'Create draft event' }).click();
    await waitForPath(page, /^\/events\/[^/]+\/edit$/);
    eventId = new URL(page.url()).pathname.split('/')[2];
    const confirmation = page.locator('.editor-confirmation');
    await confirmation.waitFor();
    assert((await confirmation.innerText()).startsWith('Draft created.'), 'no "Draft created." confirmation');
    const focused = await page.evaluate(() => document.activeElement?.classList.contains('editor-confirmation'));
    assert(focused, 'focus did not move to the confirmation');
    const details = page.getByRole('form', { name: 'Details' });
    // The combobox fills in its text once its list is built: wait for it rather than read once.
    const zoneText = await page
      .waitForFunction(
        () => [...document.querySelectorAll('[role="combobox"]')].find((e) => e.value.endsWith('Africa/Nairobi'))?.value ?? false,
        null,
        { timeout: 5000 },
      )
      .then((handle) => handle.jsonValue(), () => details.getByRole('combobox', { name: 'Time zone' }).inputValue());
    assert(String(zoneText).endsWith('Africa/Nairobi'), `the zone was not saved: "${zoneText}"`);
    assert(await details.getByRole('checkbox', { name: 'French' }).isChecked(), 'French was not saved');
  });

  const programme = page.getByRole('region', { name: 'Programme', exact: true });

  async function addSession(title, expectedStart, expectedEnd) {
    await programme.getByRole('button', { name: 'Add session', exact: true }).click();
    const form = page.getByRole('form', { name: 'Add a session' });
    await form.waitFor();
    const adders = await page.getByRole('button', { name: 'Add session', exact: true }).count();
    assert(adders === 1, `${adders} "Add session" buttons while adding one`);
    const start = await form.getByLabel(/^Session starts/).inputValue();
    const end = await form.getByLabel(/^Session ends/).inputValue();
    assert(start === expectedStart && end === expectedEnd, `"${title}" defaults to ${start}–${end}, expected ${expectedStart}–${expectedEnd}`);
    await form.getByLabel('Session title').fill(title);
    await form.getByRole('button', { name: 'Add session', exact: true }).click();
    await form.waitFor({ state: 'detached' });
    await programme.getByRole('group', { name: new RegExp(`^${title}, `) }).waitFor();
  }

  await check('a new session starts with the event, the next one where the previous ends', async () => {
    await addSession('Opening plenary', `${DAY1}T09:00`, `${DAY1}T10:00`);
    await addSession('Observer safety panel', `${DAY1}T10:00`, `${DAY1}T11:00`);
  });

  // Named "Summary and publishing" for a draft, "Summary" once published.
  const summary = page.getByRole('complementary', { name: /^Summary/ });

  await check('the summary beside the details says what will be published and to whom', async () => {
    await summary.waitFor();
    const text = await summary.innerText();
    for (const part of [TITLE, OWN_ORG, NETWORK_WHO, '2 sessions', '(Nairobi)']) {
      assert(text.includes(part), `the summary lacks "${part}":\n${text}`);
    }
    // On a desktop it sits beside the form, reachable without scrolling past the details.
    const box = await summary.boundingBox();
    const form = await page.getByRole('form', { name: 'Details' }).boundingBox();
    assert(box && form && box.x > form.x + form.width - 1, 'the summary is not beside the details');
    await reviewPage(page, 'editor-existing');
  });

  await check('publishing from the summary says who can see it', async () => {
    await summary.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('status').filter({ hasText: `The event is published. Who can see it: ${NETWORK_WHO}` }).waitFor();
    await summary.getByText('Who can see it', { exact: true }).waitFor();
    await summary.locator('.status-badge').filter({ hasText: /^Published$/ }).waitFor();
    await summary.locator('.visibility-badge').filter({ hasText: 'Network' }).waitFor();
  });

  await check('someone who manages both organizations hands the event to another host', async () => {
    const details = page.getByRole('form', { name: 'Details' });
    const host = details.getByLabel('Host organization');
    const label = await host.locator('option').filter({ hasText: OTHER_HOST }).first().textContent();
    await host.selectOption({ label: label.trim() });
    await details.getByRole('button', { name: 'Save changes' }).click();
    await page.getByRole('status').filter({ hasText: 'Changes saved.' }).waitFor();
    await summary.getByText(OTHER_HOST).waitFor();
  });

  await check('the event page says where (online), with badges, organizer buttons and add-to-calendar', async () => {
    await page.goto(`${BASE_URL}/events/${eventId}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const where = await page.getByText('Where', { exact: true }).locator('xpath=following-sibling::dd[1]').innerText();
    assert(where.trim() === 'Online', `Where says "${where}"`);
    await page.locator('.event-badges .status-badge').filter({ hasText: 'Published' }).waitFor();
    await page.locator('.event-badges .visibility-badge').filter({ hasText: 'Network' }).waitFor();
    const edit = page.getByRole('link', { name: 'Edit event and programme' });
    assert((await edit.getAttribute('class'))?.includes('button'), 'the edit link is not a button');
    await checkHoverAndFocus(page, edit, 'Edit event and programme');
    const calendar = page.locator('.add-to-calendar summary');
    await calendar.click();
    await page.getByText('private calendar feed').waitFor();
    await reviewPage(page, 'event-page');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`  · screenshot: ${SCREENSHOT}`);
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
