#!/usr/bin/env node
// End-to-end check of review and the incident desk (issue 10, coordinator side) against a running
// Pluralis server in its embedded default (development mailbox and SMS outbox). It builds its own
// mission over GraphQL, so it does not depend on the demo seed's mission:
//  1. setup as the demo admin (Bearer token from signIn): a mission of the network secretariat
//     (Nairobi time, election today, ACTIVE, ELECTION_DAY); the admin's own person added as a
//     COORDINATOR member (so a critical incident notifies them; they have an email); three
//     locations (region > district > station) imported as CSV over a multipart upload
//     (X-Pluralis-Upload: 1); a checklist form with a yes/no question AA and an integer question AB;
//  2. two observers: people with a phone in the network, invited by SMS (the /join/ link read from
//     devSmsOutbox), password chosen with acceptAccountInvitation, signed in with an SMS code
//     (requestSignInCode + devSmsOutbox + signInWithCode); added as OBSERVER members and both
//     deployed to the station with the form;
//  3. observer 1 submits AA=yes, AB=120; observer 2 submits AA=no, AB=120 (their own tokens):
//     a conflict on AA; observer 1 reports a CRITICAL incident at the station;
//  4. a message for the admin with the incident's desk link is in devMailbox or devSmsOutbox;
//  5. in the browser, the admin signs in: /missions/:id/results lists the conflicting station;
//     the station view shows CONFLICT on AA with both observers' values (by code); an override
//     (value "No", a reason) shows the field overridden with its reason and no conflict left;
//  6. the incident desk lists the critical incident, prominently; on its page the admin
//     acknowledges it, adds a note, resolves it with a note; the history shows every step.
// Screenshots: var/e2e-review.png (the station view after the override) and -incident.png.
//
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=admin@pluralis.example E2E_PASSWORD=pluralis-demo \
//     node web/e2e/review.e2e.mjs
// Optional: SCREENSHOT (default var/e2e-review.png), CHROMIUM_PATH, E2E_TIMEOUT_MS (default 15000).
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { randomInt, randomUUID } from 'node:crypto';
import { assert, check, CheckFailure, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-review.png');
const shot = (suffix) => SCREENSHOT.replace(/(\.png)?$/i, `-${suffix}.png`);
const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// Unique names, codes and phones per run, so the script can run again against the same server.
const RUN = `${process.pid}${randomInt(1000)}`;
const MISSION_NAME = `Review check ${RUN}`;
const TIME_ZONE = 'Africa/Nairobi';
const STATION = { code: `ST${RUN}`, name: `Kibera Primary ${RUN}` };
const CSV = [
  'code;name;parent_code;registered_voters',
  `RG${RUN};Nairobi Region ${RUN};;`,
  `DS${RUN};Kibra ${RUN};RG${RUN};`,
  `${STATION.code};${STATION.name};DS${RUN};700`,
].join('\n');
const DEFINITION = JSON.stringify({
  questions: [
    { code: 'AA', type: 'yes_no', labels: { en: 'Did the station open on time?' }, required: true },
    { code: 'AB', type: 'integer', labels: { en: 'Voters in the queue' }, min: 0, max: 5000 },
  ],
  rules: [],
});
const kenyanMobile = () => `+254712${String(randomInt(1_000_000)).padStart(6, '0')}`;
const OBSERVERS = [1, 2].map((n) => ({
  n,
  name: `Review Observer ${n} ${RUN}`,
  phone: kenyanMobile(),
  password: `Observer ${n} ${RUN} copper meadow whistle`,
}));
const INCIDENT_TEXT = `Ballot box seized at the door (${RUN})`;
const OVERRIDE_REASON = `Confirmed by phone with the presiding officer (${RUN})`;

// ---------- GraphQL from this script (Bearer tokens; no browser) ----------

async function gql(token, query, variables = {}) {
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json().catch(() => null);
  if (!body?.data || body.errors?.length) {
    throw new CheckFailure(`GraphQL ${query.slice(0, 60).replace(/\s+/g, ' ')}… answered ${JSON.stringify(body).slice(0, 500)}`);
  }
  return body.data;
}

/** A mutation payload with `errors: []`, or a failure that shows them. */
function ok(payload, what) {
  assert(payload && payload.errors.length === 0, `${what}: ${JSON.stringify(payload?.errors ?? payload)}`);
  return payload;
}

async function upload(token, query, variables, fileVariable, content, filename) {
  const form = new FormData();
  form.append('operations', JSON.stringify({ query, variables: { ...variables, [fileVariable]: null } }));
  form.append('map', JSON.stringify({ 0: [`variables.${fileVariable}`] }));
  form.append('0', new Blob([content], { type: 'text/csv' }), filename);
  const response = await fetch(`${BASE_URL}/graphql`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'X-Pluralis-Upload': '1' },
    body: form,
  });
  const body = await response.json().catch(() => null);
  if (!body?.data || body.errors?.length) throw new CheckFailure(`upload answered HTTP ${response.status}: ${JSON.stringify(body).slice(0, 500)}`);
  return body.data;
}

