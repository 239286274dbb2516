#!/usr/bin/env node
// End-to-end check of getting in (issue 8) against a running, freshly seeded Pluralis server in
// its embedded default (development mailbox and SMS outbox):
//  1. the demo admin adds "Nadia Organizer" (email, organizer of a member organization) on the
//     organization's people page and invites her by email;
//  2. the invitation is in /dev/mailbox; Nadia follows the link, chooses a password and is signed
//     in; she turns on two-factor (the TOTP code is computed here from the secret shown, RFC 6238);
//     she signs out and back in with her password and a code; she sees no admin pages;
//  3. the admin adds "Omar Observer" (a phone) and invites him by SMS; the link is in /dev/sms;
//     Omar chooses a password, asks for a sign-in code, reads it from /dev/sms and is signed in.
//
// Uses playwright-core with the system Chromium (no browser download). Runs alone:
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=admin@pluralis.example E2E_PASSWORD=pluralis-demo \
//     node web/e2e/accounts.e2e.mjs
// Optional: SCREENSHOT (default var/e2e-accounts.png, also -join, -two-factor, -observer shots),
//           E2E_ORG (a member organization's name; default: the first member organization),
//           CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 15000).
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on failure.

import { createHmac, randomInt } from 'node:crypto';
import { assert, check, CheckFailure, checkHoverAndFocus, launch, readEnv, reviewPage, run, waitForPath as waitFor, watch } from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, SCREENSHOT, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv(
  'var/e2e-accounts.png',
);
const ORG_NAME = process.env.E2E_ORG || '';
const shot = (suffix) => SCREENSHOT.replace(/(\.png)?$/i, `-${suffix}.png`);

// Unique people per run, so the script can run again against the same server.
const RUN = `${process.pid}${randomInt(1000)}`;
const NADIA = {
  name: `Nadia Organizer ${RUN}`,
  email: `nadia.${RUN}@example.org`,
  password: `Nadia ${RUN} violet harbour lantern`,
};
const digits = String(randomInt(1_000_000)).padStart(6, '0');
const OMAR = {
  name: `Omar Observer ${RUN}`,
  // A Belgian mobile number, written as people do: +32 470 12 34 56.
  phone: `+32 470 ${digits.slice(0, 2)} ${digits.slice(2, 4)} ${digits.slice(4)}`,
  e164: `+32470${digits}`,
  password: `Omar ${RUN} copper meadow whistle`,
};

const waitForPath = (page, expected) => waitFor(page, expected, TIMEOUT);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------- TOTP (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) ----------

function base32Decode(text) {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const char of text.replace(/[\s=]/g, '').toUpperCase()) {
    const value = alphabet.indexOf(char);
    if (value < 0) throw new CheckFailure(`the setup key has a character that is not base32: ${char}`);
    bits += value.toString(2).padStart(5, '0');
  }
  const bytes = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) bytes.push(parseInt(bits.slice(i, i + 8), 2));
  return Buffer.from(bytes);
}

