// Less motion when a person asks for it (prefers-reduced-motion: reduce): the moments that
// usually fade in (an apology arriving live, a promise, a meeting, the turns of a prompt) start
// no animation and no transition, and nothing on the page is styled to move for longer than
// 0.01 s. The same moments without the setting do fade in, so the check can see motion.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pairInSpace, useAppInBrowser } from '../helpers/e2e.ts';

const app = useAppInBrowser();
const WAIT = { timeout: 15_000 };

/** Records every animation and transition that starts in the page from now on, across page loads. */
async function recordMotion(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { motion: string[] }).motion = seen;
    const note = (e: Event) => seen.push(`${e.type} ${(e as AnimationEvent).animationName ?? (e as TransitionEvent).propertyName} on ${(e.target as Element).className}`);
    for (const type of ['animationstart', 'transitionrun']) document.addEventListener(type, note, true);
  });
}

const motionSeen = (page: Page) => page.evaluate(() => (window as unknown as { motion: string[] }).motion);

/** Elements styled to move for longer than 0.01 s, by their computed animation and transition. */
const longMotion = (page: Page) =>
  page.evaluate(() => {
    const seconds = (list: string) => Math.max(...list.split(',').map((d) => (d.trim().endsWith('ms') ? parseFloat(d) / 1000 : parseFloat(d))));
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const s = getComputedStyle(el);
      if (s.animationName !== 'none' && seconds(s.animationDuration) > 0.01) found.push(`animation ${s.animationName} on ${el.className}`);
      if (s.transitionProperty !== 'none' && seconds(s.transitionDuration) > 0.01) found.push(`transition ${s.transitionProperty} on ${el.className}`);
    }
    return found;
  });

/** The usual animated moments, lived by Sam while Alex acts; returns what moved on Sam's pages. */
async function animatedMoments(reducedMotion: 'reduce' | 'no-preference') {
  const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url, { reducedMotion });
  await recordMotion(sam.page);
  let sent = 0;
  const command = async (body: Record<string, unknown>) => {
    const res = await alex.context.request.post(`${spaceUrl.replace('/spaces/', '/api/spaces/')}/commands`, {
      data: { id: `cmd-${process.pid}-${reducedMotion}-${++sent}`, ...body },
      headers: { origin: app.server.url },
    });
    expect(res.status(), String(body.type)).toBe(200);
  };
  await sam.page.goto(spaceUrl);
  await sam.page.getByTestId('ground-rules').waitFor(WAIT);
  // An apology arrives while Sam is looking.
  await command({ type: 'offer-apology', text: 'I am sorry I stopped calling.' });
  await sam.page.getByTestId('apology').waitFor(WAIT);
  const onTalk = await longMotion(sam.page);
  await command({ type: 'propose-meeting', when: '2030-06-01T13:00:00.000Z', mode: 'in-person' });
  await command({ type: 'propose-commitment', text: 'I will call on Sundays.' });
  await sam.page.goto(`${spaceUrl}/rebuild`);
  await sam.page.getByTestId('promise').first().waitFor(WAIT);
  await sam.page.locator('.meeting').first().waitFor(WAIT);
  const onRebuild = await longMotion(sam.page);
  const moved = await motionSeen(sam.page);
  await alex.context.close();
  await sam.context.close();
  return { styled: [...onTalk, ...onRebuild], moved };
}

describe('prefers-reduced-motion', () => {
  it('without the setting, the usual moments fade in', async () => {
    const { styled, moved } = await animatedMoments('no-preference');
    expect(moved.join('\n')).toContain('animationstart fade-in');
    expect(styled.join('\n')).toContain('animation fade-in');
  });

  it('with the setting, nothing animates or transitions, and nothing is styled to', async () => {
    const { styled, moved } = await animatedMoments('reduce');
    expect(moved).toEqual([]);
    expect(styled).toEqual([]);
  });
});
