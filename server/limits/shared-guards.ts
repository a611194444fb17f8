// The sign-in, recovery and confirm guards (auth/attempts.ts) with their tallies in Redis, for
// several instances: the same three growing delays with the same rules, checked and begun in
// one script, so a guesser who spreads attempts across instances meets the delay one instance
// would give. Redis away: begin() and the check throw LimitsUnavailable, and the request is
// answered 503 "try again" (http/errors.ts). Guesses are never let through uncounted.
import { randomToken } from '../auth/tokens.ts';
import { type AttemptGuard, type AttemptLimits, type ConfirmGuard, checkOnce } from '../auth/attempts.ts';
import type { BackoffRule } from '../auth/backoff.ts';
import type { RedisLimits } from './redis-limits.ts';

/** Begins an attempt on `keys` with `rules`, or says how long to wait. */
async function begin(redis: RedisLimits, table: string, keys: string[], rules: BackoffRule[]) {
  const id = randomToken(10);
  const retryAfterMs = await redis.beginAttempt(table, keys, rules, id);
  if (retryAfterMs > 0) return { ok: false as const, retryAfterMs };
  return { ok: true as const, check: checkOnce((outcome) => redis.endAttempt(table, keys, rules, id, outcome)) };
}

export function createSharedAttemptGuard(redis: RedisLimits, table: string, limits: AttemptLimits): AttemptGuard {
  return {
    begin(name, address, _now, device) {
      // A browser that proved itself for this name is counted on its own (auth/devices.ts).
      if (device) return begin(redis, table, [`pair:${name}\ndevice:${device}`], [limits.perPair]);
      return begin(redis, table, [`pair:${name}\n${address}`, `address:${address}`, `name:${name}`], [limits.perPair, limits.perAddress, limits.perName]);
    },
  };
}

export function createSharedConfirmGuard(redis: RedisLimits, rule: BackoffRule): ConfirmGuard {
  return { begin: (userId) => begin(redis, 'confirm', [userId], [rule]) };
}
