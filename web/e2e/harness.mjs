// What every e2e script shares: its settings, named checks with a summary, the system Chromium,
// and a screenshot when something fails. Each script calls `run(main)` once.

import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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

// ---- Page review (issue 11): accessibility, widths, hover and focus, screenshots ----------

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The two widths every page is reviewed at. */
export const WIDTHS = {
  desktop: { width: 1280, height: 900 },
  phone: { width: 390, height: 844 },
};

/** Where `reviewPage` saves its screenshots (relative to the repository root, like SCREENSHOT). */
export const SCREENSHOT_DIR = env.SCREENSHOT_DIR || 'var/screenshots';

/**
 * Serious and critical axe-core violations on the page as it is now. axe is evaluated through
 * the DevTools protocol, so the app's Content-Security-Policy (no inline scripts) stays on.
 */
export async function axeViolations(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary ?? ''}`),
      }));
  });
}

function describeViolations(violations) {
  return violations
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.join('\n  ')}`)
    .join('\n');
}

/**
 * Review the page as its users see it, at desktop and phone widths: no serious or critical
 * axe-core violation, no sideways scrolling on the phone, and a full-page screenshot of each
 * width saved as `<SCREENSHOT_DIR>/<name>-<width>.png` for people to look at. The viewport
 * is put back afterwards. Call it once the page shows what it is about (wait for a heading).
 */
export async function reviewPage(page, name, widths = ['desktop', 'phone']) {
  const original = page.viewportSize();
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  try {
    for (const width of widths) {
      await page.setViewportSize(WIDTHS[width]);
      // Layout settles in a frame or two after a resize.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}-${width}.png`), fullPage: true });
      const violations = await axeViolations(page);
      assert(violations.length === 0, `${name} at ${width} width: axe-core found\n${describeViolations(violations)}`);
      if (width === 'phone') {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert(overflow <= 1, `${name} scrolls sideways by ${overflow}px at phone width`);
      }
    }
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

/** WCAG contrast ratio of two CSS colours as getComputedStyle gives them (rgb/rgba). */
function contrastRatio(foreground, background) {
  const channels = (css) => (css.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number);
  const luminance = (css) => {
    const [r, g, b] = channels(css).map((c) => {
      const s = c / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
  return (light + 0.05) / (dark + 0.05);
}

/** The text colour of an element and the first opaque background behind it. */
async function colours(locator) {
  return locator.evaluate((element) => {
    const color = getComputedStyle(element).color;
    let node = element;
    while (node) {
      const background = getComputedStyle(node).backgroundColor;
      if (background && !/rgba\(.*,\s*0\)$/.test(background) && background !== 'transparent') {
        return { color, background };
      }
      node = node.parentElement;
    }
    return { color, background: 'rgb(255, 255, 255)' };
  });
}

/**
 * Hover, then focus by keyboard, the element and check its text stays readable in both states
 * (contrast at least 4.5:1) and that focus is visible (an outline or a box shadow).
 */
export async function checkHoverAndFocus(page, locator, label) {
  await locator.hover();
  const hovered = await colours(locator);
  const hoverRatio = contrastRatio(hovered.color, hovered.background);
  assert(
    hoverRatio >= 4.5,
    `${label}: on hover its text (${hovered.color}) on ${hovered.background} has contrast ${hoverRatio.toFixed(2)}:1`,
  );
  await page.mouse.move(0, 0);
  // After a click, Chromium shows a script's focus() as mouse focus (no :focus-visible); a key
  // press first makes it keyboard focus, as a Tab would.
  await page.keyboard.press('Shift');
  await locator.focus();
  const focus = await locator.evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      visible: element.matches(':focus-visible') || element.matches(':focus'),
      outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0,
      shadow: style.boxShadow !== 'none',
    };
  });
  assert(focus.visible && (focus.outline || focus.shadow), `${label}: keyboard focus shows no outline or ring`);
  const focused = await colours(locator);
  const focusRatio = contrastRatio(focused.color, focused.background);
  assert(focusRatio >= 4.5, `${label}: focused text has contrast ${focusRatio.toFixed(2)}:1`);
}

/**
 * Type `typed` into a searchable combobox (React Aria) and choose the option whose name matches
 * `option`. React Aria filters as the text arrives and re-creates the options meanwhile, so a
 * click can land on a detached element: wait until the list stops changing, and try again
 * (from the start) if the click still misses.
 */
export async function chooseOption(page, combobox, typed, option) {
  const target = page.getByRole('option', { name: option }).first();
  for (let attempt = 1; ; attempt += 1) {
    await combobox.scrollIntoViewIfNeeded();
    await combobox.fill(typed);
    await target.waitFor();
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          let last = '';
          const settle = () => {
            const now = [...document.querySelectorAll('[role="option"]')].map((o) => o.id).join();
            if (now === last) resolve();
            else {
              last = now;
              requestAnimationFrame(() => requestAnimationFrame(settle));
            }
          };
          settle();
        }),
    );
    try {
      await target.click({ timeout: 3000 });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await page.keyboard.press('Escape');
    }
  }
}
