// The limiters' shared state, when several instances run (README, "Running on several
// machines"): counts kept in Redis by the scripts in scripts.ts, under keys that name nobody.
// A name, an address or a person's id becomes an HMAC under a key derived from device.key,
// which every instance shares, so Redis (and anyone reading its memory or a dump) sees only
// hashes that cannot be tried against a list of names without the key.
//
// Its own connection, apart from the relay's: a limiter asks and waits for the answer, and
// fails at once when Redis is away (no offline queue, a short timeout), so that a request is
// answered "try again" or counted locally instead of hanging (limits/unavailable.ts).
import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { logInfo } from '../log.ts';
import { ATTEMPT_BEGIN, ATTEMPT_END, BUCKET } from './scripts.ts';
import { LimitsUnavailable } from './unavailable.ts';

/** A rule of growing delays, as auth/backoff.ts takes it. */
export interface DelayRule {
  free: number;
  firstDelayMs: number;
  maxDelayMs: number;
  forgetMs: number;
}

/** An attempt in flight counts for this long at most: longer than any request may take. */
export const ATTEMPT_LEASE_MS = 60_000;
/** A limiter's answer must come quickly: a request waits for it. */
const COMMAND_TIMEOUT_MS = 1_000;

export interface RedisLimits {
  /** Takes `cost` from the bucket `table`/`key` (see BUCKET): the ms until it could be taken, 0 when taken. */
  take(table: string, key: string, budget: { burst: number; perSecond: number }, cost: number, overdraft?: boolean): Promise<number>;
  /** Begins an attempt on the tallies `keys` (one, or pair, address and name): 0, or the ms to wait. */
  beginAttempt(table: string, keys: readonly string[], rules: readonly DelayRule[], attemptId: string): Promise<number>;
  endAttempt(table: string, keys: readonly string[], rules: readonly DelayRule[], attemptId: string, outcome: 'failed' | 'succeeded' | 'abandoned'): Promise<void>;
  /** The Redis key a limiter uses for `key` (for tests: it must name nobody). */
  keyOf(table: string, key: string): string;
  close(): Promise<void>;
}

interface LimitCommands {
  mendBucket(key: string, burst: number, perMs: string, cost: number, overdraft: string): Promise<number>;
  mendAttemptBegin(...args: (string | number)[]): Promise<number>;
  mendAttemptEnd(...args: (string | number)[]): Promise<number>;
}

/** Connects, or throws a plain error saying Redis could not be reached. `secret` is device.key. */
export async function openRedisLimits(url: string, secret: Buffer): Promise<RedisLimits> {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: COMMAND_TIMEOUT_MS,
    retryStrategy: (times: number) => Math.min(100 * times, 2_000),
    lazyConnect: true,
  });
  redis.on('error', () => {});
  redis.defineCommand('mendBucket', { numberOfKeys: 1, lua: BUCKET });
  redis.defineCommand('mendAttemptBegin', { lua: ATTEMPT_BEGIN });
  redis.defineCommand('mendAttemptEnd', { lua: ATTEMPT_END });
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw new Error(`Redis could not be reached at the address in REDIS_URL (${(error as Error).message}). Start Redis, or unset REDIS_URL to run as one process.`);
  }
  let away = false;
  let closing = false;
  redis.on('close', () => {
    if (!away && !closing) logInfo('limits lost Redis; guessing limits answer "try again", budgets count locally until it is back');
    away = true;
  });
  redis.on('ready', () => {
    if (away) logInfo('limits have Redis again');
    away = false;
  });

  const keyMac = crypto.createHmac('sha256', secret).update('mend limits v1').digest();
  const keyOf = (table: string, key: string) =>
    `mend:limit:${table}:${crypto.createHmac('sha256', keyMac).update(`${table}\n${key}`).digest('base64url').slice(0, 22)}`;
  const commands = redis as unknown as LimitCommands;
  /** Any failure to get an answer is Redis being away: the callers decide what that means. */
  const ask = async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw new LimitsUnavailable(error);
    }
  };
  const ruleArgs = (rules: readonly DelayRule[]) => rules.flatMap((r) => [r.free, r.firstDelayMs, r.maxDelayMs, r.forgetMs]);

  return {
    keyOf,
    take: (table, key, budget, cost, overdraft = false) =>
      // The rate as a string with all its digits: ioredis would send a number as it prints.
      ask(() => commands.mendBucket(keyOf(table, key), budget.burst, (budget.perSecond / 1000).toPrecision(17), cost, overdraft ? '1' : '0')),
    beginAttempt: (table, keys, rules, attemptId) =>
      ask(() => commands.mendAttemptBegin(keys.length, ...keys.map((k) => keyOf(table, k)), attemptId, ATTEMPT_LEASE_MS, 0, 0, ...ruleArgs(rules))),
    endAttempt: async (table, keys, rules, attemptId, outcome) =>
      void (await ask(() => commands.mendAttemptEnd(keys.length, ...keys.map((k) => keyOf(table, k)), attemptId, outcome, 0, 0, ...ruleArgs(rules)))),
    async close() {
      closing = true;
      redis.disconnect();
    },
  };
}
