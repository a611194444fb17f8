// Bounded helpers: every wait has a deadline and every loop a count, so the run ends by itself.
import { setTimeout as sleep } from 'node:timers/promises';

export { sleep };

/** Runs `fn` over `items` with at most `limit` in flight; stops starting new work after `deadline`. */
export async function mapLimit<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
  deadline = Number.POSITIVE_INFINITY,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      if (Date.now() > deadline) throw new Error(`deadline passed after ${next} of ${items.length}`);
      const i = next++;
      results[i] = await fn(items[i] as T, i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Polls `check` every `everyMs` until it is true; false when `ms` passed first. */
export async function waitFor(check: () => boolean | Promise<boolean>, ms: number, everyMs = 20): Promise<boolean> {
  const end = Date.now() + ms;
  for (;;) {
    if (await check()) return true;
    if (Date.now() > end) return false;
    await sleep(everyMs);
  }
}

/** Rejects with `what` when `promise` has not settled within `ms`. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A seeded generator, so the long history is the same on every run. */
export { seeded } from '../scripts/seeded.ts';
