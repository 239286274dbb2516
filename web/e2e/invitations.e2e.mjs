#!/usr/bin/env node
// End-to-end check of event invitations (issue 11) against a running, freshly seeded Pluralis
// server in its embedded default (development mailbox):
//  1. setup over GraphQL as the demo admin: a published invite-only meeting of the Kenya
//     Election Observers Forum, five weeks out;
//  2. the admin signs in, opens the event's invitations page and invites a guest by email;
//  3. the guest (a new browser, signed out) opens the link from /dev/mailbox: the event's title,
//     time and host come first; they create their account, are signed in, register and land
//     on the event page;
//  4. the organizer's list shows the invitation used; a second invitation is withdrawn and its
//     link then says it is no longer valid;
//  5. reviewPage (axe-core, phone width, screenshots) on the signed-out invitation page and the
//     invitations list; hover and focus on the send button.
//
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=admin@pluralis.example E2E_PASSWORD=pluralis-demo \
//     node web/e2e/invitations.e2e.mjs
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import {
  assert,
  check,
  CheckFailure,
  checkHoverAndFocus,
  launch,
  readEnv,
  reviewPage,
  run,
  waitForPath as waitFor,
  watch,
} from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-invitations.png');

const HOST = 'Kenya Election Observers Forum';
const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = new Date(Date.now() + 35 * DAY_MS).toISOString().slice(0, 10);
const TITLE = `Closed roundtable on observer safety ${DAY} #${process.pid}`;
const GUEST = { name: 'Gita Guest', email: `gita-${process.pid}@guest.example` };
const SECOND = `omar-${process.pid}@guest.example`;
const GUEST_PASSWORD = 'violet harbour lantern 59';

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

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

/** An invite-only meeting of HOST, published, as the admin. */
async function createEvent() {
  const { signIn } = await gql(null, 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { token errors { message } } }', {
    e: EMAIL,
    p: PASSWORD,
  });
  assert(signIn.token, `the admin could not sign in over GraphQL: ${JSON.stringify(signIn)}`);
  const orgs = await gql(signIn.token, 'query($s: String) { organizations(first: 5, filter: { search: $s }) { nodes { id name } } }', { s: HOST });
  const host = orgs.organizations.nodes.find((o) => o.name === HOST);
  assert(host, `no organization named ${HOST}`);
  const input = {
    hostOrganizationId: host.id,
    kind: 'MEETING',
    title: TITLE,
    timeZone: 'Africa/Nairobi',
    startsAt: `${DAY}T10:00:00`,
    endsAt: `${DAY}T13:00:00`,
    visibility: 'INVITE_ONLY',
  };
  const created = await gql(signIn.token, 'mutation($i: CreateEventInput!) { createEvent(input: $i) { event { id } errors { message } } }', { i: input });
  const id = created.createEvent.event?.id;
  assert(id, `createEvent: ${JSON.stringify(created)}`);
  const published = await gql(signIn.token, 'mutation($id: ID!) { publishEvent(id: $id) { event { status } errors { message } } }', { id });
  assert(published.publishEvent.event?.status === 'PUBLISHED', `publishEvent: ${JSON.stringify(published)}`);
  return id;
}

