// What every e2e script shares: its settings, named checks with a summary, the system Chromium,
// and a screenshot when something fails. Each script calls `run(main)` once.

import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

const env = process.env;

/** The settings every script takes from the environment; exits 2 when one is missing. */
export function readEnv(defaultScreenshot) {
  const settings = {
    BASE_URL: (env.BASE_URL ?? '').replace(/\/+$/, ''),
    EMAIL: env.E2E_EMAIL ?? '',
    PASSWORD: env.E2E_PASSWORD ?? '',
    SCREENSHOT: env.SCREENSHOT ?? defaultScreenshot,
    CHROMIUM: env.CHROMIUM_PATH || '/usr/bin/chromium',
    TIMEOUT: Number(env.E2E_TIMEOUT_MS || 15000),
  };
  const missing = [
    ['BASE_URL', settings.BASE_URL],
    ['E2E_EMAIL', settings.EMAIL],
    ['E2E_PASSWORD', settings.PASSWORD],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    console.error(`e2e: set ${missing.join(', ')} (see web/README.md)`);
    process.exit(2);
  }
  mkdirSync(path.dirname(path.resolve(settings.SCREENSHOT)), { recursive: true });
  return { ...settings, failureScreenshot: settings.SCREENSHOT.replace(/(\.png)?$/i, '-failure.png') };
}

export class CheckFailure extends Error {}

export function assert(condition, message) {
  if (!condition) throw new CheckFailure(message);
}

const state = { passed: 0, failed: 0, browser: null, activePage: null, pageErrors: [] };

/** One named check: prints ✓ or ✗ with the reason; a failure ends the script. */
export async function check(name, fn) {
  try {
    await fn();
    state.passed += 1;
    console.log(`  ✓ ${name}`);
  } catch (error) {
    state.failed += 1;
    const detail = error instanceof CheckFailure ? error.message : String(error?.stack ?? error);
    console.log(`  ✗ ${name}\n      ${detail.split('\n').join('\n      ')}`);
    throw error;
  }
}

/** Wait until the page is at `expected` (a path, or a RegExp on the path). */
export async function waitForPath(page, expected, timeout) {
  const matches = (url) => (expected instanceof RegExp ? expected.test(url.pathname) : url.pathname === expected);
  try {
    await page.waitForURL(matches, { timeout });
  } catch {
    throw new CheckFailure(`expected to be at ${expected}, but the page is at ${page.url()}`);
  }
}

/** Debian's Chromium, headless; Playwright gives each launch a fresh temporary profile. */
export async function launch(executablePath) {
  state.browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--no-first-run',
    ],
  });
  return state.browser;
}

/** Make `page` the one screenshotted on failure, and collect its uncaught errors. */
export function watch(page) {
  state.activePage = page;
  page.on('pageerror', (error) => state.pageErrors.push(error.message));
  return state.pageErrors;
}

/** Run the script's checks, print the summary and exit (1 when anything failed). */
export async function run(main, failureScreenshot) {
  let exitCode = 0;
  try {
    await main();
  } catch (error) {
    exitCode = 1;
    if (!(error instanceof CheckFailure) && state.failed === 0) {
      state.failed += 1;
      console.log(`  ✗ e2e setup: ${error?.stack ?? error}`);
    }
    if (state.activePage) {
      await state.activePage.screenshot({ path: failureScreenshot, fullPage: true }).catch(() => {});
      console.log(`  · failure screenshot: ${failureScreenshot}`);
    }
  } finally {
    await state.browser?.close().catch(() => {});
  }
  if (state.failed > 0) exitCode = 1;
  console.log(`${state.passed} passed, ${state.failed} failed`);
  process.exit(exitCode);
}
