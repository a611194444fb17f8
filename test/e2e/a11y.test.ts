// Every screen a person meets, on the whole journey from the welcome to a closed space, in
// English and Dutch (longer words, lang), light and dark: axe-core against WCAG 2.2 A and AA
// (contrast, names, labels, landmarks) finds nothing, and the page reflows without loss at
// 320 CSS px (a 1280 px window at 400 %) and 640 CSS px (200 %): no sideways scrolling, every
// button, heading, link and field inside the width and its words unclipped.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { type Friend, newFriend, signUpByApi, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const app = useAppInBrowser();
const WAIT = { timeout: 15_000 };

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe in the page; our CSP forbids inline scripts, so the check's context bypasses it. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}

/**
 * What is lost at this width: sideways scrolling, and any visible button, heading, link, field
 * or label that reaches outside the window or clips its own words.
 */
async function lostAt(page: Page, width: number): Promise<string[]> {
  const before = page.viewportSize() ?? { width: 1100, height: 900 };
  await page.setViewportSize({ width, height: 800 });
  // Wait for layout after the resize.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const lost = await page.evaluate(() => {
    const found: string[] = [];
    const root = document.scrollingElement ?? document.documentElement;
    if (root.scrollWidth > root.clientWidth + 1) found.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const keys = document.querySelectorAll<HTMLElement>('button, h1, h2, h3, a, input, textarea, select, label, summary, .button');
    const name = (el: HTMLElement) => `${el.tagName.toLowerCase()} "${(el.textContent ?? (el as HTMLInputElement).name ?? '').trim().slice(0, 40)}"`;
    for (const el of keys) {
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) continue;
      const r = el.getBoundingClientRect();
      // Visually hidden words (for screen readers) and the skip link parked off-screen until focused.
      if (r.width <= 1 || r.height <= 1 || el.closest('.visually-hidden, .skip')) continue;
      if (r.left < -1 || r.right > root.clientWidth + 1) found.push(`${name(el)} outside the width: ${Math.round(r.left)}..${Math.round(r.right)}`);
      const clips = getComputedStyle(el).overflowX !== 'visible';
      if (clips && el.scrollWidth > el.clientWidth + 1 && !['INPUT', 'TEXTAREA', 'SELECT'].includes(el.tagName))
        found.push(`${name(el)} clips its words`);
    }
    // Key parts never lie over one another (a part inside another, like a button in a heading, is fine).
    const parts = [...document.querySelectorAll<HTMLElement>('button, h1, h2, h3, input, textarea, select, .button')]
      .filter((el) => el.checkVisibility({ checkVisibilityCSS: true }) && !el.closest('.visually-hidden, .skip'))
      .map((el) => ({ el, r: el.getBoundingClientRect() }))
      .filter(({ r }) => r.width > 1 && r.height > 1);
    for (let i = 0; i < parts.length; i++)
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!, b = parts[j]!;
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) found.push(`${name(a.el)} overlaps ${name(b.el)}`);
      }
    return found;
  });
  await page.setViewportSize(before);
  return lost;
}

type Report = Record<string, string[]>;

/** A settled page (fade-ins done, so contrast is measured on what stays), checked three ways. */
async function checkScreen(report: Report, name: string, page: Page, ready: string, reflow: boolean): Promise<void> {
  await page.locator(ready).first().waitFor(WAIT);
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  report[`${name}: axe`] = await violations(page);
  // Layout depends on the words, not the colours: reflow is measured once per language.
  if (reflow) {
    report[`${name}: 320 px`] = await lostAt(page, 320);
    report[`${name}: 640 px`] = await lostAt(page, 640);
  }
}

const rules = (page: Page) => page.locator('section[aria-labelledby="rules-title"]');