/** The newest development SMS to `phone` that `pick` accepts (retries until the timeout). */
async function fromSmsOutbox(phone, pick) {
  const deadline = Date.now() + TIMEOUT * 2;
  while (Date.now() < deadline) {
    const data = await gql(null, '{ devSmsOutbox(first: 200) { to body createdAt } }');
    const mine = (data.devSmsOutbox ?? []).filter((sms) => sms.to === phone).sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
    for (const sms of mine) {
      const value = pick(sms.body);
      if (value) return value;
    }
    await sleep(500);
  }
  throw new CheckFailure(`no matching SMS to ${phone} in devSmsOutbox`);
}

const joinToken = (body) => /\/join\/([A-Za-z0-9_~.-]+)/.exec(body)?.[1] ?? null;
const signInCode = (body) => (body.includes('/join/') ? null : (/(?<![\w-])(\d{6})(?![\w-])/.exec(body)?.[1] ?? null));

// ---------- setup ----------

async function signInAdmin() {
  const { signIn } = await gql(null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token errors { message } } }', {
    e: EMAIL,
    p: PASSWORD,
  });
  assert(signIn.token, `the admin could not sign in over GraphQL: ${JSON.stringify(signIn)}`);
  return signIn.token;
}

async function createMission(admin) {
  const me = await gql(admin, '{ me { person { id } } organizations(first: 100) { nodes { id kind } } }');
  const network = me.organizations.nodes.find((o) => o.kind === 'NETWORK_SECRETARIAT');
  assert(network && me.me?.person?.id, `no network organization or admin person: ${JSON.stringify(me).slice(0, 300)}`);
  const today = new Date().toISOString().slice(0, 10);
  const created = ok(
    (
      await gql(admin, 'mutation($input: CreateMissionInput!) { createMission(input: $input) { mission { id } errors { field message } } }', {
        input: { organizationId: network.id, name: MISSION_NAME, country: 'KE', timeZone: TIME_ZONE, electionDates: [today], phase: 'ELECTION_DAY' },
      })
    ).createMission,
    'createMission',
  );
  const missionId = created.mission.id;
  ok(
    (
      await gql(admin, 'mutation($id: ID!, $input: UpdateMissionInput!) { updateMission(id: $id, input: $input) { mission { id } errors { field message } } }', {
        id: missionId,
        input: { status: 'ACTIVE', phase: 'ELECTION_DAY' },
      })
    ).updateMission,
    'updateMission',
  );
  ok(
    (
      await gql(
        admin,
        'mutation($m: ID!, $p: ID!) { addMissionMember(missionId: $m, personId: $p, role: COORDINATOR) { member { id } errors { field message } } }',
        { m: missionId, p: me.me.person.id },
      )
    ).addMissionMember,
    'addMissionMember (the admin as coordinator)',
  );
  return { missionId, organizationId: network.id };
}

async function importStationsAndForm(admin, missionId) {
  const data = await upload(
    admin,
    'mutation($m: ID!, $file: Upload!) { importLocations(missionId: $m, file: $file) { result { ok created problems { line column message } } errors { message } } }',
    { m: missionId },
    'file',
    CSV,
    'stations.csv',
  );
  const result = ok(data.importLocations, 'importLocations').result;
  assert(result.ok && result.created === 3, `importLocations: ${JSON.stringify(result)}`);
  const found = await gql(admin, 'query($m: ID!, $s: String!) { missionLocations(missionId: $m, search: $s) { nodes { id code isStation } } }', {
    m: missionId,
    s: STATION.code,
  });
  const station = found.missionLocations.nodes.find((l) => l.code === STATION.code);
  assert(station?.isStation, `the station ${STATION.code} is not listed as a station: ${JSON.stringify(found)}`);
  const form = ok(
    (
      await gql(admin, 'mutation($m: ID!, $input: CreateFormInput!) { createForm(missionId: $m, input: $input) { form { id } errors { field message } } }', {
        m: missionId,
        input: { kind: 'CHECKLIST', code: 'CK', names: [{ language: 'en', text: 'Opening checklist' }], definition: DEFINITION },
      })
    ).createForm,
    'createForm',
  ).form;
  return { locationId: station.id, formId: form.id };
}

