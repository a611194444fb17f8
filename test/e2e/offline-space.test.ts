// A space read and written with no connection (issue 11, part 3): Alex opens the space, the
// browser goes offline, a reload still shows the conversation from this device (the documents
// from IndexedDB, the space's details from what Alex last saw), Alex writes back what was heard
// and it waits on the device; back online it reaches Sam exactly once. Signing out takes
// everything of Alex's off this browser.
import { describe, expect, it } from 'vitest';
import { type Friend, pairInSpace, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD } from '../helpers/http.ts';

const app = useAppInBrowser();

async function agreeRules(alex: Friend, sam: Friend) {
  await alex.page.getByTestId('ground-rules').click();
  await alex.page.keyboard.type('We speak about today.');
  await expect.poll(() => sam.page.getByTestId('ground-rules').inputValue(), { timeout: 10_000 }).toBe('We speak about today.');
  await alex.page.getByRole('button', { name: 'I agree to these' }).click();
  await expect.poll(() => sam.page.getByTestId('rules-state').textContent(), { timeout: 10_000 }).toContain('agreed to these words');
  await sam.page.getByRole('button', { name: 'I agree to these' }).click();
}

/** Until the service worker controls the page, a reload offline would find nothing. */
const workerInControl = (friend: Friend) =>
  friend.page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });

const occurrences = (haystack: string, needle: string) => haystack.split(needle).length - 1;

/** The ids this browser holds of its person: IndexedDB databases and localStorage keys. */
const storedHere = (friend: Friend, userId: string) =>
  friend.page.evaluate(async (id) => {
    const databases = (await indexedDB.databases()).map((d) => d.name ?? '').filter((n) => n.startsWith(`mend:${id}:`));
    const keys = Object.keys(localStorage).filter((k) => k.startsWith(`mend:kept:${id}:`));
    const me = localStorage.getItem('mend:kept-me');
    return { databases, keys, me };
  }, userId);

