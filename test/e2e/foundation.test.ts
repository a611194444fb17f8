// Two friends in two browser contexts of a real Chromium: one signs up, opens a space and
// copies the link; the other opens it, signs up and joins; both write the ground rules and
// each sees the other's words appear without reloading.
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { snap } from '../helpers/browser.ts';
import { useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';

const app = useAppInBrowser();
const contexts: BrowserContext[] = [];
afterAll(async () => {
  for (const c of contexts) await c.close();
});

async function newFriend(width = 1100): Promise<Page> {
  const context = await app.browser.newContext({ viewport: { width, height: 900 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.server.url });
  contexts.push(context);
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return page;
}

async function signUp(page: Page, name: string) {
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Password', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
  expect(await page.locator('.codes li').count()).toBe(10);
}

describe('two friends find the same space', () => {
  it('invites, joins, and co-writes ground rules live', async () => {
    const alex = await newFriend();
    const alexName = uniqueName('Alex');
    await alex.goto(app.server.url);
    await snap(alex, '01-welcome');
    await alex.getByRole('link', { name: 'Create an account' }).first().click();
    await signUp(alex, alexName);
    await snap(alex, '02-recovery-codes');
    await alex.getByRole('button', { name: 'I have kept them' }).click();
    await alex.getByRole('link', { name: 'Reach out to a friend' }).click();
    // The private reflection comes first; it stays on Alex's side.
    await alex.getByTestId('reflection-what-happened').fill('We argued about the wedding and I went quiet.');
    await snap(alex, '03a-reflection');
    await alex.getByRole('button', { name: 'Continue to the invitation' }).click();
    await alex.getByLabel("Your friend's name").fill('Sam');
    await alex.getByLabel('A short note to go with the link').fill('I have missed you. No rush, whenever you like.');
    await snap(alex, '03-new-space');
    await alex.getByRole('button', { name: 'Make the invitation link' }).click();
    const link = await alex.getByTestId('invite-link').inputValue();
    expect(link).toMatch(new RegExp(`^${app.server.url}/invite/[a-z2-7]{32}$`));
    await snap(alex, '04-invitation-link');

    const sam = await newFriend(390);
    await sam.goto(link);
    await sam.getByTestId('invite-note').waitFor();
    expect(await sam.getByTestId('invite-note').textContent()).toBe('I have missed you. No rush, whenever you like.');
    await snap(sam, '05-invite-phone');
    await sam.getByRole('button', { name: 'Join' }).click();
    await sam.getByRole('link', { name: 'Create an account' }).click();
    await signUp(sam, uniqueName('Sam'));
    await sam.getByRole('button', { name: 'I have kept them' }).click();
    // Back on the invitation, straight to the confirmation Sam asked for.
    await sam.getByRole('button', { name: 'Join the space' }).click();
    await sam.getByTestId('ground-rules').waitFor();
    await snap(sam, '06-space-phone');
    // Nothing of Alex's reflection reaches Sam's page.
    expect(await sam.content()).not.toContain('We argued about the wedding');

    // Alex was waiting on the invitation page; the space is there on the next visit.
    await alex.goto(`${app.server.url}/`);
    await alex.getByRole('link', { name: /^With / }).click();
    await alex.getByTestId('ground-rules').waitFor();

    await alex.getByTestId('ground-rules').click();
    await alex.keyboard.type('We speak about today.');
    await expect.poll(() => sam.getByTestId('ground-rules').inputValue(), { timeout: 10_000 }).toContain('We speak about today.');

    await sam.getByTestId('ground-rules').press('End');
    await sam.getByTestId('ground-rules').press('Enter');
    await sam.keyboard.type('Either of us can pause.');
    await expect.poll(() => alex.getByTestId('ground-rules').inputValue(), { timeout: 10_000 }).toBe('We speak about today.\nEither of us can pause.');
    await expect.poll(() => sam.getByTestId('history').textContent()).toContain('said yes, and the space opened');
    // Alex comes back to the reflection later: it moved to this space.
    await alex.getByText('Your private reflection').click();
    await expect.poll(() => alex.getByTestId('reflection-what-happened').inputValue(), { timeout: 10_000 }).toBe('We argued about the wedding and I went quiet.');
    await snap(alex, '07-space-desktop');
  });

  it('keeps a pasted note whole past its limit, says how far over, and sends it once shortened', async () => {
    const alex = await newFriend(390);
    await alex.goto(`${app.server.url}/signup`);
    await signUp(alex, uniqueName('Alex'));
    await alex.getByRole('button', { name: 'I have kept them' }).click();
    await alex.getByRole('link', { name: 'Reach out to a friend' }).click();
    await alex.getByRole('button', { name: 'Skip for now' }).click();
    await alex.getByLabel("Your friend's name").fill('Sam');
    // A letter written elsewhere and pasted in: 2,100 characters, ending in words that matter.
    const opening = 'I have thought about this for a long time. '.repeat(48);
    const ending = ' I miss you. Sam';
    const letter = opening + '.'.repeat(2_100 - opening.length - ending.length) + ending;
    expect(letter).toHaveLength(2_100);
    const note = alex.getByLabel('A short note to go with the link');
    await note.focus();
    await alex.evaluate((text) => navigator.clipboard.writeText(text), letter);
    await alex.keyboard.press('Control+V');
    // Nothing cut: the browser's own maxlength would have dropped "I miss you. Sam".
    await expect.poll(() => note.inputValue()).toBe(letter);
    const over = alex.getByText('100 characters over the 2,000 this can hold.', { exact: false });
    await over.waitFor();
    expect(await note.getAttribute('aria-invalid')).toBe('true');
    expect(await alex.getByRole('button', { name: 'Make the invitation link' }).isDisabled()).toBe(true);
    await snap(alex, '03c-note-over-limit');
    // Shortened by the writer, it goes, and the count near the end says how much room is left.
    await note.fill(letter.slice(150));
    await alex.getByText('1,950 of 2,000 characters').waitFor();
    await alex.getByRole('button', { name: 'Make the invitation link' }).click();
    await alex.getByTestId('invite-link').waitFor();
  });

  it('lists a space just opened when going back to the list, without a reload', async () => {
    const alex = await newFriend(390);
    await alex.goto(`${app.server.url}/signup`);
    await signUp(alex, uniqueName('Alex'));
    await alex.getByRole('button', { name: 'I have kept them' }).click();
    // The list, seen empty first, is the one a stale copy would show again.
    await alex.getByText('You have no spaces yet.', { exact: false }).waitFor();
    await alex.getByRole('link', { name: 'Reach out to a friend' }).click();
    await alex.getByRole('button', { name: 'Skip for now' }).click();
    await alex.getByLabel("Your friend's name").fill('Sam');
    await alex.getByRole('button', { name: 'Make the invitation link' }).click();
    await alex.getByTestId('invite-link').waitFor();
    await alex.getByRole('link', { name: 'Back to your spaces' }).click();
    await expect.poll(() => alex.getByTestId('space-card').count(), { timeout: 10_000 }).toBe(1);
    expect(await alex.getByTestId('space-standing').textContent()).toBe('Waiting for an answer');
  });
});