/** The whole journey, two friends and a passer-by, each screen checked as it comes. */
async function walkEveryScreen(browser: Browser, base: string, extras: { colorScheme: 'light' | 'dark'; locale: string }): Promise<Report> {
  const report: Report = {};
  const check = (name: string, page: Page, ready: string) => checkScreen(report, name, page, ready, extras.colorScheme === 'light');
  const options = { bypassCSP: true, ...extras };
  const alex = await newFriend(browser, base, { name: uniqueName('alex'), ...options });
  const sam = await newFriend(browser, base, { name: uniqueName('Sam'), width: 390, ...options });
  const guest = await newFriend(browser, base, { width: 390, ...options });
  await signUpByApi(sam, base);

  // Signed out.
  await guest.page.goto(base);
  await check('welcome', guest.page, 'h1');
  expect(await guest.page.evaluate(() => document.documentElement.lang)).toBe(extras.locale.slice(0, 2));
  await guest.page.goto(`${base}/signin`);
  await check('sign in', guest.page, 'form');
  await guest.page.goto(`${base}/recover`);
  await check('recover', guest.page, 'form');
  await guest.page.goto(`${base}/goodbye`);
  await check('goodbye', guest.page, 'h1');

  // Alex signs up by hand, keeps the codes, opens a space.
  await alex.page.goto(`${base}/signup`);
  await check('sign up', alex.page, 'form');
  await alex.page.locator('input[name="name"]').fill(alex.name);
  await alex.page.locator('input[name="password"]').fill(PASSWORD);
  await alex.page.locator('button[type="submit"]').click();
  await check('recovery codes', alex.page, '.codes');
  await alex.page.locator('main button.primary').click();
  await alex.page.waitForURL(`${base}/`);
  await check('home, new', alex.page, 'h1');
  await alex.page.goto(`${base}/spaces/new`);
  await check('reflection', alex.page, 'main button.primary');
  await alex.page.locator('main button.primary').click();
  await check('open a space', alex.page, 'input[name="friendName"]');
  await alex.page.locator('input[name="friendName"]').fill('Sam');
  await alex.page.locator('textarea[name="note"]').fill('I have missed you.');
  await alex.page.locator('button[type="submit"]').click();
  await check('invitation out', alex.page, '[data-testid="invite-link"]');
  const inviteUrl = await alex.page.getByTestId('invite-link').inputValue();
  const spaceUrl = alex.page.url();

  // The invitation, as a passer-by and as Sam; Sam joins.
  await guest.page.goto(inviteUrl);
  await check('invitation, signed out', guest.page, '.choices');
  await guest.page.locator('.choices button.secondary').first().click();
  await check('invitation: not yet', guest.page, 'input[name="askAgainAfter"]');
  await guest.page.goto(inviteUrl);
  await guest.page.locator('.choices button.secondary').last().click();
  await check('invitation: no thanks', guest.page, 'main button.primary');
  await sam.page.goto(inviteUrl);
  await check('invitation', sam.page, '.choices');
  await sam.page.locator('.choices button.primary').click();
  await check('invitation, joining', sam.page, 'main button.primary');
  await sam.page.locator('main button.primary').click();
  await sam.page.waitForURL(/\/spaces\//, WAIT);

  // Ground rules, written and agreed by both; then the first prompt, Sam's turn.
  await check('space: ground rules', sam.page, '[data-testid="ground-rules"]');
  await alex.page.getByTestId('ground-rules').waitFor(WAIT);
  await alex.page.getByTestId('ground-rules').fill('We speak about today.');
  await expect.poll(() => sam.page.getByTestId('ground-rules').inputValue(), WAIT).toBe('We speak about today.');
  await rules(alex.page).locator('button.primary').click();
  await rules(sam.page).locator('button.primary').click();
  await check('space: my turn', sam.page, '[data-testid="composer-share"]');
  await check('space: waiting', alex.page, '[data-testid="prompt"]');
  await sam.page.getByTestId('composer-share').fill('I felt left out when you moved away.');
  await sam.page.locator('form:has([data-testid="composer-share"]) button[type="submit"]').click();
  await check('space: hearing', alex.page, '[data-testid="composer-hear"]');

  // An apology to answer, a meeting, a promise and a check-in waiting for Sam.
  let sent = 0;
  const commandBy = (who: Friend, body: Record<string, unknown>) =>
    who.context.request.post(`${spaceUrl.replace('/spaces/', '/api/spaces/')}/commands`, {
      data: { id: `cmd-${process.pid}-${++sent}`, ...body }, headers: { origin: base },
    });
  const command = (body: Record<string, unknown>) => commandBy(alex, body);
  for (const body of [
    { type: 'offer-apology', text: 'I am sorry I stopped calling.' },
    { type: 'propose-meeting', when: '2030-06-01T13:00:00.000Z', mode: 'in-person', place: 'The café' },
    { type: 'propose-commitment', text: 'I will call on Sundays.' },
    { type: 'ask-checkin' },
  ]) expect((await command(body)).status(), body.type).toBe(200);
  await sam.page.reload();
  await check('space: apology to answer', sam.page, '[data-testid="fold-apologies"][open]');
  await sam.page.goto(`${spaceUrl}/rebuild`);
  await check('rebuilding: meeting, promise, check-in', sam.page, '[data-testid="checkin-form"]');
  await alex.page.goto(`${spaceUrl}/rebuild`);
  await check('rebuilding, waiting', alex.page, 'h1');

  // The meeting agreed and both check-ins answered: the shared answers, and the meeting ahead.
  for (const [who, body] of [
    [sam, { type: 'answer-meeting', meetingId: 'm1', answer: 'accept' }],
    [sam, { type: 'answer-checkin', safe: 4, seen: 3, appreciated: 5, note: 'Better.' }],
    [alex, { type: 'answer-checkin', safe: 3, seen: 4, appreciated: 4 }],
  ] as const) expect((await commandBy(who, body)).status(), body.type).toBe(200);
  await sam.page.goto(`${spaceUrl}/rebuild`);
  await check('rebuilding: met, answered', sam.page, '.chart');
  await sam.page.goto(base);
  await check('home, a meeting ahead', sam.page, '.cards');

  // Deciding: the reassessment, "our friendship now", and closing kindly.
  expect((await command({ type: 'start-reassessment' })).status()).toBe(200);
  await sam.page.goto(`${spaceUrl}/decide`);
  await check('deciding', sam.page, 'section[aria-labelledby="leave-title"]');
  for (const who of [alex, sam])
    expect((await commandBy(who, { type: 'choose-reassessment', now: 'close-differently', hope: 'closer' })).status()).toBe(200);
  await check('deciding: shown, our friendship now', sam.page, '[data-testid="reassess-revealed"]');
  await sam.page.locator('section[aria-labelledby="leave-title"] button.secondary').click();
  await check('closing', sam.page, 'section[aria-labelledby="leave-title"] textarea');
  await sam.page.locator('section[aria-labelledby="leave-title"] textarea').fill('Thank you for trying.');
  await sam.page.locator('section[aria-labelledby="leave-title"] button[type="submit"]').click();
  await alex.page.goto(spaceUrl);
  await check('space: closed', alex.page, '[data-testid="closed-note"]');
  await alex.page.goto(`${spaceUrl}/decide`);
  await check('deciding, closed', alex.page, '[data-testid="closed-note"]');

  // Settings (language, password, export, deleting) and the list of spaces.
  await sam.page.goto(`${base}/settings`);
  await check('settings', sam.page, 'h1');
  await alex.page.goto(base);
  await check('home, with a space', alex.page, '.cards');

  for (const f of [alex, sam, guest]) await f.context.close();
  return report;
}

describe('accessibility on every screen (axe-core, WCAG 2.2 AA; reflow at 320 and 640 CSS px)', () => {
  it('the checks see a problem when there is one', async () => {
    const guest = await newFriend(app.browser, app.server.url, { bypassCSP: true });
    await guest.page.goto(app.server.url);
    await guest.page.locator('h1').waitFor(WAIT);
    expect(await violations(guest.page)).toEqual([]);
    expect(await lostAt(guest.page, 320)).toEqual([]);
    await guest.page.evaluate(() => {
      const wide = document.createElement('button');
      wide.textContent = 'A button far too wide for a small window';
      wide.style.cssText = 'width: 30rem; white-space: nowrap';
      const unnamed = document.createElement('input');
      const over = document.createElement('button');
      over.textContent = 'Lying over the heading';
      over.style.cssText = 'display: block; margin-top: -2em';
      document.querySelector('main')?.append(wide, unnamed);
      document.querySelector('main h1')?.after(over);
    });
    expect((await violations(guest.page)).join()).toContain('label');
    expect((await lostAt(guest.page, 320)).join()).toContain('button "A button far too wide');
    expect((await lostAt(guest.page, 640)).join()).not.toContain('far too wide');
    expect((await lostAt(guest.page, 640)).join()).toContain('overlaps button "Lying over the heading"');
    await guest.context.close();
  });

  for (const locale of ['en-GB', 'nl-NL'])
    for (const colorScheme of ['light', 'dark'] as const)
      it(`finds nothing on the whole journey, ${colorScheme}, ${locale}`, async () => {
        const report = await walkEveryScreen(app.browser, app.server.url, { colorScheme, locale });
        expect(Object.keys(report).length).toBeGreaterThan(colorScheme === 'light' ? 60 : 20);
        expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
      }, 240_000);
});
