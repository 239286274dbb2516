#!/usr/bin/env node
// End-to-end check of the observer's phone form (issue 10) against a running Pluralis server in
// its embedded default (development SMS outbox). It sets up its own mission, so it does not
// depend on the demo seed's:
//  1. as the demo admin, through GraphQL: a mission (createMission) in the first member
//     organization, three levels of locations (importLocations, a CSV upload), a checklist form
//     of four questions (createForm), an observer (createPerson with a phone, addMissionMember
//     as OBSERVER; importObservers as a fallback), a deployment to the station with the form
//     (deployObserver), and an account by SMS (inviteToAccount, the link from devSmsOutbox,
//     acceptAccountInvitation);
//  2. in a phone-sized browser (390x844): the observer signs in with a code sent by SMS, opens
//     /observe, the mission and the form; the service worker takes control; the browser goes
//     OFFLINE and reloads the form (served from the precached app shell and IndexedDB); a
//     missing required answer is refused on the spot; the observer fills and sends it and sees
//     "1 waiting to send"; back ONLINE the header says "All sent" and the station shows "Sent";
//     the admin sees exactly one report (missionReports totalCount 1);
//  3. the observer reports an incident, which syncs too (missionIncidents totalCount 1);
//  4. the observer switches to Arabic: <html dir="rtl" lang="ar">, Arabic labels on screen.
//
// Uses playwright-core with the system Chromium (no browser download). Runs alone:
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=admin@pluralis.example E2E_PASSWORD=pluralis-demo \
//     node web/e2e/observer.e2e.mjs
// Optional: SCREENSHOT (default var/e2e-observer.png), CHROMIUM_PATH, E2E_TIMEOUT_MS.
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { randomInt } from 'node:crypto';
import { assert, check, CheckFailure, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-observer.png');

const RUN = `${process.pid}${randomInt(1000)}`;
const digits = String(randomInt(1_000_000)).padStart(6, '0');
const OBSERVER = {
  name: `Ama Observer ${RUN}`,
  // A Ghanaian mobile number (the mission's country), in E.164.
  phone: `+23324${digits}1`,
  password: `Ama ${RUN} mango lagoon drum`,
};
const STATION = `E2E-${RUN}-001`;
const FORM_NAME = 'Opening checklist';
const FORM_NAME_AR = 'قائمة الافتتاح';
const DEFINITION = {
  questions: [
    {
      code: 'AA',
      type: 'yes_no',
      required: true,
      labels: { en: 'Did the station open on time?', fr: 'Le bureau a-t-il ouvert à l’heure ?', es: '¿Abrió la mesa a tiempo?', ar: 'هل فُتح المركز في الموعد؟' },
    },
    {
      code: 'AB',
      type: 'integer',
      required: true,
      min: 0,
      max: 2000,
      labels: { en: 'Voters in the queue at opening', ar: 'عدد الناخبين في الطابور عند الافتتاح' },
    },
    {
      code: 'AC',
      type: 'single_choice',
      labels: { en: 'Who opened the station?', ar: 'من فتح المركز؟' },
      options: [
        { value: 1, labels: { en: 'The presiding officer', ar: 'رئيس المركز' } },
        { value: 2, labels: { en: 'A deputy', ar: 'نائب' } },
      ],
    },
    { code: 'AD', type: 'text', labels: { en: 'Remarks', ar: 'ملاحظات' } },
  ],
  rules: [],
};

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A GraphQL request from `page` (its session cookie); fails the check on GraphQL errors. */
async function gql(page, query, variables = {}) {
  const body = await page.evaluate(
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
  if (body.errors?.length) throw new CheckFailure(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 600)}`);
  return body.data;
}

/** A CSV upload (GraphQL multipart request spec), with the header the server asks of browsers. */
async function upload(page, query, variables, csv) {
  const body = await page.evaluate(
    async ([q, v, text]) => {
      const form = new FormData();
      form.append('operations', JSON.stringify({ query: q, variables: { ...v, file: null } }));
      form.append('map', JSON.stringify({ 0: ['variables.file'] }));
      form.append('0', new Blob([text], { type: 'text/csv' }), 'upload.csv');
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'X-Pluralis-Upload': '1' },
        body: form,
      });
      return response.json();
    },
    [query, variables, csv],
  );
  if (body.errors?.length) throw new CheckFailure(`GraphQL errors: ${JSON.stringify(body.errors).slice(0, 600)}`);
  return body.data;
}

function noErrors(payload, what) {
  assert(payload, `${what}: no payload`);
  assert(payload.errors.length === 0, `${what}: ${JSON.stringify(payload.errors)}`);
}

/** The newest SMS to `phone` in the development outbox whose text matches `pattern`. */
async function fromSmsOutbox(page, phone, pattern, skip = null) {
  const deadline = Date.now() + TIMEOUT * 2;
  while (Date.now() < deadline) {
    const data = await gql(page, '{ devSmsOutbox(first: 50) { to body createdAt } }');
    const messages = (data.devSmsOutbox ?? []).filter((m) => m.to.replace(/[\s-]/g, '') === phone);
    messages.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    for (const message of messages) {
      if (skip && skip.test(message.body)) continue;
      const match = pattern.exec(message.body);
      if (match) return match[1] ?? match[0];
    }
    await sleep(500);
  }
  throw new CheckFailure(`no SMS to ${phone} matching ${pattern} in the development outbox`);
}

/** The observer's text in the page header (the sync state), polled until it matches. */
async function expectSync(page, pattern) {
  const status = page.getByTestId('sync-status');
  const deadline = Date.now() + TIMEOUT * 3; // the retry loop runs every 30 s at worst
  let text = '';
  while (Date.now() < deadline) {
    text = (await status.innerText().catch(() => '')).trim();
    if (pattern.test(text)) return text;
    await sleep(250);
  }
  throw new CheckFailure(`the sync state says "${text}", expected ${pattern}`);
}

async function setUp(admin) {
  const ids = {};
  await check('the admin creates a mission with three levels of locations and a checklist form', async () => {
    const orgs = await gql(admin, '{ organizations(first: 100, filter: { kind: MEMBER }) { nodes { id name } } }');
    const org = orgs.organizations.nodes[0];
    assert(org, 'no member organization');
    ids.org = org.id;
    const created = (
      await gql(
        admin,
        `mutation ($input: CreateMissionInput!) { createMission(input: $input) { mission { id } errors { field message } } }`,
        {
          input: {
            organizationId: org.id,
            name: `E2E election ${RUN}`,
            country: 'GH',
            timeZone: 'Africa/Accra',
            electionDates: ['2026-12-07'],
            phase: 'ELECTION_DAY',
          },
        },
      )
    ).createMission;
    noErrors(created, 'createMission');
    ids.mission = created.mission.id;

    const csv = [
      'code;name;parent_code;registered_voters;latitude;longitude',
      `E2E-${RUN};Greater Accra;;;;`,
      `E2E-${RUN}-D;Accra Metro;E2E-${RUN};;;`,
      `${STATION};Independence Avenue School;E2E-${RUN}-D;640;5.5560;-0.1969`,
    ].join('\n');
    const imported = (
      await upload(
        admin,
        `mutation ($missionId: ID!, $file: Upload!) { importLocations(missionId: $missionId, file: $file, dryRun: false) {
           result { ok created problems { line column message } } errors { field message } } }`,
        { missionId: ids.mission },
        csv,
      )
    ).importLocations;
    noErrors(imported, 'importLocations');
    assert(imported.result.ok, `importLocations: ${JSON.stringify(imported.result)}`);
    const found = await gql(
      admin,
      'query ($missionId: ID!, $search: String) { missionLocations(missionId: $missionId, search: $search) { nodes { id code isStation } } }',
      { missionId: ids.mission, search: STATION },
    );
    ids.station = found.missionLocations.nodes.find((l) => l.code === STATION)?.id;
    assert(ids.station, `station ${STATION} not found after the import`);

    const form = (
      await gql(
        admin,
        `mutation ($missionId: ID!, $input: CreateFormInput!) { createForm(missionId: $missionId, input: $input) {
           form { id currentVersion } errors { field message } } }`,
        {
          missionId: ids.mission,
          input: {
            kind: 'CHECKLIST',
            code: 'ST',
            names: [
              { language: 'en', text: FORM_NAME },
              { language: 'fr', text: 'Liste d’ouverture' },
              { language: 'es', text: 'Lista de apertura' },
              { language: 'ar', text: FORM_NAME_AR },
            ],
            definition: JSON.stringify(DEFINITION),
          },
        },
      )
    ).createForm;
    noErrors(form, 'createForm');
    ids.form = form.form.id;
  });

  await check('the admin adds an observer with a phone and deploys them to the station with the form', async () => {
    const person = (
      await gql(
        admin,
        'mutation ($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { field message } } }',
        {
          input: {
            organizationId: ids.org,
            role: 'OBSERVER',
            name: OBSERVER.name,
            phones: [{ number: OBSERVER.phone }],
            preferredLanguage: 'en',
            timeZone: 'Africa/Accra',
          },
        },
      )
    ).createPerson;
    noErrors(person, 'createPerson');
    ids.person = person.person.id;
    const member = (
      await gql(
        admin,
        `mutation ($missionId: ID!, $personId: ID!) { addMissionMember(missionId: $missionId, personId: $personId, role: OBSERVER) {
           member { id } errors { field message } } }`,
        { missionId: ids.mission, personId: ids.person },
      )
    ).addMissionMember;
    if (member.member && member.errors.length === 0) {
      ids.observer = member.member.id;
    } else {
      // The roster's other way in: an observers CSV naming the same phone.
      const imported = (
        await upload(
          admin,
          `mutation ($missionId: ID!, $file: Upload!) { importObservers(missionId: $missionId, file: $file, dryRun: false) {
             result { ok problems { line column message } } errors { field message } } }`,
          { missionId: ids.mission },
          `name;phone;language;kind\n${OBSERVER.name};${OBSERVER.phone};en;short_term\n`,
        )
      ).importObservers;
      noErrors(imported, 'importObservers');
      assert(imported.result.ok, `importObservers: ${JSON.stringify(imported.result)}`);
      const roster = await gql(
        admin,
        'query ($missionId: ID!, $search: String) { missionObservers(missionId: $missionId, search: $search) { nodes { id name } } }',
        { missionId: ids.mission, search: OBSERVER.name },
      );
      ids.observer = roster.missionObservers.nodes[0]?.id;
      assert(ids.observer, `addMissionMember refused (${JSON.stringify(member.errors)}) and the import found no observer`);
    }
    const deployed = (
      await gql(
        admin,
        `mutation ($observerId: ID!, $locationId: ID!, $formIds: [ID!]!) {
           deployObserver(observerId: $observerId, locationId: $locationId, formIds: $formIds) { deployment { id } errors { field message } } }`,
        { observerId: ids.observer, locationId: ids.station, formIds: [ids.form] },
      )
    ).deployObserver;
    noErrors(deployed, 'deployObserver');
  });

  await check('the observer gets an account through an SMS invitation', async () => {
    const invited = (
      await gql(
        admin,
        'mutation ($personId: ID!) { inviteToAccount(personId: $personId, channel: SMS) { invitation { id } errors { field message } } }',
        { personId: ids.person },
      )
    ).inviteToAccount;
    noErrors(invited, 'inviteToAccount');
    const token = await fromSmsOutbox(admin, OBSERVER.phone, /\/join\/([A-Za-z0-9_~.-]+)/);
    const accepted = (
      await gql(
        admin,
        'mutation ($token: String!, $password: String!) { acceptAccountInvitation(token: $token, password: $password) { user { id } errors { field message } } }',
        { token, password: OBSERVER.password },
      )
    ).acceptAccountInvitation;
    noErrors(accepted, 'acceptAccountInvitation');
  });
  return ids;
}

async function signInObserver(phone, admin) {
  await phone.goto(`${BASE_URL}/observe`);
  await waitForPath(phone, '/sign-in');
  await phone.getByRole('link', { name: 'Sign in with a code sent by SMS' }).click();
  await waitForPath(phone, '/sign-in/code');
  await phone.getByLabel('Phone number').fill(OBSERVER.phone);
  await phone.getByRole('button', { name: 'Send a code' }).click();
  await phone.getByLabel('Code from the SMS').waitFor();
  // The invitation SMS has a link whose token may hold six digits in a row: skip it.
  const code = await fromSmsOutbox(admin, OBSERVER.phone, /(?<![\w/-])(\d{6})(?![\w-])/, /\/join\//);
  await phone.getByLabel('Code from the SMS').fill(code);
  await phone.getByRole('button', { name: 'Sign in' }).click();
  await waitForPath(phone, '/observe');
}

async function main() {
  console.log(`e2e: observer at ${BASE_URL}`);
  const browser = await launch(CHROMIUM);
  const adminContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  adminContext.setDefaultTimeout(TIMEOUT);
  const admin = await adminContext.newPage();
  watch(admin);

  await check('the admin signs in', async () => {
    await admin.goto(`${BASE_URL}/sign-in`);
    await admin.getByLabel('Email').fill(EMAIL);
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(admin, /^\/(?!sign-in)/);
    const me = await gql(admin, '{ me { id } }');
    assert(me.me, 'no session after signing in');
  });

  const ids = await setUp(admin);

  const phoneContext = await browser.newContext({
    viewport: { width: 390, height: 844 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
    timezoneId: 'Africa/Accra',
  });
  phoneContext.setDefaultTimeout(TIMEOUT);
  const phone = await phoneContext.newPage();
  const pageErrors = watch(phone);
  const formPath = `/observe/${ids.mission}/report/${ids.station}/${ids.form}`;

  await check('the observer signs in with an SMS code and sees the mission, the station and the form', async () => {
    await signInObserver(phone, admin);
    await phone.getByRole('heading', { level: 1, name: 'My missions' }).waitFor();
    await phone.getByRole('link', { name: `E2E election ${RUN}` }).waitFor();
    await reviewPage(phone, 'observe-missions');
    await checkHoverAndFocus(phone, phone.getByRole('link', { name: `E2E election ${RUN}` }), 'Mission link');
    await phone.getByRole('link', { name: `E2E election ${RUN}` }).click();
    await waitForPath(phone, `/observe/${ids.mission}`);
    const station = phone.getByRole('listitem', { name: /Independence Avenue School/ });
    await station.getByText('Not sent yet').waitFor();
    await reviewPage(phone, 'observe-assignments');
    await checkHoverAndFocus(phone, station.getByRole('link', { name: FORM_NAME }), 'Form link');
    await station.getByRole('link', { name: FORM_NAME }).click();
    await waitForPath(phone, formPath);
    await phone.getByRole('heading', { level: 1, name: FORM_NAME }).waitFor();
    await phone.getByText('All sent').waitFor();
    await reviewPage(phone, 'observe-report-form');
    await checkHoverAndFocus(phone, phone.getByRole('button', { name: 'Send report' }), 'Send report button');
  });

  await check('the service worker controls the page, and the form reopens offline', async () => {
    const controlled = await phone.evaluate(async () => {
      await navigator.serviceWorker.ready;
      for (let i = 0; i < 50 && !navigator.serviceWorker.controller; i += 1) await new Promise((r) => setTimeout(r, 100));
      return Boolean(navigator.serviceWorker.controller);
    });
    assert(controlled, 'no service worker controls the page');
    await phoneContext.setOffline(true);
    await phone.reload({ waitUntil: 'domcontentloaded' });
    await phone.getByRole('heading', { level: 1, name: FORM_NAME }).waitFor();
    await phone.getByText(/offline/i).first().waitFor();
  });

  await check('offline, a missing required answer is refused on the spot', async () => {
    await phone.getByRole('textbox', { name: /AB Voters in the queue/ }).fill('37');
    await phone.getByRole('button', { name: 'Send report' }).click();
    await phone.getByText('Please answer this question.').waitFor();
    await reviewPage(phone, 'observe-report-form-errors');
    assert(phone.url().endsWith(formPath), `the page left the form: ${phone.url()}`);
  });

  await check('offline, the filled report is queued: "1 waiting to send"', async () => {
    await phone.getByRole('radio', { name: 'Yes' }).check();
    await phone.getByRole('radio', { name: 'A deputy' }).check();
    await phone.getByRole('textbox', { name: /AD Remarks/ }).fill('Opened with a short delay for the seals.');
    await phone.getByRole('button', { name: 'Send report' }).click();
    await waitForPath(phone, `/observe/${ids.mission}`);
    await expectSync(phone, /^1 waiting to send/);
    const station = phone.getByRole('listitem', { name: /Independence Avenue School/ });
    await station.getByText('Waiting to send').waitFor();
    await reviewPage(phone, 'observe-assignments-waiting');
    const reports = await gql(admin, 'query ($m: ID!) { missionReports(missionId: $m) { totalCount } }', { m: ids.mission });
    assert(reports.missionReports.totalCount === 0, `the server has ${reports.missionReports.totalCount} reports while offline`);
  });

  await check('back online, it syncs: "All sent", the station shows it sent, the server has exactly one report', async () => {
    await phoneContext.setOffline(false);
    await expectSync(phone, /^All sent/);
    const station = phone.getByRole('listitem', { name: /Independence Avenue School/ });
    await station.getByText('Sent', { exact: true }).waitFor();
    const reports = await gql(
      admin,
      'query ($m: ID!) { missionReports(missionId: $m) { totalCount nodes { answers { question value choices } } } }',
      { m: ids.mission },
    );
    assert(reports.missionReports.totalCount === 1, `expected 1 report, the server has ${reports.missionReports.totalCount}`);
    const answers = Object.fromEntries(reports.missionReports.nodes[0].answers.map((a) => [a.question, a.value]));
    assert(answers.AA === 'yes' && answers.AB === '37' && answers.AC === '2', `answers: ${JSON.stringify(answers)}`);
  });

  await check('the observer reports an incident, which syncs too', async () => {
    await phone.getByRole('link', { name: 'Report an incident' }).click();
    await waitForPath(phone, `/observe/${ids.mission}/incident`);
    await phone.getByLabel('What kind of incident').waitFor();
    await reviewPage(phone, 'observe-incident');
    await phone.getByLabel('What kind of incident').selectOption('INTIMIDATION');
    await phone.getByRole('radio', { name: 'Medium' }).check();
    await phone.getByLabel('What happened').fill('Party agents photographing voters at the entrance.');
    await phone.getByRole('button', { name: 'Send incident' }).click();
    await waitForPath(phone, `/observe/${ids.mission}`);
    await expectSync(phone, /^All sent/);
    const deadline = Date.now() + TIMEOUT;
    let total = 0;
    while (Date.now() < deadline) {
      total = (await gql(admin, 'query ($m: ID!) { missionIncidents(missionId: $m) { totalCount } }', { m: ids.mission }))
        .missionIncidents.totalCount;
      if (total === 1) break;
      await sleep(300);
    }
    assert(total === 1, `expected 1 incident, the server has ${total}`);
  });

  await check('in Arabic the page is right to left, with Arabic labels', async () => {
    await phone.getByRole('combobox', { name: 'Language' }).selectOption('ar');
    await phone.getByText('تم إرسال الكل').waitFor();
    const html = await phone.evaluate(() => ({ dir: document.documentElement.dir, lang: document.documentElement.lang }));
    assert(html.dir === 'rtl' && html.lang === 'ar', `<html dir="${html.dir}" lang="${html.lang}">`);
    await phone.goto(`${BASE_URL}${formPath}`);
    await phone.getByRole('heading', { level: 1, name: FORM_NAME_AR }).waitFor();
    await phone.getByText('هل فُتح المركز في الموعد؟').waitFor();
    await phone.getByText('نعم').first().waitFor();
    const dir = await phone.evaluate(() => document.documentElement.dir);
    assert(dir === 'rtl', `after a reload the page is ${dir}, the choice was not remembered`);
    await phone.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`  · screenshot: ${SCREENSHOT}`);
    await reviewPage(phone, 'observe-report-form-arabic');
  });

  await check('no uncaught errors in the observer’s page', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
