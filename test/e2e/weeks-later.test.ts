// Weeks later, as a person reads the rebuilding page: a promise's day that has gone by is said
// as past, a day in another year says its year, a closed space no longer talks of check-ins
// opening, and after a friend left the dates read kindly (found in walkthrough 17).
import { describe, expect, it } from 'vitest';
import { type Friend, pairInSpace, useAppInBrowser } from '../helpers/e2e.ts';
import { PASSWORD } from '../helpers/http.ts';

const app = useAppInBrowser();
const WAIT = { timeout: 10_000 };
const DAY = 86_400_000;

let n = 0;
async function command(f: Friend, spaceId: string, body: Record<string, unknown>): Promise<void> {
  const res = await f.context.request.post(`${app.server.url}/api/spaces/${spaceId}/commands`, {
    data: { id: `weeks-later-${process.pid}-${++n}`, ...body },
    headers: { origin: app.server.url },
  });
  expect(res.status(), String(body.type)).toBe(200);
}
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

describe('weeks later', () => {
  it('says a promise\'s day has gone by, names the year of a far one, and a closed space shows no rhythm to keep', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    await command(sam, spaceId, { type: 'propose-commitment', text: 'I will send you the photos.', due: isoDay(Date.now() + 3 * DAY) });
    await command(alex, spaceId, { type: 'answer-commitment', commitmentId: 'c1', answer: 'accept' });
    const farYear = new Date().getFullYear() + 3;
    await command(sam, spaceId, { type: 'propose-commitment', text: 'I will come to the reunion.', due: `${farYear}-01-10` });

    // Three weeks on, in Alex's browser.
    await alex.page.clock.setFixedTime(new Date(Date.now() + 21 * DAY));
    await alex.page.goto(`${spaceUrl}/rebuild`);
    const dues = alex.page.getByTestId('promise-due');
    await expect.poll(() => dues.count(), WAIT).toBe(2);
    const words = await dues.allTextContents();
    expect(words.find((w) => w.startsWith('The day for it was '))).toBeDefined();
    expect(words.some((w) => w.startsWith('By '))).toBe(true);
    expect(words.join(' ')).toContain(String(farYear));

    // The rhythm is offered while the space is open, and not once it has closed.
    await alex.page.getByTestId('rhythm').waitFor(WAIT);
    await alex.page.getByText('Either of you can offer one.', { exact: false }).waitFor(WAIT);
    await command(sam, spaceId, { type: 'leave', lastMessage: 'Take care.' });
    await alex.page.getByTestId('closed-note').waitFor(WAIT);
    await alex.page.getByTestId('checkins').waitFor(WAIT);
    expect(await alex.page.getByTestId('rhythm').count()).toBe(0);
    expect(await alex.page.getByText('a check-in opens when either of you asks').count()).toBe(0);
    // Nor does it explain how to suggest a meeting or offer a promise, which can no longer be done.
    expect(await alex.page.getByText('either of you can suggest meeting').count()).toBe(0);
    expect(await alex.page.getByText('Either of you can offer one.').count()).toBe(0);
    await alex.page.getByText('I will send you the photos.').waitFor(WAIT);

    // Sam leaves Mend: the dates speak of "your friend", not "the year of the friend who left".
    const gone = await sam.context.request.delete(`${app.server.url}/api/accounts/me`, { data: { password: PASSWORD }, headers: { origin: app.server.url } });
    expect(gone.status()).toBe(204);
    await alex.page.reload();
    await expect.poll(() => alex.page.getByTestId('dates').textContent(), WAIT).toContain("a hard day in your friend's year");
    await alex.context.close();
    await sam.context.close();
  });

  it('says so where a closed space holds no meeting and no promise, instead of a heading over nothing', async () => {
    const { alex, sam, spaceUrl, spaceId } = await pairInSpace(app.browser, app.server.url);
    await alex.page.goto(`${spaceUrl}/rebuild`);
    await alex.page.getByTestId('promises').waitFor(WAIT);
    expect(await alex.page.getByTestId('promises-none').count()).toBe(0);
    expect(await alex.page.getByTestId('meeting-none').count()).toBe(0);
    await command(sam, spaceId, { type: 'leave', lastMessage: 'Take care.' });
    await alex.page.getByTestId('closed-note').waitFor(WAIT);
    await expect.poll(() => alex.page.getByTestId('promises-none').textContent(), WAIT).toBe('No promises were made in this space.');
    expect(await alex.page.getByTestId('meeting-none').textContent()).toBe('No meeting was arranged in this space.');
    await alex.context.close();
    await sam.context.close();
  });
});