/** A person with a phone, invited by SMS, account opened, signed in with an SMS code: their token. */
async function observerAccount(admin, organizationId, observer) {
  const person = ok(
    (
      await gql(admin, 'mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id } errors { field message } } }', {
        input: { organizationId, role: 'OBSERVER', name: observer.name, phones: [{ number: observer.phone, label: 'mobile' }] },
      })
    ).createPerson,
    `createPerson ${observer.name}`,
  ).person;
  ok(
    (await gql(admin, 'mutation($p: ID!) { inviteToAccount(personId: $p, channel: SMS) { errors { field message } } }', { p: person.id })).inviteToAccount,
    'inviteToAccount',
  );
  const token = await fromSmsOutbox(observer.phone, joinToken);
  ok(
    (
      await gql(null, 'mutation($t: String!, $p: String!) { acceptAccountInvitation(token: $t, password: $p) { errors { field message } } }', {
        t: token,
        p: observer.password,
      })
    ).acceptAccountInvitation,
    'acceptAccountInvitation',
  );
  ok({ ...(await gql(null, 'mutation($ph: String!) { requestSignInCode(phone: $ph) { ok errors { message } } }', { ph: observer.phone })).requestSignInCode }, 'requestSignInCode');
  const code = await fromSmsOutbox(observer.phone, signInCode);
  const { signInWithCode } = await gql(null, 'mutation($ph: String!, $c: String!) { signInWithCode(phone: $ph, code: $c) { token errors { message } } }', {
    ph: observer.phone,
    c: code,
  });
  assert(signInWithCode.token, `signInWithCode: ${JSON.stringify(signInWithCode)}`);
  return { personId: person.id, token: signInWithCode.token };
}

async function deploy(admin, missionId, personId, locationId, formId) {
  const member = ok(
    (
      await gql(admin, 'mutation($m: ID!, $p: ID!) { addMissionMember(missionId: $m, personId: $p, role: OBSERVER) { member { id } errors { field message } } }', {
        m: missionId,
        p: personId,
      })
    ).addMissionMember,
    'addMissionMember (observer)',
  ).member;
  ok(
    (
      await gql(admin, 'mutation($o: ID!, $l: ID!, $f: [ID!]!) { deployObserver(observerId: $o, locationId: $l, formIds: $f) { deployment { id } errors { field message } } }', {
        o: member.id,
        l: locationId,
        f: [formId],
      })
    ).deployObserver,
    'deployObserver',
  );
  return member.id;
}

async function submit(token, formId, locationId, aa, ab) {
  const { submitReport } = await gql(
    token,
    'mutation($input: SubmitReportInput!) { submitReport(input: $input) { report { id status } errors { field message } } }',
    {
      input: {
        idempotencyKey: `e2e-${randomUUID()}`,
        formId,
        locationId,
        answers: [
          { question: 'AA', value: aa },
          { question: 'AB', value: ab },
        ],
      },
    },
  );
  return ok(submitReport, 'submitReport').report;
}

// ---------- the browser ----------

