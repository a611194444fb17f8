// The shared limiters against a real redis-server: buckets refill on Redis's clock, keys expire
// and name nobody, two clients taking at once never spend more than there is, growing delays
// and attempts in flight hold across clients, and a Redis that stops answers with an error the
// callers can act on (not a hang).
import crypto from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startRedis, type RedisService } from '../../scripts/services/redis.ts';
import { openRedisLimits, type RedisLimits } from '../../server/limits/redis-limits.ts';
import { LimitsUnavailable } from '../../server/limits/unavailable.ts';
import { createSharedCharges } from '../../server/sync/shared-person-budget.ts';
import { PERSON_BUDGET } from '../../server/sync/person-budget.ts';
import { describeWith } from '../helpers/services.ts';
import { until } from '../helpers/sync.ts';

describeWith(['redis'], 'limits kept in Redis', () => {
  let redis: RedisService;
  let a: RedisLimits;
  let b: RedisLimits;
  let look: Redis;
  const secret = crypto.randomBytes(32);
  let n = 0;
  const fresh = (what: string) => `${what} ${process.pid}-${++n}`;

  beforeAll(async () => {
    redis = await startRedis();
    // Two instances' clients: the same secret, so the same keys.
    [a, b] = await Promise.all([openRedisLimits(redis.url, secret), openRedisLimits(redis.url, secret)]);
    look = new Redis(redis.url);
  }, 30_000);
  afterAll(async () => {
    look?.disconnect();
    await a?.close();
    await b?.close();
    await redis?.stop();
  });

  it('spends a burst, refuses with the wait, and refills on the Redis clock', async () => {
    const key = fresh('Sam');
    const budget = { burst: 3, perSecond: 10 };
    const waits = [];
    for (let i = 0; i < 4; i++) waits.push(await a.take('t', key, budget, 1));
    expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
    expect(waits[3]).toBeGreaterThan(0);
    expect(waits[3]).toBeLessThanOrEqual(100);
    // One token comes back within a tenth of a second, whichever client asks.
    await until(async () => (await b.take('t', key, budget, 1)) === 0, 2_000, 'a token to refill');
    // Giving back is capped at the burst: no more than three at once afterwards.
    for (let i = 0; i < 10; i++) await a.take('t', key, budget, -1);
    const after = await Promise.all(Array.from({ length: 5 }, () => a.take('t', key, budget, 1)));
    expect(after.filter((w) => w === 0)).toHaveLength(3);
  });

  it('keeps keys only while they hold something, under names that name nobody', async () => {
    const name = fresh('Robin Appleby');
    const budget = { burst: 2, perSecond: 5 };
    await a.take('t', name, budget, 1);
    const key = a.keyOf('t', name);
    expect(key).not.toContain('Robin');
    const ttl = await look.pttl(key);
    // Empty by 0.2 s: the key expires then (plus a second of margin), not never.
    expect(ttl).toBeGreaterThan(0);
    expect(ttl).toBeLessThanOrEqual(1_200 + 50);
    await until(async () => (await look.exists(key)) === 0, 5_000, 'the refilled bucket to expire');
    // Nothing anywhere in Redis spells a name or an address a limiter was given.
    await a.beginAttempt('sign-in', [`pair:${name}\n10.1.2.3`, 'address:10.1.2.3', `name:${name}`], [rule, rule, rule], 'x1');
    const keys = await look.keys('*');
    expect(keys.length).toBeGreaterThan(0);
    for (const k of keys) {
      expect(k).not.toMatch(/Robin|10\.1\.2\.3/);
      const fields = (await look.type(k)) === 'hash' ? Object.keys(await look.hgetall(k)).join(' ') : '';
      expect(fields).not.toMatch(/Robin|10\.1\.2\.3/);
    }
  });

  it('never lets two clients taking at once spend more than the burst', async () => {
    const key = fresh('Alex');
    const budget = { burst: 50, perSecond: 0.001 };
    const takes = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? a : b).take('t', key, budget, 1)));
    expect(takes.filter((w) => w === 0)).toHaveLength(50);
  });

  const rule = { free: 2, firstDelayMs: 1_000, maxDelayMs: 8_000, forgetMs: 60_000 };

  it('gives growing delays across clients, counts attempts in flight, and forgives on success', async () => {
    const keys = [`pair:${fresh('Sam')}\n10.0.0.1`];
    const rules = [rule];
    // Ten at once from two clients: only `free` may be in flight together.
    const begun = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).beginAttempt('g', keys, rules, `p${i}`)));
    expect(begun.filter((w) => w === 0)).toHaveLength(2);
    expect(begun.filter((w) => w > 0).every((w) => w === 1_000)).toBe(true);
    const ids = begun.flatMap((w, i) => (w === 0 ? [`p${i}`] : []));
    for (const id of ids) await a.endAttempt('g', keys, rules, id, 'failed');
    // Two failures: the next waits a second, on either client.
    const wait = await b.beginAttempt('g', keys, rules, 'q');
    expect(wait).toBeGreaterThan(900);
    expect(wait).toBeLessThanOrEqual(1_000);
    expect(await look.pttl(a.keyOf('g', keys[0] as string))).toBeGreaterThan(59_000);
    await until(async () => (await a.beginAttempt('g', keys, rules, 'r')) === 0, 3_000, 'the delay to run out');
    await a.endAttempt('g', keys, rules, 'r', 'succeeded');
    expect(await look.exists(a.keyOf('g', keys[0] as string))).toBe(0);
  });

  it('lets an attempt in flight lapse when its instance never ends it', async () => {
    const keys = [`pair:${fresh('Sam')}\n10.0.0.2`];
    // A key holding an attempt whose lease ended (its instance died): it no longer counts.
    await look.hset(a.keyOf('g', keys[0] as string), 'f', 1, 'l', 0, 'n', 0, 'i:dead', Date.now() - 1);
    await look.pexpire(a.keyOf('g', keys[0] as string), 60_000);
    expect(await a.beginAttempt('g', keys, [rule], 'live')).toBe(0);
    // ...while the live one does: one failure and one in flight make `free`.
    expect(await b.beginAttempt('g', keys, [rule], 'other')).toBe(1_000);
  });

  it('spares a fresh address the name\'s delay, not one that failed on it', async () => {
    const name = fresh('Sam');
    const three = (address: string) => [`pair:${name}\n${address}`, `address:${address}`, `name:${name}`];
    const rules = [{ ...rule, free: 5 }, { ...rule, free: 20 }, { ...rule, free: 3 }];
    for (let i = 0; i < 3; i++) {
      const keys = three(`10.9.0.${i}`);
      expect(await a.beginAttempt('s', keys, rules, `f${i}`)).toBe(0);
      await a.endAttempt('s', keys, rules, `f${i}`, 'failed');
    }
    expect(await b.beginAttempt('s', three('10.9.0.0'), rules, 'again')).toBeGreaterThan(0);
    expect(await b.beginAttempt('s', three('10.9.9.9'), rules, 'new')).toBe(0);
  });

  it('charges sync budgets in batches and blocks the person everywhere once they are spent', async () => {
    const options = { ...PERSON_BUDGET, frameBurst: 100, framesPerSecond: 1 };
    const here = createSharedCharges(a, options);
    const there = createSharedCharges(b, options);
    try {
      const person = fresh('person');
      // Each instance lets 60 frames through on its own (under its own burst of 100)...
      for (let i = 0; i < 60; i++) here.charge(person, 'frames', 1);
      await here.flush();
      expect(here.over(person)).toBeNull();
      for (let i = 0; i < 60; i++) there.charge(person, 'frames', 1);
      await there.flush();
      // ...and together they are past it: the one whose batch overdrew hears so at once,
      expect(there.over(person)).toBe('frames');
      // and the other with its next batch, however small: the debt is the person's, not an instance's.
      here.charge(person, 'frames', 1);
      await here.flush();
      expect(here.over(person)).toBe('frames');
      expect(here.over(fresh('someone else'))).toBeNull();
    } finally {
      here.close();
      there.close();
    }
  });

  it('answers LimitsUnavailable at once while Redis is away, and works again after', async () => {
    const key = fresh('Sam');
    await redis.stop(true);
    try {
      const started = Date.now();
      await expect(a.take('t', key, { burst: 1, perSecond: 1 }, 1)).rejects.toBeInstanceOf(LimitsUnavailable);
      await expect(a.beginAttempt('g', [key], [rule], 'z')).rejects.toBeInstanceOf(LimitsUnavailable);
      expect(Date.now() - started).toBeLessThan(3_000);
    } finally {
      await redis.start();
    }
    await until(async () => (await a.take('t', key, { burst: 1, perSecond: 1 }, 1).catch(() => -1)) === 0, 10_000, 'the limiter to reach Redis again');
  });
});
