// Rebuilding and deciding, in two Chromium contexts (Alex on a desktop, Sam on a phone): a
// meeting suggested, moved and accepted; a check-in sealed until both answered; a promise
// offered, accepted, kept and noticed; a reassessment revealed and "our friendship now"
// marked by both; and the space closed kindly, read-only for the other with the last message.
import { describe, expect, it } from 'vitest';
import { snap } from '../helpers/browser.ts';
import { type Friend, pairInSpace, snapPart, useAppInBrowser } from '../helpers/e2e.ts';

const app = useAppInBrowser();

const WAIT = { timeout: 10_000 };
const typesOf = async (spaceId: string) => (await app.server.deps.store.events(spaceId)).map((e) => e.type);
const nav = (f: Friend, name: string) => f.page.getByRole('navigation', { name: 'In this space' }).getByRole('link', { name });
const text = (f: Friend, testId: string) => f.page.getByTestId(testId).textContent();

describe('rebuilding and deciding together', () => {
  it('meets again, checks in sealed, keeps a promise, reassesses, and closes kindly', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    const sockets: string[] = [];
    alex.page.on('websocket', (ws) => sockets.push(ws.url()));
    await alex.page.goto(spaceUrl);
    await sam.page.goto(`${spaceUrl}/rebuild`);
    await expect.poll(() => sockets.length, WAIT).toBe(3);
    // Meeting, rebuilding and deciding are open from the first minute, and the path says so.
    await alex.page.locator('nav.journey').waitFor(WAIT);
    expect(await alex.page.locator('nav.journey').textContent()).toContain('Nothing here is locked.');

    // The three views share one sync: moving between them opens no new socket.
    await nav(alex, 'Meeting and rebuilding').click();
    await expect.poll(() => nav(alex, 'Meeting and rebuilding').getAttribute('aria-current'), WAIT).toBe('page');
    expect(await nav(alex, 'Talking').getAttribute('aria-current')).toBeNull();
    await alex.page.getByRole('heading', { level: 1, name: /^Meeting and rebuilding, with / }).waitFor(WAIT);

    // Meeting again: Alex suggests, Sam moves it, Alex accepts.
    await alex.page.getByLabel('Day and time').fill('2030-06-01T15:00');
    await alex.page.getByLabel('Where (optional)').fill('The café by the river');
    await snap(alex.page, '40-meeting-propose-desktop');
    await alex.page.getByRole('button', { name: 'Suggest this time' }).click();
    await expect.poll(() => text(sam, 'meeting-state'), WAIT).toContain('would like to meet in person on');
    await snap(sam.page, '41-meeting-proposed-phone');
    await sam.page.getByRole('button', { name: 'Suggest another time' }).click();
    await sam.page.getByLabel('Day and time').fill('2030-06-02T16:30');
    await sam.page.getByRole('button', { name: 'Suggest this time instead' }).click();
    await expect.poll(() => text(alex, 'meeting-state'), WAIT).toContain('would like to meet in person on');
    expect(await text(alex, 'meeting-state')).toContain('June 2');
    await alex.page.getByRole('button', { name: "Yes, let's meet then" }).click();
    await expect.poll(() => text(sam, 'meeting-state'), WAIT).toContain('You agreed to meet in person on');
    expect((await typesOf(spaceId)).filter((t) => t.startsWith('meeting-'))).toEqual(['meeting-proposed', 'meeting-proposed', 'meeting-answered']);
    const ics = await alex.context.request.get(new URL((await alex.page.getByTestId('meeting-ics').getAttribute('href')) ?? '', app.server.url).href);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('LOCATION:The café by the river');
    // The preparation is private: what Alex writes stays out of Sam's page.
    await alex.page.getByTestId('prep-listen').fill('ALEX-PREP-PRIVATE');
    // No save button, so the note says it is kept as it is written (walk 19).
    expect(await alex.page.getByTestId('meeting').getByTestId('private-note-kept').first().textContent()).toBe('Only you can see this. It is kept as you write.');
    await snap(sam.page, '42-meeting-agreed-phone');

    // A check-in: Alex asks and answers; the answer is sealed, not readable by Sam.
    const secret = `ALEX-SEALED-${Date.now()}`;
    await alex.page.getByRole('button', { name: 'Ask for a check-in' }).click();
    await alex.page.getByTestId('checkin-form').waitFor(WAIT);
    for (const [m, n] of [['safe', '4, mostly'], ['seen', '2, a little'], ['appreciated', '5, completely']] as const)
      await alex.page.getByTestId(`scale-${m}`).getByRole('radio', { name: n }).check();
    await alex.page.getByTestId('checkin-note').fill(secret);
    await alex.page.getByRole('button', { name: 'Seal my answer' }).click();
    await expect.poll(() => text(alex, 'checkin-sealed'), WAIT).toMatch(/^Your answer is sealed until Sam .* answers too\.$/);
    await snap(alex.page, '43-checkin-sealed-desktop');
    await snapPart(alex.page.getByTestId('checkin-round'), '43b-checkin-sealed-part');

    await sam.page.getByTestId('checkin-form').waitFor(WAIT);
    // On Sam's phone the check-in is far down the page: the top says it waits, and leads to it.
    await sam.page.getByRole('link', { name: "A check-in is waiting for your answer, whenever you're ready." }).click();
    await expect.poll(() => sam.page.getByTestId('checkins').evaluate((el) => el.getBoundingClientRect().top < window.innerHeight), WAIT).toBe(true);
    expect(await text(sam, 'checkin-round')).not.toContain('You can skip this one');
    // Two rhythms: the words say which one they share.
    // "Choose how often" opens something, and shows it as the other folds do (walk 19).
    expect(await sam.page.getByText('Choose how often').evaluate((el) => getComputedStyle(el, '::before').content)).toBe('"▸" / ""');
    for (const [f, r] of [[sam, 'every two weeks'], [alex, 'once a month']] as const) {
      await f.page.getByText('Choose how often').click();
      await f.page.getByLabel(r).check();
      await f.page.getByRole('button', { name: 'Save my choice' }).click();
    }
    await expect.poll(() => text(sam, 'rhythm-shared'), WAIT).toBe('When your choices differ, you share the slower one: once a month. Either of you can still ask for a check-in at any time.');
    expect(await sam.page.content()).not.toContain(secret);
    expect(await sam.page.content()).not.toContain('ALEX-PREP-PRIVATE');
    const samSealed = await sam.context.request.get(`${app.server.url}/api/spaces/${spaceId}/sealed`);
    expect(await samSealed.json()).toEqual({ checkin: null, reassessment: null });
    // Sam answers by keyboard: arrow keys move within each group.
    await snap(sam.page, '44-checkin-form-phone');
    await snapPart(sam.page.getByTestId('checkin-round'), '44b-checkin-form-part-phone');
    for (const m of ['safe', 'seen', 'appreciated']) {
      await sam.page.getByTestId(`scale-${m}`).getByRole('radio', { name: '1, not at all' }).focus();
      await sam.page.keyboard.press('ArrowRight');
      await sam.page.keyboard.press('ArrowRight');
    }
    await sam.page.getByRole('button', { name: 'Seal my answer' }).click();
    await expect.poll(() => text(sam, 'checkins-revealed'), WAIT).toContain(secret);
    expect(await text(sam, 'checkins-revealed')).toContain('Seen: 3, somewhat');
    await expect.poll(() => text(alex, 'checkins-revealed'), WAIT).toContain('Seen: 3, somewhat');
    expect((await typesOf(spaceId)).filter((t) => t.startsWith('checkin-'))).toEqual(['checkin-opened', 'checkin-revealed']);
    await alex.page.getByTestId('chart-seen').locator('svg').waitFor(WAIT);
    expect(await alex.page.getByTestId('checkin-table').locator('caption').textContent()).toContain('Check-in answers');
    await snap(alex.page, '45-checkin-revealed-desktop');
    await snap(sam.page, '46-checkin-revealed-phone');
    await sam.page.getByText('Show the answers as a table').click();
    await snapPart(sam.page.getByTestId('checkins'), '46b-checkins-part-phone');
    await snapPart(sam.page.getByTestId('meeting'), '42b-meeting-part-phone');

    // A small promise: Sam offers, Alex accepts, Sam keeps it, Alex notices.
    await sam.page.getByRole('button', { name: 'Offer a small promise' }).click();
    // Every text for the other is checked as gently as a composer's: a promise too.
    await sam.page.getByTestId('promise-text').fill('you must call me on Friday');
    await expect.poll(() => sam.page.locator('.promise-form').getByTestId('gentle-hints').textContent(), WAIT).toContain('you must');
    // On a phone the whole promise shows, wrapped; a line break (pasted, or Enter) never reaches it (walk 19).
    expect(await sam.page.getByTestId('promise-text').evaluate((el) => el.tagName)).toBe('TEXTAREA');
    await sam.page.getByTestId('promise-text').fill('I will call you\non Friday.');
    expect(await sam.page.getByTestId('promise-text').inputValue()).toBe('I will call you on Friday.');
    await sam.page.getByTestId('promise-text').fill('I will call you on Friday.');
    await sam.page.getByRole('button', { name: 'Offer this promise' }).click();
    await alex.page.getByRole('button', { name: 'Yes, thank you' }).waitFor(WAIT);
    // Quoted as Sam wrote it, with who made it around it, not recast as "Sam offered to I will ...".
    expect(await text(alex, 'promise')).toMatch(/^Sam [\d-]+ offered a promise:\s*I will call you on Friday\./);
    expect(await alex.page.getByTestId('promise-quote').textContent()).toBe('I will call you on Friday.');
    await snapPart(alex.page.getByTestId('promises'), '47a-promise-offered-part-desktop');
    await alex.page.getByRole('button', { name: 'Yes, thank you' }).click();
    await sam.page.getByRole('button', { name: 'I kept this' }).waitFor(WAIT);
    await snapPart(sam.page.getByTestId('promises'), '47a-promise-accepted-part-phone');
    await sam.page.getByRole('button', { name: 'I kept this' }).click();
    await expect.poll(() => text(alex, 'promise-timeline'), WAIT).toMatch(/Sam [\d-]+ kept this promise:I will call you on Friday\./);
    await alex.page.getByRole('button', { name: 'I noticed' }).click();
    await expect.poll(() => text(sam, 'promise-timeline'), WAIT).toContain('You kept this promise:I will call you on Friday.');
    await expect.poll(() => text(sam, 'promise-timeline'), WAIT).toMatch(/Alex .* noticed\./);
    expect((await typesOf(spaceId)).filter((t) => t.startsWith('commitment-'))).toEqual([
      'commitment-proposed', 'commitment-answered', 'commitment-kept', 'commitment-noticed',
    ]);
    await snapPart(sam.page.getByTestId('promises'), '47-promises-part-phone');
    await snapPart(alex.page.getByTestId('promises'), '47b-promises-part-desktop');

    // Deciding together: sealed choices, revealed together, then "our friendship now".
    await nav(alex, 'Deciding together').click();
    await nav(sam, 'Deciding together').click();
    expect(sockets).toHaveLength(3);
    const words = `ALEX-REASSESS-${Date.now()}`;
    await alex.page.getByTestId('shape-now').getByLabel('Lighter contact').check();
    await alex.page.getByTestId('shape-hope').getByLabel('Close, in a different way').check();
    await alex.page.getByLabel('In your own words (optional)').fill(words);
    await alex.page.getByRole('button', { name: 'Seal my choice' }).click();
    await alex.page.getByTestId('reassess-sealed').waitFor(WAIT);
    await sam.page.getByTestId('shape-now').waitFor(WAIT);
    expect(await sam.page.content()).not.toContain(words);
    await snapPart(sam.page.getByTestId('reassess'), '48-reassess-form-part-phone');
    await sam.page.getByTestId('shape-now').getByLabel('A pause').check();
    await sam.page.getByTestId('shape-hope').getByLabel('Close, in a different way').check();
    await sam.page.getByRole('button', { name: 'Seal my choice' }).click();
    await expect.poll(() => text(sam, 'reassess-revealed'), WAIT).toContain(words);
    await expect.poll(() => text(alex, 'reassess-revealed'), WAIT).toContain('Now: A pause');

    await alex.page.getByTestId('statement-text').click();
    await alex.page.keyboard.type('We are friends who take it slowly.');
    await expect.poll(() => sam.page.getByTestId('statement-text').inputValue(), WAIT).toBe('We are friends who take it slowly.');
    await alex.page.getByRole('button', { name: 'These words are ours' }).click();
    await expect.poll(() => text(sam, 'statement-state'), WAIT).toContain('marked these words as theirs');
    await sam.page.getByRole('button', { name: 'These words are ours' }).click();
    await expect.poll(() => text(alex, 'statement-state'), WAIT).toContain('You both marked these words as yours.');
    expect((await typesOf(spaceId))).toContain('statement-agreed');
    await snap(alex.page, '49-decide-desktop');
    // Only the tab of the page shown is current; links within the page are never marked so.
    const current = await alex.page.locator('a[aria-current="page"], a.active').allTextContents();
    expect(current).toEqual(['Deciding together']);

    // Closing kindly: Sam sees it read-only, with the last message.
    await alex.page.getByRole('button', { name: 'Close this space' }).click();
    // The last message is checked too.
    await alex.page.getByLabel(/^A last message to /).fill('You should have called me.');
    await expect.poll(() => alex.page.locator('form.confirm').getByTestId('gentle-hints').textContent(), WAIT).toContain('You should');
    await alex.page.getByLabel(/^A last message to /).fill('Thank you for all of it. Take care.');
    // "Keep it open" stands apart from the button, not touching it.
    const closeBox = await alex.page.getByRole('button', { name: 'Close the space' }).boundingBox();
    const keepBox = await alex.page.getByRole('button', { name: 'Keep it open' }).boundingBox();
    if (!closeBox || !keepBox) throw new Error('the close buttons are not shown');
    const apart = keepBox.y >= closeBox.y + closeBox.height || keepBox.x - (closeBox.x + closeBox.width) >= 12;
    expect(apart).toBe(true);
    await alex.page.getByRole('button', { name: 'Close the space' }).click();
    await expect.poll(() => text(sam, 'closed-note'), WAIT).toContain('Thank you for all of it. Take care.');
    expect(await text(sam, 'closed-note')).toMatch(/Alex .* closed the space\./);
    expect(await sam.page.getByTestId('statement-text').getAttribute('readonly')).not.toBeNull();
    // ...and does not look like a box to type in: no resize handle, no card behind it (walk 19).
    expect(await sam.page.getByTestId('statement-text').evaluate((el) => [getComputedStyle(el).resize, getComputedStyle(el).backgroundColor]))
      .toEqual(['none', 'rgba(0, 0, 0, 0)']);
    expect(await sam.page.getByRole('button', { name: 'Close this space' }).count()).toBe(0);
    await snap(sam.page, '50-closed-phone');
    await snapPart(sam.page.locator('.page'), '50b-closed-part-phone');
    await nav(sam, 'Meeting and rebuilding').click();
    await sam.page.getByTestId('checkins-revealed').waitFor(WAIT);
    expect(await sam.page.getByRole('button', { name: 'Offer a small promise' }).count()).toBe(0);
    expect(await sam.page.getByRole('button', { name: 'Ask for a check-in' }).count()).toBe(0);
    expect(await text(sam, 'closed-note')).toContain('Thank you for all of it.');
    await sam.page.setViewportSize({ width: 360, height: 800 });
    await snap(sam.page, '51-closed-rebuild-360');
    await snapPart(sam.page.getByRole('navigation', { name: 'In this space' }), '51b-nav-360');
    await snapPart(sam.page.getByTestId('checkins'), '51c-checkins-360');
  }, 120_000);

  it('after a meeting, each keeps a private note and may share one line', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    let n = 0;
    const command = async (f: Friend, body: Record<string, unknown>) => {
      const res = await f.context.request.post(`${app.server.url}/api/spaces/${spaceId}/commands`, {
        data: { id: `after-meeting-${process.pid}-${++n}`, ...body },
        headers: { origin: app.server.url },
      });
      expect(res.status()).toBe(200);
    };
    // A meeting agreed for a moment from now (the server refuses times already past); once
    // that moment has passed, "after" is now.
    const when = Date.now() + 2_000;
    await command(alex, { type: 'propose-meeting', when: new Date(when).toISOString(), mode: 'video', place: 'https://call.example/room' });
    await command(sam, { type: 'answer-meeting', meetingId: 'm1', answer: 'accept' });
    await expect.poll(() => Date.now() > when, { timeout: 10_000 }).toBe(true);
    await alex.page.goto(`${spaceUrl}/rebuild`);
    await sam.page.goto(`${spaceUrl}/rebuild`);
    await alex.page.getByTestId('meeting-how').fill('ALEX-HOW-IT-WENT');
    await alex.page.getByTestId('composer-meeting-line').fill('It was good to hear your voice.');
    await snapPart(alex.page.getByTestId('meeting'), '52-meeting-after-desktop');
    await alex.page.getByRole('button', { name: 'Share this line' }).click();
    await expect.poll(() => text(sam, 'meeting-line'), WAIT).toBe('It was good to hear your voice.');
    expect(await sam.page.content()).not.toContain('ALEX-HOW-IT-WENT');
    expect(await sam.page.getByRole('link', { name: 'https://call.example/room' }).count()).toBe(1);
    await snapPart(sam.page.getByTestId('meeting'), '53-meeting-after-phone');

    // Dates that matter are Alex's alone: kept, shown with their next day, and removed.
    await alex.page.getByRole('button', { name: 'Keep a date' }).click();
    await alex.page.getByLabel('What the day is').fill('Birthday of Sam');
    await alex.page.getByLabel('Month', { exact: true }).selectOption('2');
    await alex.page.getByLabel('Day', { exact: true }).selectOption('29');
    await alex.page.getByLabel('When to remind me').selectOption('7');
    await alex.page.getByRole('button', { name: 'Keep this date' }).click();
    await expect.poll(() => text(alex, 'dates'), WAIT).toContain('Birthday of Sam');
    expect(await text(alex, 'dates')).toMatch(/Next on .*(February|March)/);
    await snapPart(alex.page.getByTestId('dates'), '53b-dates-desktop');
    await sam.page.reload();
    await sam.page.getByTestId('dates').waitFor(WAIT);
    expect(await sam.page.content()).not.toContain('Birthday of Sam');
    await alex.page.getByRole('button', { name: 'Remove Birthday of Sam' }).click();
    await expect.poll(() => text(alex, 'dates'), WAIT).not.toContain('Birthday of Sam');

    // Check-ins over weeks: the chart draws each line, and the table holds every answer.
    const rounds = [[3, 4, 2, 5, 3, 4], [4, 4, 3, 3, 4, 4], [4, 5, 4, 2, 5, 4]] as const;
    for (const [a1, b1, a2, b2, a3, b3] of rounds) {
      await command(alex, { type: 'answer-checkin', safe: a1, seen: a2, appreciated: a3 });
      await command(sam, { type: 'answer-checkin', safe: b1, seen: b2, appreciated: b3, note: 'Better this week.' });
    }
    await expect.poll(() => alex.page.getByTestId('checkin-table').locator('tbody tr:has(td)').count(), WAIT).toBe(6);
    expect(await alex.page.getByTestId('chart-safe').locator('polyline.series-mine').getAttribute('points')).toMatch(/^(\S+ ){2}\S+$/);
    await snapPart(alex.page.getByTestId('checkins'), '54-checkins-over-time-desktop');
    await snapPart(sam.page.getByTestId('checkins'), '55-checkins-over-time-phone');
    await sam.page.emulateMedia({ colorScheme: 'dark' });
    await snapPart(sam.page.getByTestId('checkins'), '56-checkins-dark-phone');
  });
});
