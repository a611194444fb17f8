// Budgets that protect capacity, not secrets (commands per person and space, invitation answers
// per link and per address, sign-ups per address), with their buckets in Redis for several
// instances: one bucket per key whichever instance a request reaches. Redis away: this
// instance's own buckets count meanwhile, as one process does; that allows at most one budget
// per instance while Redis is down, and the shared count takes over again once it is back.
import type { Allowance, AllowanceRule } from '../auth/allowance.ts';
import type { Budget, TokenBuckets } from '../http/rate.ts';
import { logError } from '../log.ts';
import type { RedisLimits } from './redis-limits.ts';

/** One line a minute at most per table while Redis is away, not one a request. */
const LOG_EVERY_MS = 60_000;
const loggedAt = new Map<string, number>();

/** Asks Redis; when it does not answer, asks `local` instead. */
async function orLocal<T>(table: string, shared: () => Promise<T>, local: () => T | Promise<T>): Promise<T> {
  try {
    return await shared();
  } catch (error) {
    const now = Date.now();
    if (now - (loggedAt.get(table) ?? -LOG_EVERY_MS) >= LOG_EVERY_MS) {
      loggedAt.set(table, now);
      logError('shared budget unavailable; counting locally', error, { table });
    }
    return local();
  }
}

export function createSharedTokenBuckets(redis: RedisLimits, table: string, budget: Budget, local: TokenBuckets): TokenBuckets {
  return {
    take: (key, now) =>
      orLocal(
        table,
        async () => {
          const ms = await redis.take(table, key, budget, 1);
          return ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0;
        },
        () => local.take(key, now),
      ),
  };
}

export function createSharedAllowance(redis: RedisLimits, table: string, rule: AllowanceRule, local: Allowance): Allowance {
  const budget = { burst: rule.burst, perSecond: 1000 / rule.everyMs };
  return {
    take: (key, now) => orLocal(table, () => redis.take(table, key, budget, 1), () => local.take(key, now)),
    giveBack: (key, now) => orLocal(table, async () => void (await redis.take(table, key, budget, -1)), () => local.giveBack(key, now)),
  };
}
