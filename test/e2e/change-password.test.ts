// Changing the password in Settings, in real Chromium: a wrong current password is said
// plainly and changes nothing; the right one sets the new password, keeps this browser signed
// in and signs the person's other device out.
import { describe, expect, it } from 'vitest';
import { newFriend, signUpByApi, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';

const app = useAppInBrowser();

const WAIT = { timeout: 10_000 };
const NEW_PASSWORD = 'a fresh and long password';

describe('your password in Settings', () => {
  it('asks for the current password, sets the new one and signs the other device out', async () => {
    const url = app.server.url;
    const alex = await newFriend(app.browser, url, { name: uniqueName('Alex'), width: 360 });
    await signUpByApi(alex, url);
    const phone = await app.browser.newContext();
    const signIn = (context: typeof phone, password: string) =>
      context.request.post(`${url}/api/sessions`, { data: { name: alex.name, password }, headers: { origin: url } });
    expect((await signIn(phone, PASSWORD)).status()).toBe(200);

    await alex.page.goto(`${url}/settings`);
    const panel = alex.page.getByRole('region', { name: 'Change your password' });
    await panel.getByLabel('Your current password').fill('not my password');
    await panel.getByLabel('A new password').fill(NEW_PASSWORD);
    await panel.getByRole('button', { name: 'Set my new password' }).click();
    await panel.getByText('That is not your current password. Your password has not changed.').waitFor(WAIT);
    expect((await phone.request.get(`${url}/api/me`)).status()).toBe(200);

    await panel.getByLabel('Your current password').fill(PASSWORD);
    await panel.getByRole('button', { name: 'Set my new password' }).click();
    await expect.poll(() => panel.getByRole('status').textContent(), WAIT).toBe('Your new password is set. Other devices have been signed out.');
    expect((await phone.request.get(`${url}/api/me`)).status()).toBe(401);
    expect((await alex.context.request.get(`${url}/api/me`)).status()).toBe(200);
    const elsewhere = await app.browser.newContext();
    expect((await signIn(elsewhere, PASSWORD)).status()).toBe(401);
    expect((await signIn(elsewhere, NEW_PASSWORD)).status()).toBe(200);
    await Promise.all([phone.close(), elsewhere.close(), alex.context.close()]);
  });
});