function totp(secret, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hmac = createHmac('sha1', base32Decode(secret)).update(counter).digest();
  const offset = hmac[hmac.length - 1] & 0x0f;
  const value = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

const currentStep = () => Math.floor(Date.now() / 30_000);
let lastStep = -1;

/** A code for a time step not used yet: servers refuse a code twice, so wait for the next step. */
async function freshCode(secret) {
  while (currentStep() <= lastStep) await sleep(500);
  lastStep = currentStep();
  return totp(secret, lastStep);
}

// ---------- the development outboxes ----------

const normalize = (text) => text.replace(/[\s\u00a0().-]/g, '').toLowerCase();

/**
 * Open a development outbox page and return what `pick` finds in the texts and links of the
 * entries addressed to `recipient` (newest first on the page, or any order: each run's people
 * are new, so only this run's messages match). Reloads until found or the timeout.
 */
async function fromOutbox(page, path, recipient, pick) {
  const deadline = Date.now() + TIMEOUT * 2;
  let seen = '';
  while (Date.now() < deadline) {
    await page.goto(`${BASE_URL}${path}`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle').catch(() => {});
    const entries = await page.evaluate((wanted) => {
      const squash = (text) => text.replace(/[\s\u00a0().-]/g, '').toLowerCase();
      const found = [];
      for (const el of document.querySelectorAll('main li, main tr, main article, main details, main section')) {
        const text = el.innerText ?? el.textContent ?? '';
        if (!squash(text).includes(wanted)) continue;
        const links = [...el.querySelectorAll('a[href]')].map((a) => a.getAttribute('href'));
        found.push({ text, links, size: text.length });
      }
      // The innermost entries first: an element per message rather than the whole list.
      return found.sort((a, b) => a.size - b.size);
    }, normalize(recipient));
    for (const entry of entries) {
      const value = pick(entry);
      if (value) return value;
    }
    seen = (await page.locator('main').innerText().catch(() => '')).slice(0, 600);
    await sleep(700);
  }
  throw new CheckFailure(`nothing for ${recipient} in ${path}; the page shows:\n${seen}`);
}

/** A link to `route` (/join/… or /reset-password/…), as a path on BASE_URL. */
const linkTo = (route) => (entry) => {
  const pattern = new RegExp(`${route}/[A-Za-z0-9_~.-]+`);
  for (const candidate of [...entry.links, entry.text]) {
    const match = pattern.exec(candidate ?? '');
    if (match) return match[0];
  }
  return null;
};

/** A six-digit sign-in code from an SMS that is not the invitation. */
const signInCode = (entry) => (entry.text.includes('/join/') ? null : (/(?<![\w-])(\d{6})(?![\w-])/.exec(entry.text)?.[1] ?? null));

// ---------- the people page (helper "webadmin") ----------

/** Click the submit button of the form that holds `field`. */
async function submitFormOf(field) {
  await field.locator('xpath=ancestor::form[1]').locator('button[type="submit"]').first().click();
}

async function selectOptionMatching(select, pattern) {
  const label = await select.evaluate(
    (el, source) => [...el.options].find((o) => new RegExp(source, 'i').test(o.textContent.trim()))?.textContent.trim(),
    pattern.source,
  );
  assert(label, `no option matching ${pattern} in the Role select`);
  await select.selectOption({ label });
}

async function memberOrganizationId(page) {
  const result = await page.evaluate(async () => {
    const response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ organizations(first: 100, filter: { kind: MEMBER }) { nodes { id name } } }' }),
    });
    return response.json();
  });
  const nodes = result?.data?.organizations?.nodes ?? [];
  const org = ORG_NAME ? nodes.find((n) => n.name === ORG_NAME) : nodes[0];
  assert(org, `no member organization ${ORG_NAME ? `named "${ORG_NAME}"` : 'at all'} (${JSON.stringify(result).slice(0, 300)})`);
  return org;
}

/** Add a person on /organizations/:id/people and invite them by `channel` ('Email' or 'SMS'). */
async function addAndInvite(page, orgId, person, role, channel) {
  await page.goto(`${BASE_URL}/organizations/${orgId}/people`);
  // The "Add a person" form is always shown; its fields are named by their labels. "Email" is
  // also the name of the invitation radios of people without an account: take the textbox.
  const form = page.getByRole('form', { name: /add a person/i });
  const name = form.getByRole('textbox', { name: 'Name', exact: true });
  await name.fill(person.name);
  if (person.email) await form.getByRole('textbox', { name: 'Email', exact: true }).fill(person.email);
  if (person.phone) await form.getByRole('textbox', { name: 'Phone', exact: true }).fill(person.phone);
  await selectOptionMatching(form.getByLabel('Role', { exact: true }), role);
  await form.getByRole('button', { name: 'Add person' }).click();

  // The new person's account panel: choose the channel, then "Invite".
  const panel = page.getByRole('region', { name: `Account of ${person.name}` });
  await panel.waitFor();
  await panel.getByRole('radio', { name: channel, exact: true }).check();
  await panel.getByRole('button', { name: 'Invite', exact: true }).click();
  await panel.getByText(new RegExp(`Invited by ${channel}`, 'i')).waitFor();
}

// ---------- the getting-in pages (this area) ----------