/** The /invitations/… link of the newest message to `recipient` in /dev/mailbox. */
async function invitationLink(page, recipient) {
  const deadline = Date.now() + TIMEOUT * 2;
  let seen = '';
  while (Date.now() < deadline) {
    await page.goto(`${BASE_URL}/dev/mailbox`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle').catch(() => {});
    const link = await page.evaluate((wanted) => {
      const entries = [...document.querySelectorAll('main li, main tr, main article, main details, main section')]
        .map((el) => ({ el, text: el.innerText ?? '' }))
        .filter((e) => e.text.toLowerCase().includes(wanted))
        .sort((a, b) => a.text.length - b.text.length);
      for (const { el, text } of entries) {
        for (const candidate of [...[...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')), text]) {
          const match = /\/invitations\/[A-Za-z0-9_~.-]+/.exec(candidate ?? '');
          if (match) return match[0];
        }
      }
      return null;
    }, recipient.toLowerCase());
    if (link) return link;
    seen = (await page.locator('main').innerText().catch(() => '')).slice(0, 600);
    await sleep(700);
  }
  throw new CheckFailure(`no invitation for ${recipient} in /dev/mailbox; the page shows:\n${seen}`);
}

async function main() {
  console.log(`e2e: invitations at ${BASE_URL} (meeting on ${DAY})`);
  const browser = await launch(CHROMIUM);
  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-US', timezoneId: 'Europe/Brussels' };
  const admin = await browser.newContext(contextOptions);
  admin.setDefaultTimeout(TIMEOUT);
  const page = await admin.newPage();
  const pageErrors = watch(page);

  let eventId = '';
  let link = '';
  let secondLink = '';

  await check('setup: a published invite-only meeting of the Kenya forum', async () => {
    eventId = await createEvent();
  });

  await check('the organizer signs in and reaches the event’s invitations page', async () => {
    await page.goto(`${BASE_URL}/events/${eventId}/invitations`);
    await waitForPath(page, '/sign-in');
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, `/events/${eventId}/invitations`);
    await page.getByRole('heading', { level: 1, name: `Invitations: ${TITLE}` }).waitFor();
    await page.getByText('No invitations sent yet.').waitFor();
  });

  await check('inviting a guest by email confirms who it went to', async () => {
    await page.getByLabel('Guest’s email').fill(GUEST.email);
    await page.getByLabel(/Guest’s name/).fill(GUEST.name);
    // A key press first: browsers show focus rings for keyboard users (:focus-visible).
    await page.getByLabel(/Guest’s name/).press('End');
    await checkHoverAndFocus(page, page.getByRole('button', { name: 'Send invitation' }), 'Send invitation');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(`Invitation sent to ${GUEST.name} (g•••@guest.example).`).waitFor();
    const row = page.getByRole('listitem').filter({ hasText: GUEST.name });
    await row.getByText('Pending').waitFor();
  });

  await check('the invitation email in /dev/mailbox carries an /invitations/ link', async () => {
    link = await invitationLink(page, GUEST.email);
  });

  const guestContext = await browser.newContext({ ...contextOptions, timezoneId: 'America/New_York' });
  guestContext.setDefaultTimeout(TIMEOUT);
  const guest = await guestContext.newPage();
  // The harness collects every watched page's errors in one list.
  watch(guest);

  await check('the signed-out guest sees the event, its time in both zones and its host first', async () => {
    await guest.goto(`${BASE_URL}${link}`);
    await guest.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const facts = await guest.locator('.invitation-facts').innerText();
    assert(facts.includes(HOST), `the host is not shown: ${facts}`);
    assert(/10:00.*Nairobi/s.test(facts), `the time in the event's zone is not shown: ${facts}`);
    assert(/your time/.test(facts), `the viewer's own time is not shown: ${facts}`);
    assert((await guest.getByLabel(/code/i).count()) === 0, 'the page shows a code field');
    await guest.getByRole('link', { name: 'Sign in' }).waitFor();
    await reviewPage(guest, 'invitation-signed-out');
  });

  await check('the guest creates an account, is signed in, registers and lands on the event', async () => {
    assert((await guest.getByLabel('Your name').inputValue()) === GUEST.name, 'the name is not prefilled');
    assert((await guest.getByLabel('Email', { exact: true }).inputValue()) === GUEST.email, 'the email is not the invited one');
    await guest.getByLabel('Choose a password').fill(GUEST_PASSWORD);
    await guest.getByLabel('Repeat the password').fill(GUEST_PASSWORD);
    await guest.getByRole('button', { name: 'Create your account' }).click();
    await guest.getByRole('button', { name: 'Register', exact: true }).click();
    await waitForPath(guest, `/events/${eventId}`);
    await guest.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  });

  await check('the organizer’s list shows the invitation used', async () => {
    await page.goto(`${BASE_URL}/events/${eventId}/invitations`);
    const row = page.getByRole('listitem').filter({ hasText: GUEST.name });
    await row.getByText('Used', { exact: true }).waitFor();
    await reviewPage(page, 'invitations-list');
  });

  await check('a withdrawn invitation’s link says it is no longer valid', async () => {
    await page.getByLabel('Guest’s email').fill(SECOND);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText(/Invitation sent to/).waitFor();
    secondLink = await invitationLink(page, SECOND);
    await page.goto(`${BASE_URL}/events/${eventId}/invitations`);
    await page.getByRole('button', { name: 'Withdraw the invitation of A guest' }).click();
    await page.getByRole('button', { name: 'Yes, withdraw' }).click();
    await page.getByText('The invitation of A guest is withdrawn: its link no longer works.').waitFor();
    const other = await browser.newContext(contextOptions);
    const visitor = await other.newPage();
    await visitor.goto(`${BASE_URL}${secondLink}`);
    await visitor.getByRole('heading', { level: 1, name: 'This invitation is no longer valid' }).waitFor();
    const alert = await visitor.getByRole('alert').innerText();
    assert(/does not work any more/.test(alert), `unexpected text: ${alert}`);
    await other.close();
  });

  await check('no uncaught errors in either browser', async () => {
    assert(pageErrors.length === 0, `page errors: ${pageErrors.join('; ')}`);
  });
}

run(main, failureScreenshot);