describe('a space with no connection', () => {
  it('reloads offline to the conversation, keeps a turn on the device, and sends it once when back', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    await agreeRules(alex, sam);

    const samWords = `I missed our walks by the river ${Date.now()}.`;
    await sam.page.getByTestId('composer-share').fill(samWords);
    await sam.page.getByRole('button', { name: 'Send', exact: true }).click();
    await alex.page.getByTestId('composer-hear').waitFor({ timeout: 10_000 });
    await alex.page.getByText(samWords).waitFor({ timeout: 10_000 });
    await workerInControl(alex);
    // What Alex's browser kept of the space: its documents and its details, under Alex's id.
    const alexId = await alex.page.evaluate(() => fetch('/api/sessions/current').then((r) => r.json()).then((s: { me: { id: string } }) => s.me.id));
    await expect.poll(async () => (await storedHere(alex, alexId)).databases.sort(), { timeout: 10_000 })
      .toEqual([`mend:${alexId}:${spaceId}:log`, `mend:${alexId}:${spaceId}:mine`, `mend:${alexId}:${spaceId}:together`]);
    expect((await storedHere(alex, alexId)).keys).toContain(`mend:kept:${alexId}:space:${spaceId}`);

    // No connection: the reload comes from the worker, the conversation from this device.
    await alex.context.setOffline(true);
    let framesWhileOffline = 0;
    const countFrames = (ws: import('playwright-core').WebSocket) => ws.on('framereceived', () => void framesWhileOffline++);
    alex.page.on('websocket', countFrames);
    const reloaded = await alex.page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await alex.page.getByText(samWords).waitFor({ timeout: 10_000 });
    await alex.page.getByTestId('showing-kept').waitFor();
    expect(await alex.page.getByTestId('showing-kept').textContent()).toContain('what you last saw');
    expect(await alex.page.getByTestId('ground-rules').inputValue()).toBe('We speak about today.');

    // Alex writes back what was heard; it waits on the device.
    const alexWords = `You missed our walks by the river ${Date.now()}.`;
    await alex.page.getByTestId('composer-hear').fill(alexWords);
    await alex.page.getByRole('button', { name: 'Send what I heard' }).click();
    await alex.page.getByText('Saved on this device').waitFor({ timeout: 10_000 });
    expect((await app.server.deps.store.events(spaceId)).filter((e) => e.type === 'heard')).toHaveLength(0);
    // In place in the thread, marked as not out yet, and nothing asks for it a second time.
    const waitingEntry = alex.page.locator('.thread .entry.not-sent');
    const inPlace = async () => {
      await waitingEntry.waitFor({ timeout: 10_000 });
      expect(await waitingEntry.innerText()).toContain(alexWords);
      expect(await waitingEntry.getByTestId('unsent').textContent()).toBe('Waiting to go out');
      expect(await alex.page.getByTestId('composer-hear').count()).toBe(0);
    };
    await inPlace();
    // Still there after another reload offline: the outbox is kept in this browser's storage.
    await alex.page.reload();
    await alex.page.getByText(samWords).waitFor({ timeout: 10_000 });
    await inPlace();
    await alex.page.getByText('Saved on this device').waitFor({ timeout: 10_000 });

    // The documents really came from this device: nothing arrived over a live connection.
    expect(framesWhileOffline).toBe(0);
    alex.page.off('websocket', countFrames);

    // Back online: it goes out, and Sam sees it once, without reloading.
    await alex.context.setOffline(false);
    await expect.poll(async () => occurrences(await sam.page.locator('main').innerText(), alexWords), { timeout: 20_000 }).toBe(1);
    await alex.page.getByText('Saved on this device').waitFor({ state: 'detached', timeout: 15_000 });
    await alex.page.getByTestId('showing-kept').waitFor({ state: 'detached', timeout: 15_000 });
    // And on Alex's screen, once and no longer marked.
    await alex.page.getByTestId('unsent').waitFor({ state: 'detached', timeout: 15_000 });
    expect(occurrences(await alex.page.locator('main').innerText(), alexWords)).toBe(1);
    // Once, in Sam's view after a fresh load and in the server's log as read through the API.
    await sam.page.reload();
    await sam.page.getByText(alexWords).first().waitFor({ timeout: 10_000 });
    expect(occurrences(await sam.page.locator('main').innerText(), alexWords)).toBe(1);
    const copy = await sam.context.request.get(`${app.server.url}/api/spaces/${spaceId}/export`, { headers: { accept: 'application/json' } });
    expect(copy.status()).toBe(200);
    expect(occurrences(await copy.text(), alexWords)).toBe(1);
    const heard = (await app.server.deps.store.events(spaceId)).filter((e) => e.type === 'heard');
    expect(heard.map((e) => (e as { text: string }).text)).toEqual([alexWords]);
  });

  it('signing out takes this person\'s documents, kept answers and outbox off the browser', async () => {
    const { alex, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await alex.page.getByTestId('ground-rules').waitFor({ timeout: 10_000 });
    const alexId = await alex.page.evaluate(() => fetch('/api/sessions/current').then((r) => r.json()).then((s: { me: { id: string } }) => s.me.id));
    // Another person's copy on the same browser stays: their offline words are theirs to send.
    await alex.page.evaluate(() => new Promise<void>((resolve) => {
      const req = indexedDB.open('mend:someone-else:notebook');
      req.onsuccess = () => { req.result.close(); resolve(); };
    }));
    await expect.poll(async () => (await storedHere(alex, alexId)).databases.length, { timeout: 10_000 }).toBe(3);
    const before = await storedHere(alex, alexId);
    expect(before.keys).toContain(`mend:kept:${alexId}:space:${spaceId}`);
    expect(before.me).toContain(alexId);

    await alex.page.getByRole('button', { name: 'Sign out' }).click();
    await alex.page.getByRole('link', { name: 'Sign in' }).waitFor();
    await expect.poll(() => storedHere(alex, alexId), { timeout: 10_000 }).toEqual({ databases: [], keys: [], me: null });
    const outbox = await alex.page.evaluate(() => localStorage.getItem('mend:outbox') ?? '[]');
    expect(outbox).not.toContain(alexId);
    const others = await alex.page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
    expect(others).toContain('mend:someone-else:notebook');
  });

  it('deleting the account takes the same off the browser', async () => {
    const { alex, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(spaceUrl);
    await alex.page.getByTestId('ground-rules').waitFor({ timeout: 10_000 });
    const alexId = await alex.page.evaluate(() => fetch('/api/sessions/current').then((r) => r.json()).then((s: { me: { id: string } }) => s.me.id));
    await expect.poll(async () => (await storedHere(alex, alexId)).databases.length, { timeout: 10_000 }).toBe(3);
    expect((await storedHere(alex, alexId)).keys).toContain(`mend:kept:${alexId}:space:${spaceId}`);

    await alex.page.getByRole('link', { name: 'Your settings' }).click();
    await alex.page.getByLabel('Your password', { exact: true }).fill(PASSWORD);
    await alex.page.getByRole('button', { name: 'Delete my account and my words' }).click();
    await alex.page.getByText('Your account and your words are gone from Mend. Take care.').waitFor({ timeout: 10_000 });
    await expect.poll(() => storedHere(alex, alexId), { timeout: 10_000 }).toEqual({ databases: [], keys: [], me: null });
  });
});
