#!/usr/bin/env node
// End-to-end check of mission setup (issue 10, organizer side) against a running, freshly seeded
// Pluralis server in its embedded default (development mailbox):
//  1. the demo admin creates a mission for the Ghanaian member organization on /missions/new;
//  2. on the mission's Import page, a stations CSV of 2,000 polling stations in three levels
//     (10 regions > 10 districts > 20 stations, generated here) with ONE unknown parent is
//     checked: the problem is listed with its line and column, and Import stays disabled; the
//     fixed file is checked (clean), then imported ("Created …");
//  3. the same for an observers CSV of 50 observers with Ghanaian mobile numbers (one bad phone
//     first); the roster lists their names;
//  4. through GraphQL as the admin: a partner person with an email in a partner organization,
//     invited by email (link read from the development mailbox), who opens the account with a
//     password; addMissionMember PARTNER_VIEWER;
//  5. the partner signs in in the browser and opens the roster and the mission page: no
//     observer's name or phone appears anywhere in the page text (the roster says "hidden").
//
// Creates everything it needs (unique per run), so it does not depend on the seed's mission.
// Uses playwright-core with the system Chromium (no browser download):
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=admin@pluralis.example E2E_PASSWORD=pluralis-demo \
//     node web/e2e/missions.e2e.mjs
// Optional: SCREENSHOT (default var/e2e-missions.png; also -import and -partner shots),
//           E2E_MISSION_ORG (default "Coalition for Domestic Election Observers"),
//           E2E_PARTNER_ORG (default: the first partner organization),
//           CHROMIUM_PATH, E2E_TIMEOUT_MS (default 15000).
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { randomInt } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { assert, check, CheckFailure, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-missions.png');
const MISSION_ORG = process.env.E2E_MISSION_ORG || 'Coalition for Domestic Election Observers';
const PARTNER_ORG = process.env.E2E_PARTNER_ORG || '';
const shot = (suffix) => SCREENSHOT.replace(/(\.png)?$/i, `-${suffix}.png`);
const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);
// Imports of a few thousand rows take longer than a click.
const IMPORT_TIMEOUT = TIMEOUT * 4;

// Unique per run, so the script can run again against the same server.
const RUN = `${process.pid}${randomInt(1000)}`;
const MISSION_NAME = `Ghana e2e mission ${RUN}`;
// Observers' names carry a token found nowhere else, so "no name on the page" is a plain search.
const NAME_TOKEN = `Obsv${RUN}q`;
const PARTNER = {
  name: `Petra Partner ${RUN}`,
  email: `petra.${RUN}@example.org`,
  password: `Petra ${RUN} amber river compass`,
};

// ---------- the CSV files ----------

const REGIONS = 10;
const DISTRICTS = 10; // per region
const STATIONS = 20; // per district: 10 × 10 × 20 = 2,000 polling stations

/** Stations in three levels; `badLine` (1-based, header = 1) gets an unknown parent when given. */
function stationsCsv({ broken }) {
  const lines = ['code;name;parent_code;registered_voters;latitude;longitude'];
  let bad = null;
  for (let r = 1; r <= REGIONS; r += 1) {
    const region = `R${String(r).padStart(2, '0')}`;
    lines.push(`${region};Region ${r};;;;`);
    for (let d = 1; d <= DISTRICTS; d += 1) {
      const district = `${region}-D${String(d).padStart(2, '0')}`;
      lines.push(`${district};District ${r}.${d};${region};;;`);
      for (let s = 1; s <= STATIONS; s += 1) {
        const code = `${district}-S${String(s).padStart(3, '0')}`;
        const voters = 400 + ((r * 37 + d * 11 + s * 7) % 900);
        let parent = district;
        // One bad row in the middle of the file: a parent that does not exist.
        if (broken && r === 5 && d === 5 && s === 5) {
          parent = 'NO-SUCH-DISTRICT';
          bad = { line: lines.length + 1, code };
        }
        lines.push(`${code};Polling station ${r}.${d}.${s};${parent};${voters};;`);
      }
    }
  }
  return { text: `${lines.join('\n')}\n`, rows: lines.length - 1, bad };
}

const OBSERVERS = 50;
// Ghanaian mobile numbers (+233 20 …), distinct per run.
const PHONE_BLOCK = String(100 + randomInt(900));
const observerPhone = (n) => ({ spaced: `+233 20 ${PHONE_BLOCK} ${String(n).padStart(4, '0')}`, national: `020${PHONE_BLOCK}${String(n).padStart(4, '0')}` });
const observerName = (n) => `Ama ${NAME_TOKEN} ${String(n).padStart(2, '0')}`;

