// A closed space in the browser: a device that was there before comes back and reads it, with
// no refusal; everything said stays readable and nothing asks for a move.
import type { WebSocket as PwWebSocket } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pairInSpace, type Friend, useAppInBrowser } from '../helpers/e2e.ts';

const app = useAppInBrowser();
const WAIT = { timeout: 15_000 };

const command = (f: Friend, spaceId: string, body: Record<string, unknown>) =>
  f.context.request.post(`${app.server.url}/api/spaces/${spaceId}/commands`, {
    data: { id: `closed-${process.pid}-${Math.random().toString(36).slice(2)}`, ...body },
    headers: { origin: app.server.url },
  });

describe('a closed space', () => {
  it('stays readable on a device that was there before, and shows no control that acts', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    // The ground rules agreed (to the empty words both see), so the first prompt is open and Sam's move.
    for (const f of [alex, sam]) expect((await command(f, spaceId, { type: 'agree-ground-rules', text: '' })).status()).toBe(200);
    expect((await command(sam, spaceId, { type: 'offer-apology', text: 'I am sorry I went quiet.' })).status()).toBe(200);

    // Sam's device is there while the space is open: it keeps its copies (IndexedDB).
    await sam.page.goto(spaceUrl);
    await sam.page.getByTestId('composer-share').waitFor(WAIT);
    await sam.page.goto(`${app.server.url}/`);
    // The first prompt is talked through while Sam is away, so it is an earlier prompt once the space closes.
    const opened = (await app.server.deps.store.events(spaceId)).find((e) => e.type === 'prompt-opened');
    const on = { deckId: (opened as { deckId: string }).deckId, promptId: (opened as { promptId: string }).promptId };
    for (const [f, body] of [
      [sam, { type: 'share', ...on, text: 'SAM-EARLIER I missed you.' }], [alex, { type: 'hear', ...on, text: 'You missed me.' }], [sam, { type: 'confirm', ...on }],
      [alex, { type: 'share', ...on, text: 'ALEX-EARLIER I was afraid.' }], [sam, { type: 'hear', ...on, text: 'You were afraid.' }], [alex, { type: 'confirm', ...on }],
    ] as const) expect((await command(f, spaceId, body)).status(), body.type).toBe(200);
    expect(await app.server.deps.store.events(spaceId).then((all) => all.filter((e) => e.type === 'prompt-opened').length)).toBe(2);
    expect((await command(alex, spaceId, { type: 'leave', lastMessage: 'Take care.' })).status()).toBe(200);

    // Sam comes back on the same device. Its copy of the together document goes up as a step 2.
    const together = new Promise<PwWebSocket>((resolve) => sam.page.on('websocket', (ws) => ws.url().endsWith('/together') && resolve(ws)));
    let closed = false;
    let step2Sent = false;
    let heardAfter = false;
    void together.then((ws) => {
      ws.on('close', () => (closed = true));
      ws.on('framesent', (f) => {
        if (typeof f.payload !== 'string' && f.payload[0] === 0 && f.payload[1] === 1) step2Sent = true;
      });
      ws.on('framereceived', () => (heardAfter ||= step2Sent));
    });
    await sam.page.goto(spaceUrl);
    await sam.page.getByTestId('closed-note').waitFor(WAIT);
    // The note's first line sits at the card's padding, with no extra gap above it.
    const gapAbove = await sam.page.getByTestId('closed-note').evaluate((note) =>
      (note.firstElementChild as HTMLElement).getBoundingClientRect().top - note.getBoundingClientRect().top);
    expect(gapAbove).toBeLessThan(16);
    await expect.poll(() => heardAfter, WAIT).toBe(true);
    expect(closed).toBe(false);
    expect(await sam.page.getByText('This part of the space is not open to you.').count()).toBe(0);

    // Readable: the prompt, the apology and the ground rules; nothing that acts or promises to.
    await sam.page.getByTestId('prompt').waitFor(WAIT);
    // The open prompt's hint ("Any answer is fine.") invites an answer the space can no longer take.
    expect(await sam.page.getByTestId('prompt').locator('.hint').count()).toBe(0);
    expect(await sam.page.getByTestId('apology').textContent()).toContain('I am sorry I went quiet.');
    for (const name of ['Send', 'Pass', 'I agree to these', 'Write an apology'])
      expect(await sam.page.getByRole('button', { name, exact: true }).count(), name).toBe(0);
    const body = (await sam.page.locator('main').textContent()) ?? '';
    expect(body).not.toContain('Both of you can change them at any time');
    expect(body).not.toMatch(/sees this as you write it/);
    expect(body).toContain('This space is read-only now.');

    // The finished prompt stays readable under "Earlier prompts", with both sides of it.
    const earlier = sam.page.getByTestId('earlier');
    await earlier.getByText('Earlier prompts').click({ timeout: 10_000 });
    await earlier.getByTestId('earlier-prompt').waitFor({ state: 'visible', timeout: 5_000 });
    const said = await earlier.innerText();
    for (const words of ['SAM-EARLIER I missed you.', 'You missed me.', 'ALEX-EARLIER I was afraid.', 'You were afraid.']) expect(said).toContain(words);

    // Deciding together invites no choice the closed space cannot take; the copy is still there.
    await sam.page.getByRole('navigation', { name: 'In this space' }).getByRole('link', { name: 'Deciding together' }).click();
    await sam.page.getByRole('button', { name: 'Readable copy (Markdown)' }).waitFor(WAIT);
    const decide = (await sam.page.locator('main').textContent()) ?? '';
    expect(decide).not.toContain('Each of you chooses');
    expect(decide).not.toContain('Once you have both chosen');
  }, 90_000);

  it('keeps words sent offline that arrive after it closed, and says the space closed', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    for (const f of [alex, sam]) expect((await command(f, spaceId, { type: 'agree-ground-rules', text: '' })).status()).toBe(200);
    await sam.page.goto(spaceUrl);
    await sam.page.getByTestId('composer-share').waitFor(WAIT);
    await sam.context.setOffline(true);
    await sam.page.getByTestId('composer-share').fill('SAM-OFFLINE I was slow to answer.');
    await sam.page.getByRole('button', { name: 'Send', exact: true }).click();
    await sam.page.getByText('Saved on this device').waitFor(WAIT);
    expect((await command(alex, spaceId, { type: 'leave' })).status()).toBe(200);
    await sam.context.setOffline(false);
    await sam.page.getByText('This could not be added, because the space has closed. Your words are kept here:').waitFor(WAIT);
    expect(await sam.page.locator('main').textContent()).toContain('SAM-OFFLINE I was slow to answer.');
    expect((await app.server.deps.store.events(spaceId)).some((e) => e.type === 'shared')).toBe(false);
  }, 90_000);
});
