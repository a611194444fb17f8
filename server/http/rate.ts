// Token buckets for what a person may send: a burst to spend at once and a steady refill, per
// key (a person in a space, an invitation link, an address). In memory in one process (a
// restart only refills them); in Redis when several instances run, so that spreading requests
// across instances gains nothing (limits/shared-buckets.ts).
import type { Context } from 'hono';
import { type ApiError, fail } from './errors.ts';

export interface Budget {
  /** Requests that may go at once. */
  burst: number;
  /** Tokens added back each second, up to `burst`. */
  perSecond: number;
}

export interface TokenBuckets {
  /** Spends one token of `key`: 0 when the request may go ahead, or the whole seconds until it may. */
  take(key: string, now: number): Promise<number>;
}

export function createTokenBuckets(budget: Budget, maxKeys = 100_000): TokenBuckets {
  const local = createLocalBuckets(budget, maxKeys);
  return { take: async (key, now) => local.take(key, now) };
}

/** The buckets in this process's memory, answering at once. */
export function createLocalBuckets(budget: Budget, maxKeys = 100_000): { take(key: string, now: number): number } {
  /** In the order last used: the first is the one most likely full again, so the one to drop. */
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    take(key, now) {
      const b = buckets.get(key);
      const elapsed = b ? Math.max(0, now - b.at) / 1000 : 0;
      const tokens = b ? Math.min(budget.burst, b.tokens + elapsed * budget.perSecond) : budget.burst;
      buckets.delete(key);
      const allowed = tokens >= 1;
      buckets.set(key, { tokens: allowed ? tokens - 1 : tokens, at: now });
      if (buckets.size > maxKeys) buckets.delete(buckets.keys().next().value as string);
      return allowed ? 0 : Math.max(1, Math.ceil((1 - tokens) / budget.perSecond));
    },
  };
}

/** A 429 that says when to come back, in the Retry-After header as well as in words. */
export function tooMany(c: Context, seconds: number, code: string, message: string): ApiError {
  c.header('Retry-After', String(Math.max(1, Math.ceil(seconds))));
  return fail(429, code, message);
}
