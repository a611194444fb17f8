// At phone size (390 x 844) in real Chromium: the recovery codes stand whole and apart; the
// ground rules box grows with its words; the space page puts what needs this person now first
// and keeps the rest one tap away, instead of a page many screens long.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { snap } from '../helpers/browser.ts';
import { type Friend, newFriend, pairInSpace, snapPart, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';

const app = useAppInBrowser();
const WAIT = { timeout: 10_000 };
const PHONE = { width: 390, height: 844 };

/** Boxes of the given elements, as plain numbers. */
const boxes = (page: Page, selector: string) =>
  page.$$eval(selector, (els) => els.map((el) => {
    const r = el.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, lines: el.getClientRects().length };
  }));

describe('at phone size', () => {
  it('shows each recovery code whole, on its own line, with its number in view', async () => {
    const robin = await newFriend(app.browser, app.server.url, { width: PHONE.width });
    await robin.page.setViewportSize(PHONE);
    await robin.page.goto(`${app.server.url}/signup`);
    await robin.page.getByLabel('Your name for signing in').fill(uniqueName('Robin'));
    await robin.page.getByLabel('Password', { exact: true }).fill(PASSWORD);
    await robin.page.getByRole('button', { name: 'Create account' }).click();
    await robin.page.getByRole('heading', { name: 'Your recovery codes' }).waitFor(WAIT);
    await snap(robin.page, 'i9-phone-recovery-codes');
    const items = await boxes(robin.page, '.codes li');
    const codes = await boxes(robin.page, '.codes li code');
    expect(items).toHaveLength(10);
    // A code is never broken over two lines, and no item overlaps another.
    for (const c of codes) expect(c.lines).toBe(1);
    for (let i = 0; i < items.length; i++)
      for (let j = i + 1; j < items.length; j++) {
        const a = items[i]!, b = items[j]!;
        const apart = a.bottom <= b.top + 0.5 || b.bottom <= a.top + 0.5 || a.right <= b.left + 0.5 || b.right <= a.left + 0.5;
        expect(apart, `codes ${i + 1} and ${j + 1} overlap`).toBe(true);
      }
    // The number before each code ("10." is the widest) starts inside the page.
    const markerRoom = await robin.page.$eval('.codes', (ol) => parseFloat(getComputedStyle(ol).paddingLeft));
    const ten = await robin.page.$eval('.codes li:last-child', (li) => {
      const probe = document.createElement('span');
      probe.textContent = '10. ';
      probe.style.font = getComputedStyle(li).font;
      document.body.append(probe);
      const width = probe.getBoundingClientRect().width;
      probe.remove();
      return width;
    });
    expect(markerRoom).toBeGreaterThanOrEqual(ten);
    for (const c of codes) expect(c.right).toBeLessThanOrEqual(PHONE.width);
    await robin.context.close();
  });

  it('puts what needs me now first; pace, apology and ground rules are one tap away', async () => {
    const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url);
    await sam.page.setViewportSize(PHONE);
    await alex.page.goto(spaceUrl);
    await sam.page.goto(spaceUrl);
    const rules = ['We speak about today.', 'Either of us can pause at any time.', 'We do not bring up the wedding.',
      'We say when something hurts.', 'We answer within a week, or say we need longer.', 'We can skip a prompt.',
      'The last rule: we are kind, even when we disagree.'].join('\n');
    await alex.page.getByTestId('ground-rules').click();
    await alex.page.keyboard.insertText(rules);
    await expect.poll(() => sam.page.getByTestId('ground-rules').inputValue(), WAIT).toBe(rules);
    // The box grows with its words: the last rule is not cut off.
    const fits = await sam.page.getByTestId('ground-rules').evaluate((el: HTMLTextAreaElement) => el.scrollHeight <= el.clientHeight + 1);
    expect(fits).toBe(true);
    await snap(sam.page, 'i9-phone-ground-rules');
    await agree(alex, sam);

    // Sam speaks first: the composer is on the first screen, the page is a few screens at most.
    const composer = sam.page.getByTestId('composer-share');
    await composer.waitFor(WAIT);
    await snap(sam.page, 'i9-phone-space');
    const top = await composer.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(top).toBeLessThan(PHONE.height);
    const height = await sam.page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThan(PHONE.height * 3);

    // The rest is one tap away, and there when tapped.
    for (const name of ['Your pace', 'Saying sorry', 'Our ground rules']) {
      const more = sam.page.locator('summary', { hasText: name });
      await more.click();
    }
    await sam.page.getByRole('button', { name: 'Save my pace' }).waitFor(WAIT);
    await snap(sam.page, 'i9-phone-space-opened');
    await alex.context.close();
    await sam.context.close();
  });
});

