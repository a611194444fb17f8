// Words are words: markup typed into any text field is shown to the other person as text,
// never run or rendered; and no page asks any other origin for anything.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newFriend, pairInSpace, signUpByApi, useAppInBrowser } from '../helpers/e2e.ts';

const app = useAppInBrowser();

const MARKUP = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><b>bold</b> & "quotes"`;

/** Fails the test on any request to another origin, and on any script the page did not expect. */
function watch(page: Page, origin: string): string[] {
  const foreign: string[] = [];
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
  });
  return foreign;
}

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned ?? 0);

describe('markup is shown as text', () => {
  it('in the invitation note, a shared answer and an apology', async () => {
    const alex = await newFriend(app.browser, app.server.url);
    await signUpByApi(alex, app.server.url);
    const opened = await alex.context.request.post(`${app.server.url}/api/spaces`, {
      data: { friendName: 'Sam', note: MARKUP },
      headers: { origin: app.server.url },
    });
    const { inviteUrl } = (await opened.json()) as { inviteUrl: string };
    const sam = await newFriend(app.browser, app.server.url);
    const foreign = watch(sam.page, app.server.url);
    await sam.page.goto(inviteUrl);
    await sam.page.getByTestId('invite-note').waitFor();
    expect(await sam.page.getByTestId('invite-note').textContent()).toBe(MARKUP);
    expect(await sam.page.locator('[data-testid="invite-note"] img, [data-testid="invite-note"] b').count()).toBe(0);
    expect(await pwned(sam.page)).toBe(0);
    expect(foreign).toEqual([]);
  });

  it('in ground rules, turns and apologies between two friends', async () => {
    const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url);
    const foreign = [...[alex, sam].map((f) => watch(f.page, app.server.url))];
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    await alex.page.getByTestId('ground-rules').fill(MARKUP);
    await expect.poll(() => sam.page.getByTestId('ground-rules').inputValue(), { timeout: 10_000 }).toBe(MARKUP);
    await alex.page.getByRole('button', { name: 'I agree to these' }).click();
    await expect.poll(() => sam.page.getByTestId('rules-state').textContent(), { timeout: 10_000 }).toContain('agreed to these words');
    await sam.page.getByRole('button', { name: 'I agree to these' }).click();
    await sam.page.getByTestId('composer-share').fill(MARKUP);
    await sam.page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => alex.page.locator('.thread .words').first().textContent(), { timeout: 10_000 }).toBe(MARKUP);
    await alex.page.getByRole('button', { name: 'Write an apology' }).click();
    await alex.page.getByTestId('composer-apology').fill(MARKUP);
    await alex.page.getByRole('button', { name: 'Send my apology' }).click();
    await sam.page.getByTestId('apology').waitFor({ timeout: 10_000 });
    expect(await sam.page.getByTestId('apology').locator('blockquote').textContent()).toBe(MARKUP);
    for (const f of [alex, sam]) {
      expect(await f.page.locator('main img, main script').count()).toBe(0);
      expect(await f.page.locator('main b', { hasText: /^bold$/ }).count()).toBe(0);
      expect(await pwned(f.page)).toBe(0);
    }
    expect(foreign.flat()).toEqual([]);
  });
});