function observersCsv({ broken }) {
  const lines = ['code;name;phone;email;language;kind;stations;forms'];
  let bad = null;
  for (let n = 1; n <= OBSERVERS; n += 1) {
    let phone = observerPhone(n).spaced;
    if (broken && n === 17) {
      phone = '+233 12'; // too short to be a number
      bad = { line: lines.length + 1 };
    }
    lines.push(`;${observerName(n)};${phone};;${n % 4 === 0 ? 'fr' : 'en'};${n % 5 === 0 ? 'long_term' : 'short_term'};;`);
  }
  return { text: `${lines.join('\n')}\n`, bad };
}

// ---------- helpers ----------

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

/** The data of a GraphQL answer, failing on GraphQL errors and on payload errors at `field`. */
async function mutate(page, query, variables, field) {
  const result = await graphql(page, query, variables);
  const payload = result?.data?.[field];
  assert(!result.errors && payload, `${field}: ${JSON.stringify(result).slice(0, 400)}`);
  assert(!payload.errors || payload.errors.length === 0, `${field}: ${JSON.stringify(payload.errors)}`);
  return payload;
}

async function signIn(page, email, password) {
  await page.goto(`${BASE_URL}/sign-in`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Choose a file in a section, press "Check file", and wait for its outcome. */
async function checkFile(section, label, file) {
  await section.getByLabel(label).setInputFiles(file);
  await section.getByRole('button', { name: 'Check file' }).click();
  await section
    .getByText(/^The file (is clean|has \d[\d,]* problems?)/)
    .first()
    .waitFor({ timeout: IMPORT_TIMEOUT });
}

/** The problems table of a section, as [line, column, message] rows. */
async function problems(section) {
  const rows = section.getByRole('table', { name: 'Problems in the file' }).locator('tbody tr');
  return rows.evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.innerText.trim())));
}

async function importChecked(section) {
  const button = section.getByRole('button', { name: 'Import', exact: true });
  assert(await button.isEnabled(), 'Import is not enabled after a clean check');
  await button.click();
  const done = section.getByText(/^Created [\d,]+, updated [\d,]+, unchanged [\d,]+\.$/);
  await done.waitFor({ timeout: IMPORT_TIMEOUT });
  const match = /^Created ([\d,]+), updated ([\d,]+), unchanged ([\d,]+)/.exec(await done.innerText());
  const number = (text) => Number(text.replace(/,/g, ''));
  return { created: number(match[1]), updated: number(match[2]), unchanged: number(match[3]) };
}

const squash = (text) => text.replace(/[\s\u00a0().-]/g, '');

