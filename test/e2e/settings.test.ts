// Settings in real Chromium: a person sees a date coming up on their home page, chooses email
// reminders, downloads their copy (of everything and of one space) and reads their own words
// in it, then deletes their account: a wrong password first, then the right one. Afterwards
// they cannot sign in, and their friend finds the space closed and read-only.
import fs from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snap } from '../helpers/browser.ts';
import { type Friend, newFriend, signUpByApi, snapPart, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';

const app = useAppInBrowser();

const WAIT = { timeout: 10_000 };
const NOTE = 'I miss our walks by the river. No rush at all.';

/** Alex (with an email address) opens a space with a note; Sam (without one) joins it. */
async function pairWithEmail(): Promise<{ alex: Friend; sam: Friend; spaceId: string }> {
  const alex = await newFriend(app.browser, app.server.url, { name: uniqueName('Alex') });
  const sam = await newFriend(app.browser, app.server.url, { name: uniqueName('Sam'), width: 360 });
  const made = await alex.context.request.post(`${app.server.url}/api/accounts`, {
    data: { name: alex.name, password: PASSWORD, email: 'alex@example.org' },
    headers: { origin: app.server.url },
  });
  expect(made.status()).toBe(201);
  await signUpByApi(sam, app.server.url);
  const opened = await alex.context.request.post(`${app.server.url}/api/spaces`, {
    data: { friendName: 'Sam', note: NOTE },
    headers: { origin: app.server.url },
  });
  const { id, inviteUrl } = (await opened.json()) as { id: string; inviteUrl: string };
  const joined = await sam.context.request.post(`${app.server.url}/api/invitations/${inviteUrl.split('/invite/')[1]}`, {
    data: { answer: 'join' },
    headers: { origin: app.server.url },
  });
  expect(joined.status()).toBe(200);
  return { alex, sam, spaceId: id };
}

/** Clicks a download button and reads the file the browser saved. */
async function downloadFrom(page: Page, button: string): Promise<{ file: Download; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download', WAIT), page.getByRole('button', { name: button }).click()]);
  const path = await file.path();
  return { file, text: fs.readFileSync(path, 'utf8') };
}

describe('your settings', () => {
  it('shows a date coming up, keeps a reminder choice, gives a copy, and deletes the account', async () => {
    const { alex, sam, spaceId } = await pairWithEmail();

    // A date three days ahead (in the server's UTC days) becomes a notice on the home page.
    const soon = new Date(app.server.deps.now().getTime() + 3 * 86_400_000);
    const dated = await alex.context.request.post(`${app.server.url}/api/spaces/${spaceId}/dates`, {
      data: { label: "Sam's birthday", month: soon.getUTCMonth() + 1, day: soon.getUTCDate(), remindDaysBefore: 7 },
      headers: { origin: app.server.url },
    });
    expect(dated.status()).toBe(201);
    await alex.page.goto(`${app.server.url}/`);
    const notices = alex.page.getByTestId('notices');
    await expect.poll(() => notices.textContent(), WAIT).toContain("Sam's birthday is in 3 days");
    // Words, not numbers in badges: the notice links to the space where the date is kept.
    await notices.getByRole('link', { name: /Your space with Sam/ }).waitFor(WAIT);
    await snap(alex.page, '60-home-notice-desktop');
    await alex.page.setViewportSize({ width: 360, height: 800 });
    await snap(alex.page, '61-home-notice-360');

    // Reminders: Alex has an address, so the choice is there; it is kept on the server.
    await alex.page.getByRole('link', { name: 'Your settings' }).click();
    await alex.page.getByRole('heading', { level: 1, name: 'Your settings' }).waitFor(WAIT);
    await alex.page.getByText('never contains anything the other person wrote').waitFor(WAIT);
    await alex.page.getByLabel(/^A weekly note/).check();
    await alex.page.getByRole('button', { name: 'Save my choice' }).click();
    await expect.poll(() => alex.page.getByRole('status').filter({ hasText: 'Saved.' }).count(), WAIT).toBe(1);
    const kept = await alex.context.request.get(`${app.server.url}/api/me/reminders`);
    expect(((await kept.json()) as { email: string }).email).toBe('weekly');
    await snap(alex.page, '62-settings-360');

    // My copy of everything: the readable one holds my own words, the complete one is JSON.
    const markdown = await downloadFrom(alex.page, 'Readable copy (Markdown)');
    expect(markdown.file.suggestedFilename()).toMatch(/\.md$/);
    expect(markdown.text).toContain(NOTE);
    expect(markdown.text).toContain("Sam's birthday");
    const json = await downloadFrom(alex.page, 'Complete copy (JSON)');
    expect(json.file.suggestedFilename()).toMatch(/\.json$/);
    expect((JSON.parse(json.text) as { format: string }).format).toBe('mend-export');

    // Sam has no address: the page says so plainly, and offers no choice that could not work.
    await sam.page.goto(`${app.server.url}/settings`);
    await sam.page.getByText('Reminders by email need an email address').waitFor(WAIT);
    expect(await sam.page.getByRole('radio').count()).toBe(0);
    await snap(sam.page, '63-settings-no-email-360');
    // Sam may add an address later; the choices appear, and removing it turns email off.
    await sam.page.getByLabel('An email address for reminders (optional)').fill('not an address');
    await sam.page.getByRole('button', { name: 'Save this address' }).click();
    await sam.page.getByRole('alert').first().waitFor(WAIT);
    expect(await sam.page.getByRole('radio').count()).toBe(0);
    await sam.page.getByLabel('An email address for reminders (optional)').fill('sam@example.org');
    await sam.page.getByRole('button', { name: 'Save this address' }).click();
    await sam.page.getByText('Reminders go to sam@example.org').waitFor(WAIT);
    await expect.poll(() => sam.page.getByRole('radio').count(), WAIT).toBe(3);
    await sam.page.getByRole('button', { name: 'Remove this address' }).click();
    await sam.page.getByText('Reminders by email need an email address').waitFor(WAIT);

    // The copy of one space, from where the space is decided on.
    await alex.page.setViewportSize({ width: 1100, height: 900 });
    await alex.page.goto(`${app.server.url}/spaces/${spaceId}/decide`);
    await alex.page.getByText('Download your copy of this space').waitFor(WAIT);
    await snapPart(alex.page.locator('.your-copy'), '64-space-copy-part');
    const asked: string[] = [];
    alex.page.on('request', (r) => asked.push(r.url()));
    const spaceCopy = await downloadFrom(alex.page, 'Readable copy (Markdown)');
    expect(spaceCopy.file.suggestedFilename()).toContain(spaceId);
    expect(spaceCopy.text).toContain(NOTE);
    // The browser says its time zone; the copy is a document, with no JSON or ids in it.
    expect(asked.some((u) => /\/export\?tz=/.test(u))).toBe(true);
    expect(spaceCopy.text).toMatch(/Times are in/);
    expect(spaceCopy.text).not.toMatch(/[{}]/);
    expect(spaceCopy.text).not.toContain(spaceId);

    // Ground rules both wrote and agreed to: once Alex leaves, Alex's lines go, and Sam's page
    // must not call what is left "these ground rules" you both agreed to.
    await alex.page.goto(`${app.server.url}/spaces/${spaceId}`);
    await sam.page.goto(`${app.server.url}/spaces/${spaceId}`);
    await alex.page.getByTestId('ground-rules').click();
    await alex.page.keyboard.type('We speak about today.');
    await expect.poll(() => sam.page.getByTestId('ground-rules').inputValue(), WAIT).toContain('We speak about today.');
    await sam.page.getByTestId('ground-rules').press('End');
    await sam.page.getByTestId('ground-rules').press('Enter');
    await sam.page.keyboard.type('Either of us can pause.');
    await expect.poll(() => alex.page.getByTestId('ground-rules').inputValue(), WAIT).toBe('We speak about today.\nEither of us can pause.');
    await alex.page.getByRole('button', { name: 'I agree to these' }).click();
    await sam.page.getByRole('button', { name: 'I agree to these' }).click();
    await expect.poll(() => sam.page.getByTestId('rules-state').textContent(), WAIT).toBe('You both agreed to these ground rules.');

    // Deleting: a wrong password changes nothing and says so; the right one says goodbye.
    await alex.page.goto(`${app.server.url}/settings`);
    await alex.page.getByRole('heading', { level: 1, name: 'Your settings' }).waitFor(WAIT);
    await alex.page.getByLabel('Your password', { exact: true }).fill('not my password at all');
    await alex.page.getByRole('button', { name: 'Delete my account and my words' }).click();
    await alex.page.getByText('That password does not match. Nothing has been deleted.').waitFor(WAIT);
    await snapPart(alex.page.getByRole('region', { name: 'Delete your account' }), '65-delete-wrong-password');
    expect((await alex.context.request.get(`${app.server.url}/api/me`)).status()).toBe(200);

    // A promise of Alex's, kept: its words go with Alex, and Sam's page says so.
    const promise = async (f: Friend, body: Record<string, unknown>, n: number) => expect((await f.context.request.post(
      `${app.server.url}/api/spaces/${spaceId}/commands`, { data: { id: `promise-left-${process.pid}-${n}`, ...body }, headers: { origin: app.server.url } })).status()).toBe(200);
    await promise(alex, { type: 'propose-commitment', text: 'ALEX-PROMISE-WORDS' }, 1);
    const commitmentId = (await app.server.deps.store.events(spaceId)).flatMap((e) => (e.type === 'commitment-proposed' ? [e.commitmentId] : []))[0];
    await promise(sam, { type: 'answer-commitment', commitmentId, answer: 'accept' }, 2);
    await promise(alex, { type: 'keep-commitment', commitmentId }, 3);
    await alex.page.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await alex.page.getByRole('button', { name: 'Delete my account and my words' }).click();
    await alex.page.getByText('Your account and your words are gone from Mend. Take care.').waitFor(WAIT);
    expect(new URL(alex.page.url()).pathname).toBe('/goodbye');
    expect(await alex.page.getByRole('link', { name: 'Your settings' }).count()).toBe(0);
    await snap(alex.page, '66-goodbye-desktop');

    // Signing in no longer works.
    await alex.page.goto(`${app.server.url}/signin`);
    await alex.page.getByLabel('Your name').fill(alex.name);
    await alex.page.getByLabel('Password').fill(PASSWORD);
    await alex.page.getByRole('button', { name: 'Sign in' }).click();
    await alex.page.getByText('That name and password do not match.').waitFor(WAIT);

    // Sam's space stays, closed and read-only.
    await sam.page.goto(`${app.server.url}/spaces/${spaceId}`);
    await expect.poll(() => sam.page.getByTestId('closed-note').textContent(), WAIT).toContain('has left Mend');
    expect(await sam.page.getByRole('heading', { level: 1 }).textContent()).toBe('A space with a friend who left');
    expect(await sam.page.getByText('will see this when you send it').count()).toBe(0);
    expect(await sam.page.getByText("who left's").count()).toBe(0);
    expect(await sam.page.getByText('sees this as you write it').count()).toBe(0);
    expect(await sam.page.getByRole('button', { name: 'I agree to these' }).count()).toBe(0);
    const rules = sam.page.getByTestId('ground-rules');
    expect(await rules.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => rules.inputValue(), WAIT).toBe('\nEither of us can pause.');
    expect(await sam.page.getByTestId('rules-state').textContent()).toBe(
      'You both agreed to ground rules here. Anything your friend wrote in them was taken out when they left Mend; your words stay.');
    await snap(sam.page, '67-space-after-friend-left-360');
    await sam.page.goto(`${app.server.url}/spaces/${spaceId}/rebuild`);
    await expect.poll(() => sam.page.getByTestId('promise-timeline').textContent(), WAIT).toContain('(taken out by the person who wrote it, when they left)');
    expect(await sam.page.getByTestId('promise-quote').count()).toBe(0);
    expect(await sam.page.content()).not.toContain('ALEX-PROMISE-WORDS');
  }, 120_000);
});
