#!/usr/bin/env node
// End-to-end check of the events calendar (FullCalendar) against a running, freshly seeded
// Pluralis server. As the admin, over GraphQL, it creates a two-day conference in Brussels
// (and registers for it) and a two-hour invite-only meeting; then, in a browser set to
// Europe/Brussels, it checks the conference is ONE element spanning two day cells, the week has
// an hour axis, the markers read "Registered" and "Invite only", the counts match the API, an
// event opens from the keyboard; and, in a browser set to Pacific/Auckland, that the meeting
// stays on one (the next) day. Every view is reviewed at desktop and phone widths.
//
//   BASE_URL=http://127.0.0.1:8000 E2E_EMAIL=… E2E_PASSWORD=… SCREENSHOT=var/e2e-calendar.png \
//     node web/e2e/calendar.e2e.mjs
// Optional: CHROMIUM_PATH (default /usr/bin/chromium), E2E_TIMEOUT_MS (default 15000).

import {
  assert,
  check,
  CheckFailure,
  checkHoverAndFocus,
  launch,
  readEnv,
  reviewPage,
  run,
  waitForPath,
  watch,
} from './harness.mjs';

const { BASE_URL, EMAIL, PASSWORD, CHROMIUM, TIMEOUT, failureScreenshot } = readEnv('var/e2e-calendar.png');

const NETWORK = 'Pluralis Network Secretariat';
const DAY_MS = 24 * 60 * 60 * 1000;
const isoDay = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (day, n) => isoDay(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS);

// The Tuesday about six weeks out: the conference runs Tuesday and Wednesday (one week row of
// the month grid, whatever the month), the meeting is on Thursday afternoon in Brussels, which
// is Friday early morning in Auckland.
const around = Date.now() + 42 * DAY_MS;
const TUESDAY = isoDay(around + ((2 - new Date(around).getUTCDay() + 7) % 7) * DAY_MS);
const WEDNESDAY = addDays(TUESDAY, 1);
const THURSDAY = addDays(TUESDAY, 2);
const FRIDAY = addDays(TUESDAY, 3);
const MONDAY = addDays(TUESDAY, -1);
const TAG = `#${process.pid}`;
const CONFERENCE = `Two-day observers conference ${TAG}`;
const MEETING = `Invite-only steering meeting ${TAG}`;

/** The first instant of a date in a zone, as ISO (what the page asks the API for). */
function startOfDayIn(zone, day) {
  const offset = (ms) => {
    const parts = Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
        .formatToParts(new Date(ms))
        .map((p) => [p.type, Number(p.value)]),
    );
    return Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour % 24, parts.minute, parts.second) - ms;
  };
  const wall = Date.parse(`${day}T00:00:00Z`);
  let guess = wall - offset(wall);
  guess = wall - offset(guess);
  return new Date(guess).toISOString();
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

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

/** How many events the API lists overlapping [first, afterLast) in `zone` (all pages). */
async function countOverlapping(page, zone, first, afterLast) {
  const filter = { endsAfter: startOfDayIn(zone, first), startsBefore: startOfDayIn(zone, afterLast) };
  let after = null;
  let count = 0;
  for (;;) {
    const data = await gql(
      page,
      'query($after: String, $filter: EventFilter) { events(first: 100, after: $after, filter: $filter) { pageInfo { hasNextPage endCursor } nodes { id } } }',
      { after, filter },
    );
    count += data.events.nodes.length;
    if (!data.events.pageInfo.hasNextPage) return count;
    after = data.events.pageInfo.endCursor;
  }
}

const eventLink = (page, id) => page.locator(`.fc-event[href="/events/${id}"]`);

/** Wait for the calendar to finish loading: the status line says how many events it shows. */
async function loaded(page) {
  await page.getByRole('status').filter({ hasText: / events? (in|from) / }).waitFor();
}

