// Issue 9, as two people live it, in real Chromium: a signed-out visit logs no error; the
// opener's space page and "Your spaces" change as the friend answers, with no reload; a
// "no thanks" moves to a quiet "Earlier" list; sign-up keeps the sign-in name apart from the
// name the friend sees.
import { describe, expect, it } from 'vitest';
import { snap } from '../helpers/browser.ts';
import { type Friend, newFriend, signUpByApi, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';

const app = useAppInBrowser();
const WAIT = { timeout: 10_000 };

async function openSpaceAs(alex: Friend): Promise<{ id: string; token: string }> {
  const opened = await alex.context.request.post(`${app.server.url}/api/spaces`, {
    data: { friendName: 'Sam', note: 'I have missed you.' },
    headers: { origin: app.server.url },
  });
  const { id, inviteUrl } = (await opened.json()) as { id: string; inviteUrl: string };
  return { id, token: inviteUrl.split('/invite/')[1] as string };
}

/** The friend's answer, sent the way their browser would, from outside the opener's page. */
async function answer(token: string, body: Record<string, unknown>, friend?: Friend): Promise<void> {
  const request = friend ? friend.context.request : (await app.browser.newContext()).request;
  const res = await request.post(`${app.server.url}/api/invitations/${token}`, { data: body, headers: { origin: app.server.url } });
  expect(res.status()).toBe(200);
}

describe('as two people live it', () => {
  it('a signed-out visit asks who is signed in without an error in the console', async () => {
    const guest = await newFriend(app.browser, app.server.url);
    const errors: string[] = [];
    guest.page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    guest.page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    await guest.page.goto(app.server.url);
    await guest.page.getByRole('link', { name: 'Create an account' }).first().waitFor(WAIT);
    await guest.page.goto(`${app.server.url}/signin`);
    await guest.page.getByRole('button', { name: 'Sign in' }).waitFor(WAIT);
    expect(errors).toEqual([]);
    await guest.context.close();
  });

  it("the opener's space page changes as the friend answers: not yet, then joined", async () => {
    const alex = await newFriend(app.browser, app.server.url, { name: uniqueName('Alex') });
    await signUpByApi(alex, app.server.url);
    const { id, token } = await openSpaceAs(alex);
    await alex.page.goto(`${app.server.url}/spaces/${id}`);
    await alex.page.getByText('Nothing is shared until Sam says yes.', { exact: false }).waitFor(WAIT);
    // "The old link stops working." stands below "Make a new link", not run on after it as one sentence.
    const renew = await alex.page.getByRole('button', { name: 'Make a new link' }).boundingBox();
    const renewHint = await alex.page.getByText('The old link stops working.').boundingBox();
    expect(renewHint && renew && renewHint.y >= renew.y + renew.height - 1).toBe(true);

    await answer(token, { answer: 'not-yet', askAgainAfter: '2099-03-14' });
    await alex.page.getByText('Sam said not yet, and asked to be asked again after', { exact: false }).waitFor(WAIT);
    // The day in words, as everywhere else, not "14/03/2099" (walk 19).
    expect(await alex.page.getByText('Sam said not yet', { exact: false }).textContent()).toMatch(/after \w+,? (14 March|March 14),? 2099\./);

    const sam = await newFriend(app.browser, app.server.url, { name: uniqueName('Sam') });
    await signUpByApi(sam, app.server.url);
    await answer(token, { answer: 'join' }, sam);
    await alex.page.getByTestId('ground-rules').waitFor(WAIT);
    await alex.context.close();
    await sam.context.close();
  });

  it('"Your spaces" says where each space stands, live, and a "no thanks" moves to Earlier', async () => {
    const alex = await newFriend(app.browser, app.server.url, { name: uniqueName('Alex'), width: 390 });
    await signUpByApi(alex, app.server.url);
    const first = await openSpaceAs(alex);
    const second = await openSpaceAs(alex);
    await alex.page.goto(app.server.url);
    const standings = alex.page.getByTestId('space-standing');
    await expect.poll(() => standings.allTextContents(), WAIT).toEqual(['Waiting for an answer', 'Waiting for an answer']);

    // The newer space (first on the list) is declined: it moves below, and is not deleted.
    await answer(second.token, { answer: 'no-thanks' });
    const earlier = alex.page.getByTestId('earlier-spaces');
    await earlier.getByText('Kept here. Nothing was deleted').waitFor(WAIT);
    expect(await alex.page.getByTestId('space-card').first().getAttribute('href')).toBe(`/spaces/${first.id}`);

    await answer(first.token, { answer: 'not-yet', askAgainAfter: '2099-03-14' });
    await expect.poll(() => standings.first().textContent(), WAIT).toMatch(/^Asked to wait until .*14/);

    const sam = await newFriend(app.browser, app.server.url, { name: uniqueName('Sam') });
    await signUpByApi(sam, app.server.url);
    await answer(first.token, { answer: 'join' }, sam);
    await expect.poll(() => standings.first().textContent(), WAIT).toBe('Open');
    await snap(alex.page, 'i9-your-spaces-phone');
    await alex.context.close();
    await sam.context.close();
  });

  it('an invitation that cannot be reached just now is not called closed, and opens on another try', async () => {
    const alex = await newFriend(app.browser, app.server.url, { name: uniqueName('Alex') });
    await signUpByApi(alex, app.server.url);
    const { token } = await openSpaceAs(alex);
    // Alex opening the link sees what Sam will see, without choices that are Sam's to make.
    await alex.page.goto(`${app.server.url}/invite/${token}`);
    await alex.page.getByTestId('invite-yours').waitFor(WAIT);
    expect(await alex.page.getByRole('button', { name: 'Join' }).count()).toBe(0);
    const sam = await newFriend(app.browser, app.server.url, { width: 390 });
    await sam.context.route('**/api/invitations/**', (route) => route.abort('internetdisconnected'));
    await sam.page.goto(`${app.server.url}/invite/${token}`);
    await sam.page.getByRole('heading', { name: 'This invitation could not be opened just now' }).waitFor(WAIT);
    expect(await sam.page.getByText('no longer open').count()).toBe(0);
    await sam.context.unroute('**/api/invitations/**');
    await sam.page.getByRole('button', { name: 'Try again' }).click();
    await sam.page.getByRole('heading', { name: /would like to hear from you$/ }).waitFor(WAIT);

    // A link that is really closed says so once, not twice.
    await sam.page.goto(`${app.server.url}/invite/not-a-real-token`);
    await sam.page.getByRole('heading', { name: 'This invitation link is no longer open.' }).waitFor(WAIT);
    expect(await sam.page.getByText('This invitation link is no longer open.').count()).toBe(1);
    await alex.context.close();
    await sam.context.close();
  });

  it('sign-up keeps the name to sign in with apart from the name the friend sees', async () => {
    const robin = await newFriend(app.browser, app.server.url);
    await robin.page.goto(`${app.server.url}/signup`);
    await robin.page.getByLabel('Your name for signing in').fill(uniqueName('robin-k'));
    await robin.page.getByLabel('The name your friend sees').fill('Robin');
    await robin.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await robin.page.getByRole('button', { name: 'Create account' }).click();
    await robin.page.getByRole('heading', { name: 'Your recovery codes' }).waitFor(WAIT);
    // Another Robin can be Robin to their friends too.
    const other = await newFriend(app.browser, app.server.url);
    await other.page.goto(`${app.server.url}/signup`);
    await other.page.getByLabel('Your name for signing in').fill(uniqueName('robin-m'));
    await other.page.getByLabel('The name your friend sees').fill('Robin');
    await other.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await other.page.getByRole('button', { name: 'Create account' }).click();
    await other.page.getByRole('heading', { name: 'Your recovery codes' }).waitFor(WAIT);
    const me = (await (await other.context.request.get(`${app.server.url}/api/sessions/current`)).json()) as { me: { displayName: string } };
    expect(me.me.displayName).toBe('Robin');
    await robin.context.close();
    await other.context.close();
  });
});
