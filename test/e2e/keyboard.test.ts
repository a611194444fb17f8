// The journey with a keyboard only, as two friends: Alex signs up, writes no reflection, opens a
// space and reads the link; Sam follows the link, signs up from the invitation and joins; both
// write and agree the ground rules; Sam shares, Alex says what they heard, Sam says "that's it".
// Tab, Shift+Tab, Enter, Space and typing; no mouse. At every stop the focus can be seen.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newFriend, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';

const app = useAppInBrowser();
const WAIT = { timeout: 15_000 };

/** How the focused element shows it has focus: its outline or shadow (a styled radio shows it on its label). */
const focusMark = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { what: 'nothing focused', visible: false };
    const shown = (e: Element) => {
      const s = getComputedStyle(e);
      return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
    };
    return { what: `${el.tagName.toLowerCase()} ${el.textContent?.trim().slice(0, 30) ?? ''}`, visible: shown(el) };
  });

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking at every
 * stop on the way that the focus is visible. Fails when it is not reached in `limit` presses.
 */
async function tabTo(page: Page, selector: string, opts: { back?: boolean; limit?: number } = {}): Promise<void> {
  await page.locator(selector).first().waitFor(WAIT);
  for (let i = 0; i < (opts.limit ?? 60); i++) {
    await page.keyboard.press(opts.back ? 'Shift+Tab' : 'Tab');
    const mark = await focusMark(page);
    expect(mark.visible, `focus is visible on ${mark.what}`).toBe(true);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** Signs up on the open sign-up page, keeps the codes, and goes on. */
async function signUpByKeyboard(page: Page, name: string): Promise<void> {
  await tabTo(page, 'input[name="name"]');
  await page.keyboard.type(name);
  await tabTo(page, 'input[name="password"]');
  await page.keyboard.type(PASSWORD);
  await tabTo(page, 'button[type="submit"]');
  await page.keyboard.press('Enter');
  await page.locator('.codes').waitFor(WAIT);
  await tabTo(page, 'main button.primary');
  await page.keyboard.press('Space');
}

describe('with a keyboard only', () => {
  it('two friends go from sign-up to their first prompt, and the focus is always visible', async () => {
    const alex = await newFriend(app.browser, app.server.url, { name: uniqueName('alex') });
    const sam = await newFriend(app.browser, app.server.url, { name: uniqueName('sam'), width: 390 });

    // Alex: welcome, sign up, open a space, skipping the private reflection.
    await alex.page.goto(app.server.url);
    await tabTo(alex.page, 'main a[href="/signup"]');
    await alex.page.keyboard.press('Enter');
    await signUpByKeyboard(alex.page, alex.name);
    await tabTo(alex.page, 'main a[href="/spaces/new"]');
    await alex.page.keyboard.press('Enter');
    await tabTo(alex.page, 'main button.link');
    await alex.page.keyboard.press('Enter');
    await tabTo(alex.page, 'input[name="friendName"]');
    await alex.page.keyboard.type('Sam');
    await tabTo(alex.page, 'textarea[name="note"]');
    await alex.page.keyboard.type('I have missed you.');
    await tabTo(alex.page, 'button[type="submit"]');
    await alex.page.keyboard.press('Enter');
    await tabTo(alex.page, '[data-testid="invite-link"]');
    const inviteUrl = await alex.page.getByTestId('invite-link').inputValue();
    const spaceId = new URL(alex.page.url()).pathname.split('/')[2] as string;

    // Sam: follows the link, signs up from the invitation, comes back to it and joins.
    await sam.page.goto(inviteUrl);
    await tabTo(sam.page, '.choices button.primary');
    await sam.page.keyboard.press('Enter');
    await tabTo(sam.page, 'main a[href^="/signup"]');
    await sam.page.keyboard.press('Enter');
    await signUpByKeyboard(sam.page, sam.name);
    // Back on the invitation, at the confirmation Sam asked for.
    await tabTo(sam.page, 'main button.primary');
    await sam.page.keyboard.press('Enter');
    await sam.page.waitForURL(`${app.server.url}/spaces/${spaceId}`, WAIT);

    // The ground rules: Alex writes, both agree to the same words.
    await tabTo(alex.page, '#ground-rules');
    await alex.page.keyboard.type('We speak about today.');
    await expect.poll(() => sam.page.locator('#ground-rules').inputValue(), WAIT).toBe('We speak about today.');
    await tabTo(alex.page, 'section[aria-labelledby="rules-title"] button.primary');
    await alex.page.keyboard.press('Enter');
    await tabTo(sam.page, 'section[aria-labelledby="rules-title"] button.primary');
    await sam.page.keyboard.press('Space');

    // One turn: Sam shares, Alex says what they heard, Sam confirms. Shift+Tab goes back too.
    await tabTo(sam.page, '[data-testid="composer-share"]');
    await sam.page.keyboard.type('I felt left behind when you moved.');
    await tabTo(sam.page, 'form:has([data-testid="composer-share"]) button[type="submit"]');
    await tabTo(sam.page, '[data-testid="composer-share"]', { back: true });
    await tabTo(sam.page, 'form:has([data-testid="composer-share"]) button[type="submit"]');
    await sam.page.keyboard.press('Enter');
    await tabTo(alex.page, '[data-testid="composer-hear"]');
    await alex.page.keyboard.type('You felt left behind when I moved.');
    await tabTo(alex.page, 'form:has([data-testid="composer-hear"]) button[type="submit"]');
    await alex.page.keyboard.press('Enter');
    await tabTo(sam.page, '.turn-actions .choices button.primary');
    await sam.page.keyboard.press('Enter');

    const types = async () => (await app.server.deps.store.events(spaceId)).map((e) => e.type);
    await expect.poll(types, WAIT).toContain('confirmed');
    expect(await types()).toEqual(expect.arrayContaining(['friend-joined', 'ground-rules-agreed', 'prompt-opened', 'shared', 'heard']));

    // The check itself: a focused element with its mark taken away is seen as unmarked.
    await tabTo(alex.page, 'a[href="/settings"]', { back: true });
    await alex.page.evaluate(() => (document.activeElement as HTMLElement).style.setProperty('outline', 'none', 'important'));
    expect((await focusMark(alex.page)).visible).toBe(false);
    await alex.context.close();
    await sam.context.close();
  }, 180_000);
});