async function main() {
  console.log(`e2e: missions at ${BASE_URL} (run ${RUN})`);
  const dir = mkdtempSync(path.join(tmpdir(), 'pluralis-missions-e2e-'));
  const files = {
    badStations: path.join(dir, 'stations.csv'),
    stations: path.join(dir, 'stations-fixed.csv'),
    badObservers: path.join(dir, 'observers.csv'),
    observers: path.join(dir, 'observers-fixed.csv'),
  };
  const brokenStations = stationsCsv({ broken: true });
  const fixedStations = stationsCsv({ broken: false });
  const brokenObservers = observersCsv({ broken: true });
  writeFileSync(files.badStations, brokenStations.text);
  writeFileSync(files.stations, fixedStations.text);
  writeFileSync(files.badObservers, brokenObservers.text);
  writeFileSync(files.observers, observersCsv({ broken: false }).text);
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));

  const browser = await launch(CHROMIUM);
  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-US' };
  const adminContext = await browser.newContext(contextOptions);
  adminContext.setDefaultTimeout(TIMEOUT);
  const admin = await adminContext.newPage();
  const pageErrors = watch(admin);

  await check('the demo admin signs in', async () => {
    await signIn(admin, EMAIL, PASSWORD);
    await waitForPath(admin, '/organizations');
  });

  let missionId;
  await check(`the admin creates "${MISSION_NAME}" for ${MISSION_ORG} on /missions/new`, async () => {
    await admin.goto(`${BASE_URL}/missions`);
    await admin.getByRole('heading', { level: 1, name: 'Missions' }).waitFor();
    await admin.waitForLoadState('networkidle').catch(() => {});
    await reviewPage(admin, 'missions');
    // A link styled as a button: its text must survive hover (the old a:hover colour beat it).
    await checkHoverAndFocus(admin, admin.getByRole('link', { name: 'New mission' }), 'New mission link');
    await admin.getByRole('link', { name: 'New mission' }).click();
    await waitForPath(admin, '/missions/new');
    const form = admin.getByRole('form', { name: 'New mission' });
    await form.getByLabel('Organization').locator('option', { hasText: MISSION_ORG }).first().waitFor({ state: 'attached' });
    await reviewPage(admin, 'mission-new');
    await form.getByLabel('Organization').selectOption({ label: MISSION_ORG });
    await form.getByLabel('Name', { exact: true }).fill(MISSION_NAME);
    await form.getByLabel('Country', { exact: true }).fill('GH');
    await form.getByLabel('Time zone').selectOption('Africa/Accra');
    // Any date works; a date some weeks ahead reads naturally on any day the script runs.
    const electionDay = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
    await form.getByLabel('Election date 1').fill(electionDay);
    await checkHoverAndFocus(admin, form.getByRole('button', { name: 'Create mission' }), 'Create mission button');
    await form.getByRole('button', { name: 'Create mission' }).click();
    await waitForPath(admin, /^\/missions\/(?!new$)[^/]+$/);
    missionId = decodeURIComponent(new URL(admin.url()).pathname.split('/')[2]);
    await admin.getByRole('heading', { level: 1, name: MISSION_NAME }).waitFor();
    await admin.waitForLoadState('networkidle').catch(() => {});
    await reviewPage(admin, 'mission');
  });

  const stations = admin.getByRole('region', { name: 'Polling stations' });
  await check(`a stations file of ${brokenStations.rows} rows with an unknown parent: the problem is listed with its line`, async () => {
    await admin.getByRole('navigation', { name: 'Mission' }).getByRole('link', { name: 'Import' }).click();
    await waitForPath(admin, `/missions/${missionId}/import`);
    await checkFile(stations, 'Stations CSV file', files.badStations);
    const rows = await problems(stations);
    const { line } = brokenStations.bad;
    const hit = rows.find(([l, column]) => l === String(line) && column === 'parent_code');
    assert(hit, `no problem at line ${line}, column parent_code; listed: ${JSON.stringify(rows.slice(0, 5))}`);
    assert(/NO-SUCH-DISTRICT|parent/i.test(hit[2]), `the message does not name the parent: ${hit[2]}`);
    assert(await stations.getByRole('button', { name: 'Import', exact: true }).isDisabled(), 'Import is enabled after a check with problems');
    await admin.screenshot({ path: shot('import'), fullPage: true });
    await reviewPage(admin, 'mission-import');
    await checkHoverAndFocus(admin, stations.getByRole('button', { name: 'Check file' }), 'Check file button');
  });

  await check('the fixed stations file checks clean and imports: "Created …"', async () => {
    await checkFile(stations, 'Stations CSV file', files.stations);
    await stations.getByText(/^The file is clean/).waitFor();
    const result = await importChecked(stations);
    assert(result.created >= REGIONS * DISTRICTS * STATIONS && result.created <= fixedStations.rows, `created ${result.created} of ${fixedStations.rows} rows`);
  });

  const observers = admin.getByRole('region', { name: 'Observers' });
  await check(`an observers file of ${OBSERVERS} with a bad phone: the problem is listed, then the fixed file imports`, async () => {
    await checkFile(observers, 'Observers CSV file', files.badObservers);
    const rows = await problems(observers);
    const hit = rows.find(([l, column]) => l === String(brokenObservers.bad.line) && column === 'phone');
    assert(hit, `no problem at line ${brokenObservers.bad.line}, column phone; listed: ${JSON.stringify(rows.slice(0, 5))}`);
    assert(await observers.getByRole('button', { name: 'Import', exact: true }).isDisabled(), 'Import is enabled after a check with problems');
    await checkFile(observers, 'Observers CSV file', files.observers);
    await observers.getByText(/^The file is clean/).waitFor();
    const result = await importChecked(observers);
    assert(result.created === OBSERVERS, `created ${result.created} observers, expected ${OBSERVERS}`);
  });

  await check('the roster shows the observers with their names', async () => {
    await admin.getByRole('navigation', { name: 'Mission' }).getByRole('link', { name: 'Observers' }).click();
    await waitForPath(admin, `/missions/${missionId}/observers`);
    await admin.getByText(`Showing ${OBSERVERS} of ${OBSERVERS} observers`).waitFor();
    await admin.getByRole('table', { name: 'Observers' }).getByText(observerName(1), { exact: true }).waitFor();
    await admin.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`  · roster screenshot: ${SCREENSHOT}`);
    await reviewPage(admin, 'mission-observers');
    const nav = admin.getByRole('navigation', { name: 'Mission' });
    await checkHoverAndFocus(admin, nav.getByRole('link', { name: 'Import' }), 'Import link of the mission navigation');
  });

  let partnerId;
  await check(`through GraphQL: ${PARTNER.name} of a partner organization gets an account and the PARTNER_VIEWER role`, async () => {
    const orgs = await graphql(admin, '{ organizations(first: 100, filter: { kind: PARTNER }) { nodes { id name } } }');
    const nodes = orgs?.data?.organizations?.nodes ?? [];
    const org = PARTNER_ORG ? nodes.find((n) => n.name === PARTNER_ORG) : nodes[0];
    assert(org, `no partner organization ${PARTNER_ORG ? `named "${PARTNER_ORG}"` : 'at all'}: ${JSON.stringify(orgs).slice(0, 300)}`);
    const created = await mutate(
      admin,
      'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { field message code } } }',
      { input: { organizationId: org.id, role: 'PARTNER', name: PARTNER.name, email: PARTNER.email } },
      'createPerson',
    );
    partnerId = created.person.id;
    await mutate(
      admin,
      'mutation($personId: ID!) { inviteToAccount(personId: $personId, channel: EMAIL) { invitation { id } errors { field message code } } }',
      { personId: partnerId },
      'inviteToAccount',
    );
    let token = null;
    for (let attempt = 0; attempt < 20 && !token; attempt += 1) {
      const mailbox = await graphql(admin, '{ devMailbox(first: 50) { to text } }');
      const mail = (mailbox?.data?.devMailbox ?? []).find((m) => m.to.toLowerCase().includes(PARTNER.email));
      token = mail ? (/\/join\/([A-Za-z0-9_~.-]+)/.exec(mail.text)?.[1] ?? null) : null;
      if (!token) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    if (!token) throw new CheckFailure(`no invitation with a /join/ link for ${PARTNER.email} in the development mailbox`);
    await mutate(
      admin,
      'mutation($token: String!, $password: String!) { acceptAccountInvitation(token: $token, password: $password) { user { id } errors { field message code } } }',
      { token, password: PARTNER.password },
      'acceptAccountInvitation',
    );
    await mutate(
      admin,
      'mutation($missionId: ID!, $personId: ID!) { addMissionMember(missionId: $missionId, personId: $personId, role: PARTNER_VIEWER) { member { id role } errors { field message code } } }',
      { missionId, personId: partnerId },
      'addMissionMember',
    );
  });

  const partnerContext = await browser.newContext(contextOptions);
  partnerContext.setDefaultTimeout(TIMEOUT);
  const partner = await partnerContext.newPage();
  watch(partner); // the same list of uncaught errors as the admin's page

  await check('the partner signs in and sees the roster with codes only: no observer name or phone anywhere', async () => {
    await signIn(partner, PARTNER.email, PARTNER.password);
    await waitForPath(partner, /^\/(organizations|account\/two-factor)$/);
    await partner.goto(`${BASE_URL}/missions/${missionId}/observers`);
    await partner.getByText(`Showing ${OBSERVERS} of ${OBSERVERS} observers`).waitFor();
    await partner.getByRole('table', { name: 'Observers' }).getByText('hidden').first().waitFor();
    const leaks = async () => {
      const text = await partner.evaluate(() => document.body.innerText);
      const flat = squash(text);
      const found = [];
      if (text.includes(NAME_TOKEN)) found.push(`a name (${NAME_TOKEN})`);
      for (let n = 1; n <= OBSERVERS; n += 1) {
        const phone = observerPhone(n);
        if (flat.includes(squash(phone.spaced)) || flat.includes(phone.national) || flat.includes(phone.national.slice(1))) found.push(`phone ${phone.spaced}`);
      }
      if (text.includes('+233')) found.push('a +233 number');
      return found;
    };
    let found = await leaks();
    assert(found.length === 0, `the roster shows ${found.slice(0, 5).join(', ')}`);
    await partner.screenshot({ path: shot('partner'), fullPage: true });
    await reviewPage(partner, 'mission-observers-partner');

    await partner.goto(`${BASE_URL}/missions/${missionId}`);
    await partner.getByRole('heading', { level: 1, name: MISSION_NAME }).waitFor();
    await partner.waitForLoadState('networkidle').catch(() => {});
    found = await leaks();
    assert(found.length === 0, `the mission page shows ${found.slice(0, 5).join(', ')}`);
    // The API is the real gate: the same list asked for directly carries no names or phones.
    const direct = await graphql(partner, 'query($id: ID!) { missionObservers(missionId: $id, first: 100) { nodes { code name phones } } }', { id: missionId });
    const nodes = direct?.data?.missionObservers?.nodes ?? [];
    assert(nodes.length === OBSERVERS, `the partner lists ${nodes.length} observers: ${JSON.stringify(direct).slice(0, 300)}`);
    assert(nodes.every((o) => o.name === null && o.phones === null), 'the API gives the partner names or phones');
    console.log(`  · partner screenshot: ${shot('partner')}`);
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
