// Growing delays: `free` failures, then waits that double up to a cap; an attempt in flight
// counts until it ends; failures are forgotten a while after the last one.
import { describe, expect, it } from 'vitest';
import { createBackoff, delayAfter, type BackoffRule } from '../../server/auth/backoff.ts';

const rule: BackoffRule = { free: 3, firstDelayMs: 1000, maxDelayMs: 8000, forgetMs: 60_000 };

/** One whole attempt that fails, at `now`. */
function failAt(b: ReturnType<typeof createBackoff>, key: string, now: number) {
  expect(b.wait(key, now)).toBe(0);
  b.begin(key, now);
  b.end(key, now, true);
}

describe('growing delays', () => {
  it('gives `free` failures, then 1 s, 2 s, 4 s... up to the cap', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 40].map((n) => delayAfter(rule, n))).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 8000, 8000]);
  });

  it('makes the next attempt wait, and lets it through once the wait is over', () => {
    const b = createBackoff(rule, 100);
    for (let i = 0; i < 2; i++) failAt(b, 'k', 0);
    expect(b.isSlowed('k', 0)).toBe(false);
    failAt(b, 'k', 0);
    expect(b.isSlowed('k', 0)).toBe(true);
    expect(b.wait('k', 0)).toBe(1000);
    expect(b.wait('k', 400)).toBe(600);
    failAt(b, 'k', 1000);
    expect(b.wait('k', 1000)).toBe(2000);
  });

  it('counts attempts in flight, so parallel attempts cannot pass together', () => {
    const b = createBackoff(rule, 100);
    let begun = 0;
    for (let i = 0; i < 10; i++)
      if (b.wait('k', 0) === 0) {
        b.begin('k', 0);
        begun++;
      }
    expect(begun).toBe(3);
    for (let i = 0; i < 3; i++) b.end('k', 0, false);
    expect(b.wait('k', 0)).toBe(0);
    expect(b.isClean('k', 0)).toBe(true);
  });

  it('forgets failures a while after the last one, never during a delay', () => {
    const b = createBackoff({ ...rule, forgetMs: 500 }, 100);
    for (let i = 0; i < 3; i++) failAt(b, 'k', 0);
    expect(b.isClean('k', 900)).toBe(false);
    expect(b.wait('k', 999)).toBe(1);
    expect(b.isClean('k', 1000)).toBe(true);
  });

  it('forgets a key on reset', () => {
    const b = createBackoff(rule, 100);
    for (let i = 0; i < 5; i++) if (b.wait('k', 0) === 0) failAt(b, 'k', 0);
    b.reset('k');
    expect(b.wait('k', 0)).toBe(0);
  });

  it('refuses a new key while its table is full of delays, and keeps the delays', () => {
    const b = createBackoff(rule, 2);
    for (const key of ['a', 'b']) for (let i = 0; i < 3; i++) failAt(b, key, 0);
    expect(b.wait('c', 0)).toBe(60_000);
    expect(b.wait('a', 0)).toBe(1000);
  });
});