describe('at phone size, in Dutch', () => {
  it('fits the check-in answers table ("Gewaardeerd" and all) and a kept promise\'s words, without squeezing', async () => {
    // Names as people write them, not the long test names: the columns are sized by words.
    const pair: Friend[] = [];
    for (const displayName of ['Noor', 'Fenna']) {
      const f = await newFriend(app.browser, app.server.url, { width: PHONE.width, locale: 'nl-NL' });
      const res = await f.context.request.post(`${app.server.url}/api/accounts`, {
        data: { name: uniqueName(displayName), displayName, password: PASSWORD }, headers: { origin: app.server.url },
      });
      expect(res.status()).toBe(201);
      pair.push(f);
    }
    const [noor, fenna] = pair as [Friend, Friend];
    const post = (f: Friend, path: string, data: unknown) => f.context.request.post(`${app.server.url}${path}`, { data, headers: { origin: app.server.url } });
    const opened = (await (await post(noor, '/api/spaces', { friendName: 'Fenna', note: 'Hoi.' })).json()) as { id: string; inviteUrl: string };
    expect((await post(fenna, `/api/invitations/${opened.inviteUrl.split('/invite/')[1]}`, { answer: 'join' })).status()).toBe(200);
    let n = 0;
    const command = async (f: Friend, body: Record<string, unknown>) =>
      expect((await post(f, `/api/spaces/${opened.id}/commands`, { id: `table-${process.pid}-${++n}`, ...body })).status()).toBe(200);
    await command(noor, { type: 'answer-checkin', safe: 4, seen: 2, appreciated: 5 });
    await command(fenna, { type: 'answer-checkin', safe: 3, seen: 3, appreciated: 4 });

    await fenna.page.setViewportSize(PHONE);
    await fenna.page.goto(`${app.server.url}/spaces/${opened.id}/rebuild`);
    await fenna.page.getByText('Laat de antwoorden zien als tabel').click();
    const region = fenna.page.getByRole('region', { name: 'Antwoorden op check-ins, als tabel' });
    await region.getByRole('columnheader', { name: 'Gewaardeerd' }).waitFor(WAIT);
    await snapPart(region, 'i16-phone-checkin-table-nl');
    const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll, `the table is ${scroll - client}px wider than the screen allows`).toBeLessThanOrEqual(client);

    // A promise kept, in the timeline: on a phone the day sits above it, so the words keep the width.
    await command(noor, { type: 'propose-commitment', text: 'Ik bel je vrijdag na je sollicitatiegesprek.' });
    const commitmentId = (await app.server.deps.store.events(opened.id)).flatMap((e) => (e.type === 'commitment-proposed' ? [e.commitmentId] : []))[0];
    await command(fenna, { type: 'answer-commitment', commitmentId, answer: 'accept' });
    await command(noor, { type: 'keep-commitment', commitmentId });
    const quote = fenna.page.getByTestId('promise-timeline').getByTestId('promise-quote');
    await quote.waitFor(WAIT);
    await snapPart(fenna.page.getByTestId('promises'), 'i16-phone-promises-nl');
    const [quoteWidth, listWidth] = await Promise.all([quote, fenna.page.getByTestId('promise-timeline')].map((l) => l.evaluate((el) => el.getBoundingClientRect().width)));
    expect(quoteWidth ?? 0).toBeGreaterThan((listWidth ?? 0) * 0.8);

    // Once Noor has left Mend the caption says so, and her rows are "De ander": still no sideways scroll.
    const gone = await noor.context.request.delete(`${app.server.url}/api/accounts/me`, { data: { password: PASSWORD }, headers: { origin: app.server.url } });
    expect(gone.status()).toBe(204);
    await fenna.page.reload();
    await fenna.page.getByText('Laat de antwoorden zien als tabel').click();
    await region.getByText('van jou en van degene die vertrokken is').waitFor(WAIT);
    await region.getByRole('rowheader', { name: 'De ander' }).first().waitFor(WAIT);
    await snapPart(region, 'i17-phone-checkin-table-left-nl');
    const afterLeaving = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(afterLeaving, `the table is ${afterLeaving}px wider than the screen allows`).toBeLessThanOrEqual(0);
    await noor.context.close();
    await fenna.context.close();
  });
});

async function agree(alex: Friend, sam: Friend): Promise<void> {
  await alex.page.getByRole('button', { name: 'I agree to these' }).click();
  await expect.poll(() => sam.page.getByTestId('rules-state').textContent(), WAIT).toContain('agreed to these words');
  await sam.page.getByRole('button', { name: 'I agree to these' }).click();
}