async function join(page, path, password) {
  await page.goto(`${BASE_URL}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Set up your account' }).waitFor();
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Repeat the password').fill(password);
}

async function signOut(page) {
  await page.getByRole('banner').getByRole('button', { name: 'Sign out' }).click();
  await waitForPath(page, '/sign-in');
}

// The admin links come from their own query after the page shows: wait for the "Dev SMS" link
// (everyone gets it from this machine in the embedded default) so that a missing "Accounts"
// link means "not allowed", not "not loaded yet".
async function hasAccountsLink(page) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('link', { name: 'Dev SMS', exact: true }).waitFor();
  return (await nav.getByRole('link', { name: 'Accounts', exact: true }).count()) > 0;
}

async function main() {
  console.log(`e2e: accounts at ${BASE_URL} (run ${RUN})`);
  const browser = await launch(CHROMIUM);
  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-US' };

  const adminContext = await browser.newContext(contextOptions);
  adminContext.setDefaultTimeout(TIMEOUT);
  const admin = await adminContext.newPage();
  const pageErrors = watch(admin);
  let org;

  await check('the demo admin signs in and sees the Accounts admin page link', async () => {
    await admin.goto(`${BASE_URL}/sign-in`);
    await admin.getByLabel('Email').fill(EMAIL);
    await admin.getByLabel('Password').fill(PASSWORD);
    await admin.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(admin, '/organizations');
    assert(await hasAccountsLink(admin), 'the admin has no "Accounts" link in the main navigation');
    org = await memberOrganizationId(admin);
  });

  await check(`the admin adds ${NADIA.name} as an organizer of ${org?.name} and invites her by email`, async () => {
    await addAndInvite(admin, org.id, NADIA, /^organi[sz]er$/, 'Email');
    await reviewPage(admin, 'organization-people');
  });

  let nadiaLink;
  await check('the invitation email is in the development mailbox, with a /join/ link', async () => {
    nadiaLink = await fromOutbox(admin, '/dev/mailbox', NADIA.email, linkTo('/join'));
  });

  await check('the development mailbox reads cleanly at both widths', () => reviewPage(admin, 'dev-mailbox'));

  const nadiaContext = await browser.newContext(contextOptions);
  nadiaContext.setDefaultTimeout(TIMEOUT);
  const nadia = await nadiaContext.newPage();
  watch(nadia);

  await check('Nadia opens the link, chooses a password and is signed in', async () => {
    await join(nadia, nadiaLink, NADIA.password);
    assert((await nadia.getByLabel('Email', { exact: true }).inputValue()) === NADIA.email, 'the join page does not show her email');
    await nadia.screenshot({ path: shot('join'), fullPage: true });
    await reviewPage(nadia, 'join');
    await checkHoverAndFocus(nadia, nadia.getByRole('button', { name: 'Create my account' }), 'Create my account button');
    await nadia.getByRole('button', { name: 'Create my account' }).click();
    // A new member lands on the home page (or on two-factor first when her role requires it).
    await waitForPath(nadia, /^\/(account\/two-factor)?$/);
    await nadia.getByRole('link', { name: /Your account/ }).waitFor();
  });

  await check('the account page reads cleanly at both widths', async () => {
    await nadia.goto(`${BASE_URL}/account`);
    await nadia.getByRole('heading', { level: 1 }).first().waitFor();
    await nadia.waitForLoadState('networkidle').catch(() => {});
    await reviewPage(nadia, 'account');
    await checkHoverAndFocus(nadia, nadia.getByRole('button', { name: 'Save', exact: true }), 'Save button of the profile');
  });

  let secret;
  await check('Nadia turns on two-factor with a code from the secret, and sees her recovery codes once', async () => {
    await nadia.goto(`${BASE_URL}/account/two-factor`);
    await nadia.getByRole('heading', { level: 1 }).first().waitFor();
    await reviewPage(nadia, 'account-two-factor');
    await checkHoverAndFocus(nadia, nadia.getByRole('button', { name: 'Set up two-factor authentication' }), 'Set up two-factor button');
    await nadia.getByRole('button', { name: 'Set up two-factor authentication' }).click();
    await nadia.getByRole('img', { name: 'QR code with your two-factor secret' }).waitFor();
    secret = (await nadia.getByLabel('Setup key').innerText()).replace(/\s/g, '');
    await reviewPage(nadia, 'account-two-factor-setup');
    await nadia.getByLabel('2. Code from the app').fill(await freshCode(secret));
    await nadia.screenshot({ path: shot('two-factor'), fullPage: true });
    await nadia.getByRole('button', { name: 'Turn on' }).click();
    const codes = nadia.getByRole('list', { name: 'Recovery codes' });
    await codes.waitFor();
    assert((await codes.getByRole('listitem').count()) >= 5, 'fewer than 5 recovery codes');
    await reviewPage(nadia, 'account-recovery-codes');
    await nadia.getByRole('button', { name: 'I have saved them' }).click();
    await nadia.getByText(/Two-factor authentication is on/).first().waitFor();
    await reviewPage(nadia, 'account-two-factor-on');
  });

  await check('Nadia signs out and back in with her password and a code from the app', async () => {
    await signOut(nadia);
    await nadia.getByLabel('Email').fill(NADIA.email);
    await nadia.getByLabel('Password').fill(NADIA.password);
    await nadia.getByRole('button', { name: 'Sign in' }).click();
    await nadia.getByRole('heading', { level: 1, name: 'Two-factor authentication' }).waitFor();
    const me = await nadia.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ me { id } }' }),
      });
      return (await response.json())?.data?.me ?? null;
    });
    assert(me === null, 'a session exists before the second step');
    await reviewPage(nadia, 'sign-in-two-factor');
    await nadia.getByLabel('Authentication code').fill(await freshCode(secret));
    // Checked once enabled: a disabled button takes no focus.
    await checkHoverAndFocus(nadia, nadia.getByRole('button', { name: 'Verify' }), 'Verify button');
    await nadia.getByRole('button', { name: 'Verify' }).click();
    await waitForPath(nadia, '/organizations');
  });

  await check('Nadia, an organizer, sees no admin pages', async () => {
    assert(!(await hasAccountsLink(nadia)), 'the organizer has an "Accounts" link');
    await nadia.screenshot({ path: SCREENSHOT, fullPage: true });
    console.log(`  · organizer screenshot: ${SCREENSHOT}`);
  });

  await check(`the admin adds ${OMAR.name} as an observer with a phone and invites him by SMS`, async () => {
    await addAndInvite(admin, org.id, { name: OMAR.name, phone: OMAR.phone }, /^observer$/, 'SMS');
  });

  let omarLink;
  await check('the invitation SMS is in the development SMS outbox, with a /join/ link', async () => {
    omarLink = await fromOutbox(admin, '/dev/sms', OMAR.e164, linkTo('/join'));
  });

  await check('the development SMS outbox reads cleanly at both widths', () => reviewPage(admin, 'dev-sms'));

  await check('the accounts admin page reads cleanly at both widths', async () => {
    await admin.goto(`${BASE_URL}/admin/accounts`);
    await admin.getByRole('heading', { level: 1 }).first().waitFor();
    await admin.waitForLoadState('networkidle').catch(() => {});
    await reviewPage(admin, 'admin-accounts');
    await checkHoverAndFocus(admin, admin.locator('td.actions button').first(), 'Deactivate button');
  });

  const omarContext = await browser.newContext({ ...contextOptions, viewport: { width: 390, height: 844 } });
  omarContext.setDefaultTimeout(TIMEOUT);
  const omar = await omarContext.newPage();
  watch(omar);

  await check('Omar opens the link, chooses a password and is sent to sign in with a code', async () => {
    await join(omar, omarLink, OMAR.password);
    await omar.getByRole('button', { name: 'Create my account' }).click();
    await waitForPath(omar, '/sign-in/code');
    await omar.getByText(/Your account is ready/).waitFor();
    await reviewPage(omar, 'sign-in-code');
  });

  await check('Omar signs in with the code sent to his phone', async () => {
    await omar.getByLabel('Phone number').fill(OMAR.phone);
    await checkHoverAndFocus(omar, omar.getByRole('button', { name: 'Send a code' }), 'Send a code button');
    await omar.getByRole('button', { name: 'Send a code' }).click();
    await omar.getByLabel('Code from the SMS').waitFor();
    await reviewPage(omar, 'sign-in-code-sent');
    const code = await fromOutbox(admin, '/dev/sms', OMAR.e164, signInCode);
    await omar.getByLabel('Code from the SMS').fill(code);
    await omar.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(omar, '/organizations');
    await omar.getByRole('link', { name: /Your account/ }).waitFor();
    assert(!(await hasAccountsLink(omar)), 'the observer has an "Accounts" link');
    // The API is the real gate: an observer lists no accounts and no one's contact details.
    const seen = await omar.evaluate(async () => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ accounts { totalCount } people { totalCount } }' }),
      });
      return (await response.json()).data;
    });
    assert(seen?.accounts.totalCount === 0, `the observer lists ${seen?.accounts.totalCount} accounts`);
    assert(seen?.people.totalCount === 0, `the observer lists ${seen?.people.totalCount} people`);
    await omar.screenshot({ path: shot('observer') });
    console.log(`  · observer screenshot: ${shot('observer')}`);
  });

  // A stranger's browser: forgotten password, by email, for Nadia; the reset link is read from
  // the mailbox and opened (not used: opening it spends nothing).
  const strangerContext = await browser.newContext(contextOptions);
  strangerContext.setDefaultTimeout(TIMEOUT);
  const stranger = await strangerContext.newPage();
  watch(stranger);

  await check('the forgotten-password pages read cleanly at both widths', async () => {
    await stranger.goto(`${BASE_URL}/sign-in`);
    await stranger.getByRole('link', { name: /forgot/i }).click();
    await waitForPath(stranger, '/forgot-password');
    await stranger.getByRole('heading', { level: 1 }).first().waitFor();
    await reviewPage(stranger, 'forgot-password');
    await stranger.getByLabel('Email address').fill(NADIA.email);
    await checkHoverAndFocus(stranger, stranger.getByRole('button', { name: 'Send the link' }), 'Send the link button');
    await stranger.getByRole('button', { name: 'Send the link' }).click();
    await stranger.getByRole('heading', { level: 1, name: 'Check your messages' }).waitFor();
    await reviewPage(stranger, 'forgot-password-sent');
  });

  await check('the reset link from the mailbox opens the new-password page, which reads cleanly', async () => {
    const resetLink = await fromOutbox(admin, '/dev/mailbox', NADIA.email, linkTo('/reset-password'));
    await stranger.goto(`${BASE_URL}${resetLink}`);
    await stranger.getByRole('heading', { level: 1, name: 'Choose a new password' }).waitFor();
    await reviewPage(stranger, 'reset-password');
  });

  await check('no uncaught errors in the pages', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
  });
}

await run(main, failureScreenshot);