async function main() {
  console.log(`e2e: calendar at ${BASE_URL} (conference ${TUESDAY}–${WEDNESDAY}, meeting ${THURSDAY})`);
  const browser = await launch(CHROMIUM);
  const contextOptions = { viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Brussels' };
  const brussels = await browser.newContext(contextOptions);
  brussels.setDefaultTimeout(TIMEOUT);
  const page = await brussels.newPage();
  const pageErrors = watch(page);
  const cspReports = [];
  const listen = (p) =>
    p.on('console', (message) => {
      if (/Content Security Policy|could not inject its styles/i.test(message.text())) cspReports.push(message.text());
    });
  listen(page);

  let conferenceId = '';
  let meetingId = '';

  await check('the admin signs in and creates, publishes and registers for a two-day conference and an invite-only meeting', async () => {
    await page.goto(`${BASE_URL}/sign-in?next=${encodeURIComponent('/events')}`);
    await page.getByLabel('Email').fill(EMAIL);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPath(page, '/events', TIMEOUT);

    const orgs = await gql(page, '{ organizations(first: 100) { nodes { id name } } }');
    const host = orgs.organizations.nodes.find((o) => o.name === NETWORK);
    assert(host, `no "${NETWORK}" organization`);
    const create = async (input) => {
      const data = await gql(
        page,
        'mutation($input: CreateEventInput!) { createEvent(input: $input) { event { id } errors { field message } } }',
        { input: { hostOrganizationId: host.id, timeZone: 'Europe/Brussels', ...input } },
      );
      assert(data.createEvent.event, `createEvent: ${JSON.stringify(data.createEvent.errors)}`);
      const id = data.createEvent.event.id;
      const published = await gql(page, 'mutation($id: ID!) { publishEvent(id: $id) { errors { message } } }', { id });
      assert(published.publishEvent.errors.length === 0, `publishEvent: ${JSON.stringify(published.publishEvent.errors)}`);
      return id;
    };
    conferenceId = await create({
      kind: 'CONFERENCE',
      title: CONFERENCE,
      visibility: 'PUBLIC',
      startsAt: `${TUESDAY}T09:00:00`,
      endsAt: `${WEDNESDAY}T17:00:00`,
    });
    meetingId = await create({
      kind: 'MEETING',
      title: MEETING,
      visibility: 'INVITE_ONLY',
      startsAt: `${THURSDAY}T15:00:00`,
      endsAt: `${THURSDAY}T17:00:00`,
    });
    const registered = await gql(
      page,
      'mutation($id: ID!) { register(eventId: $id) { registration { status } errors { message } } }',
      { id: conferenceId },
    );
    assert(
      registered.register.registration?.status === 'REGISTERED',
      `register: ${JSON.stringify(registered.register)}`,
    );
  });

  await check("FullCalendar's own styles apply under the Content-Security-Policy", async () => {
    await page.goto(`${BASE_URL}/events?view=month&date=${TUESDAY}`);
    await loaded(page);
    const display = await page.locator('.fc').first().evaluate((el) => getComputedStyle(el).display);
    assert(display === 'flex', `.fc is display: ${display}; FullCalendar's CSS did not load`);
    assert(cspReports.length === 0, `console: ${cspReports.join('\n')}`);
  });

  await check('month view: the two-day conference is one element spanning its two day cells', async () => {
    const link = eventLink(page, conferenceId);
    await link.first().waitFor();
    assert((await link.count()) === 1, `the conference is drawn ${await link.count()} times`);
    const box = await link.boundingBox();
    const tue = await page.locator(`td.fc-daygrid-day[data-date="${TUESDAY}"]`).boundingBox();
    const wed = await page.locator(`td.fc-daygrid-day[data-date="${WEDNESDAY}"]`).boundingBox();
    assert(box && tue && wed, 'no layout for the event or its cells');
    const startsInTuesday = Math.abs(box.x - tue.x) < 12;
    const endsInWednesday = Math.abs(box.x + box.width - (wed.x + wed.width)) < 12;
    assert(
      startsInTuesday && endsInWednesday,
      `event box ${JSON.stringify(box)} does not span Tuesday ${JSON.stringify(tue)} to Wednesday ${JSON.stringify(wed)}`,
    );
  });

  await check('markers read "Registered" and "Invite only", in the event links', async () => {
    const conference = eventLink(page, conferenceId);
    const meeting = eventLink(page, meetingId);
    const conferenceMarkers = await conference.locator('.cal-marker').allInnerTexts();
    const meetingMarkers = await meeting.locator('.cal-marker').allInnerTexts();
    assert(conferenceMarkers.join() === 'Registered', `conference markers: ${conferenceMarkers.join(', ')}`);
    assert(meetingMarkers.join() === 'Invite only', `meeting markers: ${meetingMarkers.join(', ')}`);
    const name = await page.getByRole('link', { name: new RegExp(`^${MEETING}`) }).first().getAttribute('href');
    assert(name === `/events/${meetingId}`, 'the meeting link is not named by its title');
    const title = await meeting.getAttribute('title');
    assert(title?.includes('15:00–17:00 (Brussels)'), `hover text: ${title}`);
  });

  await check("the month's count matches the events the API lists for that month", async () => {
    const month = TUESDAY.slice(0, 7);
    const next = month.endsWith('12') ? `${Number(month.slice(0, 4)) + 1}-01` : `${month.slice(0, 5)}${String(Number(month.slice(5)) + 1).padStart(2, '0')}`;
    const expected = await countOverlapping(page, 'Europe/Brussels', `${month}-01`, `${next}-01`);
    const label = `${MONTHS[Number(month.slice(5)) - 1]} ${month.slice(0, 4)}`;
    const status = (await page.getByRole('status').filter({ hasText: / in / }).innerText()).trim();
    assert(status === `${expected} event${expected === 1 ? '' : 's'} in ${label}`, `status "${status}", API: ${expected} in ${label}`);
    await page.getByRole('heading', { level: 2, name: label }).waitFor();
  });

  await check('an event opens from the keyboard, and event links show hover and focus', async () => {
    const link = eventLink(page, conferenceId);
    await checkHoverAndFocus(page, link, 'conference in the month grid');
    await checkHoverAndFocus(page, page.getByRole('link', { name: 'Week', exact: true }), 'Week view link');
    await link.focus();
    await page.keyboard.press('Enter');
    await waitForPath(page, `/events/${conferenceId}`, TIMEOUT);
    await page.getByRole('heading', { level: 1, name: CONFERENCE }).waitFor();
  });

  await check('month view reviewed at desktop and phone widths', async () => {
    await page.goto(`${BASE_URL}/events?view=month&date=${TUESDAY}`);
    await loaded(page);
    await eventLink(page, conferenceId).waitFor();
    await reviewPage(page, 'calendar-month');
  });

  await check('week view: an hour axis, the meeting in Thursday’s column, a count for that week', async () => {
    await page.getByRole('link', { name: 'Week', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'week');
    await loaded(page);
    const hours = await page.locator('.fc-timegrid-slot-label').allInnerTexts();
    assert(hours.length >= 24 && hours.includes('09:00') && hours.includes('15:00'), `hour axis: ${hours.join(' ')}`);
    const column = page.locator(`.fc-timegrid-col[data-date="${THURSDAY}"]`);
    await column.locator(`.fc-event[href="/events/${meetingId}"]`).waitFor();
    const expected = await countOverlapping(page, 'Europe/Brussels', MONDAY, addDays(MONDAY, 7));
    const status = (await page.getByRole('status').innerText()).trim();
    assert(status.startsWith(`${expected} event${expected === 1 ? '' : 's'} from Mon `), `status "${status}", API: ${expected}`);
    await reviewPage(page, 'calendar-week');
  });

  await check('list view: the events under their days, reviewed at both widths', async () => {
    await page.getByRole('link', { name: 'List', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('view') === 'list');
    await loaded(page);
    const conference = page.getByRole('link', { name: new RegExp(`^${CONFERENCE}`) });
    assert((await conference.count()) === 2, `the conference is listed ${await conference.count()} times, not under each of its two days`);
    const meeting = page.getByRole('link', { name: new RegExp(`^${MEETING}`) });
    assert((await meeting.innerText()).includes('Invite only'), 'no "Invite only" in the list');
    // The last click chose the view; a keyboard user arrives by Tab (focus rings follow the keyboard).
    await page.keyboard.press('Tab');
    await checkHoverAndFocus(page, meeting, 'meeting in the list');
    await reviewPage(page, 'calendar-list');
  });

  await check('a phone without a chosen view opens the list', async () => {
    const phone = await browser.newContext({ ...contextOptions, viewport: { width: 390, height: 844 } });
    const small = await phone.newPage();
    watch(small);
    await small.goto(`${BASE_URL}/events?date=${TUESDAY}`);
    const current = small.getByRole('navigation', { name: 'Calendar view' }).locator('[aria-current="page"]');
    await current.waitFor();
    assert((await current.innerText()).trim() === 'List', `current view on a phone: ${await current.innerText()}`);
    await phone.close();
    watch(page);
  });

  // A viewer on the other side of the world: the same session, another zone.
  const auckland = await browser.newContext({ ...contextOptions, timezoneId: 'Pacific/Auckland', storageState: await brussels.storageState() });
  auckland.setDefaultTimeout(TIMEOUT);
  const far = await auckland.newPage();
  watch(far);
  listen(far);

  await check('in Auckland the two-hour Brussels meeting stays on one day, the next', async () => {
    await far.goto(`${BASE_URL}/events?view=month&date=${FRIDAY}`);
    await loaded(far);
    const meeting = eventLink(far, meetingId);
    await meeting.first().waitFor();
    assert((await meeting.count()) === 1, `the meeting is drawn ${await meeting.count()} times`);
    const inFriday = far.locator(`td.fc-daygrid-day[data-date="${FRIDAY}"] .fc-event[href="/events/${meetingId}"]`);
    assert((await inFriday.count()) === 1, `the meeting is not in Friday ${FRIDAY}'s cell`);
    const title = await meeting.getAttribute('title');
    // "Thu 14 Jan 2027, 15:00–17:00 (Brussels) · Fri 15 Jan 2027, 03:00–05:00 your time (Auckland)"
    assert(/15:00–17:00 \(Brussels\) · Fri [^,]+, 0\d:00–0\d:00 your time \(Auckland\)/.test(title ?? ''), `hover text: ${title}`);

    await far.goto(`${BASE_URL}/events?view=week&date=${FRIDAY}`);
    await loaded(far);
    const columns = far.locator(`.fc-timegrid-col .fc-event[href="/events/${meetingId}"]`);
    await columns.first().waitFor();
    assert((await columns.count()) === 1, `the meeting fills ${await columns.count()} day columns`);
    const friday = far.locator(`.fc-timegrid-col[data-date="${FRIDAY}"] .fc-event[href="/events/${meetingId}"]`);
    assert((await friday.count()) === 1, 'the meeting is not in Friday’s column');
  });

  await check('no uncaught errors and no Content-Security-Policy reports', async () => {
    assert(pageErrors.length === 0, pageErrors.join('\n'));
    assert(cspReports.length === 0, cspReports.join('\n'));
  });
}

await run(main, failureScreenshot);