async function main() {
  console.log(`e2e: review at ${BASE_URL} (run ${RUN})`);
  let admin;
  let mission;
  let station;
  const codes = [];
  let incidentId;

  await check('setup: a mission with a station and a checklist, the admin a coordinator of it', async () => {
    admin = await signInAdmin();
    mission = await createMission(admin);
    station = await importStationsAndForm(admin, mission.missionId);
  });

  const tokens = [];
  await check('setup: two observers open accounts by SMS, sign in with codes, and are deployed to the station', async () => {
    for (const observer of OBSERVERS) {
      const account = await observerAccount(admin, mission.organizationId, observer);
      const memberId = await deploy(admin, mission.missionId, account.personId, station.locationId, station.formId);
      tokens.push(account.token);
      observer.memberId = memberId;
    }
    const roster = await gql(admin, 'query($m: ID!) { missionObservers(missionId: $m) { nodes { id code } } }', { m: mission.missionId });
    for (const observer of OBSERVERS) {
      const code = roster.missionObservers.nodes.find((o) => o.id === observer.memberId)?.code;
      assert(code, `no observer code for ${observer.name}`);
      codes.push(code);
    }
  });

  await check('the observers submit conflicting answers, and observer 1 reports a critical incident', async () => {
    await submit(tokens[0], station.formId, station.locationId, 'yes', '120');
    await submit(tokens[1], station.formId, station.locationId, 'no', '120');
    const { reportIncident } = await gql(
      tokens[0],
      'mutation($input: ReportIncidentInput!) { reportIncident(input: $input) { incident { id severity } errors { field message } } }',
      {
        input: {
          idempotencyKey: `e2e-${randomUUID()}`,
          missionId: mission.missionId,
          locationId: station.locationId,
          category: 'VIOLENCE',
          severity: 'CRITICAL',
          description: INCIDENT_TEXT,
          occurredAt: new Date(Date.now() - 10 * 60 * 1000).toISOString(),
        },
      },
    );
    incidentId = ok(reportIncident, 'reportIncident').incident.id;
  });

  await check('the critical incident reached the coordinating admin (development mailbox or SMS outbox)', async () => {
    const link = `/missions/${mission.missionId}/incidents/${incidentId}`;
    const deadline = Date.now() + TIMEOUT * 2;
    for (;;) {
      const data = await gql(null, '{ devMailbox(first: 200) { to subject text } devSmsOutbox(first: 200) { to body } }');
      const mail = (data.devMailbox ?? []).find((m) => m.to.includes(EMAIL) && `${m.subject}\n${m.text}`.includes(link));
      const sms = (data.devSmsOutbox ?? []).find((s) => s.body.includes(link));
      if (mail || sms) break;
      assert(Date.now() < deadline, `no message with ${link} for ${EMAIL} in the development outboxes`);
      await sleep(700);
    }
  });

  const browser = await launch(CHROMIUM);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  context.setDefaultTimeout(TIMEOUT);
  const page = await context.newPage();
  const pageErrors = watch(page);
  const base = `${BASE_URL}/missions/${mission.missionId}`;

  await check('the admin signs in and the results page lists the conflicting station', async () => {
    await page.goto(`${base}/results`);
    await waitForPath(page, '/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, `/missions/${mission.missionId}/results`);
    await page.getByRole('heading', { level: 1, name: 'Results' }).waitFor();
    const conflicts = page.getByRole('region', { name: 'Stations with conflicts' });
    await conflicts.getByRole('link', { name: `${STATION.code} · ${STATION.name}` }).waitFor();
    const reports = page.getByRole('region', { name: 'Reports' });
    await reports.getByText('Showing 2 of 2 reports').waitFor();
    await reviewPage(page, 'mission-results');
  });

  await check('a report opened from the results reads cleanly at both widths', async () => {
    const reports = page.getByRole('region', { name: 'Reports' });
    const link = reports.locator('a[href*="/reports/"]').first();
    await checkHoverAndFocus(page, link, 'Report link in the results');
    await link.click();
    await waitForPath(page, new RegExp(`^/missions/${mission.missionId}/reports/[^/]+$`));
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle').catch(() => {});
    await reviewPage(page, 'mission-report');
    await page.goBack();
    await waitForPath(page, `/missions/${mission.missionId}/results`);
  });

  await check('the station view shows CONFLICT on AA with both observers’ values, by code', async () => {
    await page.getByRole('region', { name: 'Stations with conflicts' }).getByRole('link', { name: `${STATION.code} · ${STATION.name}` }).click();
    await waitForPath(page, `/missions/${mission.missionId}/results/${station.locationId}/${station.formId}`);
    const aa = page.getByRole('listitem', { name: /^AA\b/ });
    await aa.getByText('CONFLICT', { exact: true }).waitFor();
    const values = aa.getByRole('list', { name: "Every observer's value for AA" });
    const text = await values.innerText();
    assert(text.includes(`Observer ${codes[0]}`) && text.includes('Yes'), `observer 1's value is missing: ${text}`);
    assert(text.includes(`Observer ${codes[1]}`) && text.includes('No'), `observer 2's value is missing: ${text}`);
    const ab = page.getByRole('listitem', { name: /^AB\b/ });
    assert((await ab.getByText('CONFLICT', { exact: true }).count()) === 0, 'AB is marked as a conflict though both said 120');
    const body = await page.locator('main').innerText();
    for (const observer of OBSERVERS) assert(!body.includes(observer.name), `the page shows the observer name ${observer.name}`);
    await reviewPage(page, 'station-result');
    await checkHoverAndFocus(page, aa.getByRole('button', { name: 'Override AA' }), 'Override AA button');
  });

  await check('an override needs a reason; with one, AA is overridden and the conflict is gone', async () => {
    const aa = page.getByRole('listitem', { name: /^AA\b/ });
    await aa.getByRole('button', { name: 'Override AA' }).click();
    const form = page.getByRole('form', { name: 'Override AA' });
    await form.getByLabel('New value').selectOption('no');
    await form.getByRole('button', { name: 'Save override' }).click();
    await form.getByText('Give a reason for the override.').waitFor();
    await reviewPage(page, 'station-result-override');
    await form.getByLabel('Reason').fill(OVERRIDE_REASON);
    await form.getByRole('button', { name: 'Save override' }).click();
    await aa.getByText(`Reason: ${OVERRIDE_REASON}`).waitFor();
    await aa.getByText('CONFLICT', { exact: true }).waitFor({ state: 'detached' });
    assert((await aa.locator('.review-badge-overridden').count()) === 1, 'no "Overridden" badge');
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`  · screenshot: ${SCREENSHOT}`);
  });

  await check('the incident desk shows the critical incident, prominently', async () => {
    await page.goto(`${base}/incidents`);
    await page.getByRole('heading', { level: 1, name: 'Incident desk' }).waitFor();
    const item = page.locator('li.review-incident', { hasText: INCIDENT_TEXT });
    await item.waitFor();
    assert(await item.evaluate((el) => el.classList.contains('review-incident-prominent')), 'the critical incident is not prominent');
    assert((await item.locator('.review-severity-critical').innerText()).trim() === 'Critical', 'no Critical badge');
    assert((await item.innerText()).includes(`Observer ${codes[0]}`), 'the reporter is not shown by code');
    await reviewPage(page, 'mission-incidents');
    await checkHoverAndFocus(page, item.getByRole('link'), 'Incident link on the desk');
    await item.getByRole('link').click();
    await waitForPath(page, `/missions/${mission.missionId}/incidents/${incidentId}`);
  });

  await check('the admin acknowledges the incident, adds a note and resolves it; the history shows each step', async () => {
    await page.getByRole('heading', { level: 1, name: 'Critical · Violence' }).waitFor();
    await reviewPage(page, 'mission-incident');
    await checkHoverAndFocus(page, page.getByRole('button', { name: 'Acknowledge' }), 'Acknowledge button');
    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.locator('.status-badge', { hasText: 'Acknowledged' }).waitFor();
    await page.getByLabel('Note', { exact: true }).fill(`Police informed (${RUN})`);
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByRole('region', { name: 'Notes' }).getByText(`Police informed (${RUN})`).waitFor();
    await page.getByLabel('Resolution note').fill(`Box recovered (${RUN})`);
    await page.getByRole('button', { name: 'Resolve' }).click();
    await page.locator('.status-badge', { hasText: 'Resolved' }).waitFor();
    const history = await page.getByRole('list', { name: 'History' }).innerText();
    assert(/acknowledged/i.test(history) && /resolved/i.test(history), `the history lacks a step:\n${history}`);
    await page.screenshot({ path: shot('incident'), fullPage: true });
    console.log(`  · incident screenshot: ${shot('incident')}`);
    await reviewPage(page, 'mission-incident-resolved');
  });

  // The mission's set-up pages, with a station, a form and two deployments to show.
  await check('the deployments page at the station reads cleanly at both widths', async () => {
    await page.goto(`${base}/deployments?station=${encodeURIComponent(station.locationId)}`);
    await page.getByRole('heading', { level: 2, name: new RegExp(STATION.name) }).waitFor();
    await page.getByRole('listitem', { name: codes[0] }).waitFor();
    await reviewPage(page, 'mission-deployments');
  });

  await check('the forms page and the form viewer read cleanly at both widths', async () => {
    await page.goto(`${base}/forms`);
    const link = page.locator(`a[href$="/forms/${station.formId}"]`).first();
    await link.waitFor();
    await reviewPage(page, 'mission-forms');
    await checkHoverAndFocus(page, link, 'Form link on the forms page');
    await link.click();
    await waitForPath(page, `/missions/${mission.missionId}/forms/${station.formId}`);
    await page.getByText('Did the station open on time?').first().waitFor();
    await reviewPage(page, 'mission-form-viewer');
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
