// Sync budgets kept as one number a bucket (server/sync/frame-budget.ts) and per person
// (server/sync/person-budget.ts): the same answers as a bucket of tokens, and a whole bucket
// dropped is the same as one kept.
import { describe, expect, it } from 'vitest';
import { type Rate, WHOLE, createFrameBudget, isWhole, takeFrom } from '../../server/sync/frame-budget.ts';
import { type PersonBudgetOptions, PersonBudgets } from '../../server/sync/person-budget.ts';

/** The textbook bucket: tokens and the time of the last refill. */
function referenceBucket(rate: Rate, start: number) {
  let tokens = rate.burst;
  let last = start;
  const refill = (t: number) => {
    tokens = Math.min(rate.burst, tokens + ((t - last) / 1000) * rate.perSecond);
    last = t;
  };
  return {
    take(cost: number, t: number) {
      refill(t);
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
    full(t: number) {
      refill(t);
      return tokens >= rate.burst;
    },
  };
}

/** A seeded generator, so a failure can be run again. */
function seeded(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('a bucket kept as the time it is whole again', () => {
  it.each([1, 2, 3])('gives the same answers as a bucket of tokens (seed %i)', (seed) => {
    const random = seeded(seed);
    // Rates whose refill per millisecond is a binary fraction, so that neither form rounds and
    // the two can be held to the same answer at every tie (other rates differ only by float
    // rounding, a millionth of a millionth of a token).
    const perSecond = [31.25, 62.5, 125, 250, 500][Math.floor(random() * 5)] as number;
    const rate: Rate = { perSecond, burst: 20 + Math.floor(random() * 300) };
    let t = 1_700_000_000_000;
    const reference = referenceBucket(rate, t);
    let wholeAt = WHOLE;
    let refused = 0;
    for (let i = 0; i < 5000; i++) {
      // Bursts of frames close together, with pauses now and then.
      t += random() < 0.05 ? Math.floor(random() * 5000) : Math.floor(random() * 4);
      // Whole costs, as frames and bytes are: the two sums then agree to the last bit.
      const cost = 1 + Math.floor(random() * 6);
      const expected = reference.take(cost, t);
      const next = takeFrom(wholeAt, cost, rate, t);
      expect(next !== null, `step ${i}`).toBe(expected);
      if (next !== null) wholeAt = next;
      else refused++;
      expect(isWhole(wholeAt, t), `step ${i}`).toBe(reference.full(t));
    }
    // The sequence did reach the limit, or it compared nothing that matters.
    expect(refused).toBeGreaterThan(0);
  });

  it('refuses a cost above the burst, and takes nothing when it refuses', () => {
    const rate: Rate = { perSecond: 1, burst: 3 };
    expect(takeFrom(WHOLE, 4, rate, 1000)).toBeNull();
    const after = takeFrom(WHOLE, 3, rate, 1000);
    expect(after).toBe(4000);
    expect(takeFrom(after ?? 0, 1, rate, 1000)).toBeNull();
    // Refilled one token a second: one more at 2 s, whole at 4 s.
    expect(takeFrom(after ?? 0, 1, rate, 2000)).toBe(5000);
    expect(isWhole(after ?? 0, 3999)).toBe(false);
    expect(isWhole(after ?? 0, 4000)).toBe(true);
  });

  it('treats a whole bucket dropped and made again exactly as the one kept', () => {
    const rate: Rate = { perSecond: 5, burst: 10 };
    let kept = WHOLE;
    for (let i = 0; i < 10; i++) kept = takeFrom(kept, 1, rate, 0) ?? kept;
    // Two seconds later it is whole again; from here the kept one and a fresh one agree.
    expect(isWhole(kept, 2000)).toBe(true);
    let dropped = WHOLE;
    for (let t = 2000; t < 4000; t += 7) {
      const a = takeFrom(kept, 1, rate, t);
      const b = takeFrom(dropped, 1, rate, t);
      expect(a).toBe(b);
      if (a !== null) kept = a;
      if (b !== null) dropped = b;
    }
  });

  it('keeps the object form for callers that hold one', () => {
    let t = 0;
    const budget = createFrameBudget(2, 2, () => t);
    expect(budget.take()).toBe(true);
    expect(budget.full()).toBe(false);
    expect(budget.take()).toBe(true);
    expect(budget.take()).toBe(false);
    t = 500;
    expect(budget.take()).toBe(true);
    t = 1500;
    expect(budget.full()).toBe(true);
  });
});

const OPTIONS: PersonBudgetOptions = {
  maxSockets: 3,
  upgradeBurst: 5,
  upgradesPerSecond: 1,
  framesPerSecond: 10,
  frameBurst: 20,
  bytesPerSecond: 1000,
  byteBurst: 5000,
  workMsPerSecond: 100,
  workBurstMs: 250,
};

describe('person budgets', () => {
  it('shares one frame budget across all of a person’s sockets, not one each', () => {
    let t = 1_000_000;
    const budgets = new PersonBudgets(OPTIONS, () => t);
    expect(budgets.open('ann')).toBe(true);
    expect(budgets.open('ann')).toBe(true);
    // Twenty frames in all, whichever socket they came from.
    for (let i = 0; i < 20; i++) expect(budgets.spend('ann', 10)).toBe('ok');
    expect(budgets.spend('ann', 10)).toBe('frames');
    // Another person is untouched.
    expect(budgets.open('bob')).toBe(true);
    expect(budgets.spend('bob', 10)).toBe('ok');
    t += 100;
    expect(budgets.spend('ann', 10)).toBe('ok');
    expect(budgets.spend('ann', 10)).toBe('frames');
  });

  it('counts sockets per person and refuses past the most', () => {
    const budgets = new PersonBudgets(OPTIONS, () => 0);
    for (let i = 0; i < 3; i++) expect(budgets.open('ann')).toBe(true);
    expect(budgets.open('ann')).toBe(false);
    budgets.close('ann');
    expect(budgets.open('ann')).toBe(true);
  });

  it('holds no bucket for a person with sockets open and nothing spent', () => {
    let t = 1_000_000;
    const budgets = new PersonBudgets(OPTIONS, () => t);
    budgets.open('ann');
    expect(budgets.spend('ann', 100)).toBe('ok');
    expect(budgets.spendWork('ann', 3)).toBe(true);
    expect(budgets.openBuckets).toBe(4);
    // All refilled after five seconds (the upgrade bucket is the slowest: one a second).
    t += 5000;
    budgets.sweep();
    expect(budgets.openBuckets).toBe(0);
    expect(budgets.size).toBe(1);
    budgets.close('ann');
    expect(budgets.size).toBe(0);
  });

  it('remembers a half-spent budget after the last socket closes, so reconnecting buys nothing', () => {
    let t = 1_000_000;
    const budgets = new PersonBudgets(OPTIONS, () => t);
    budgets.open('ann');
    for (let i = 0; i < 20; i++) budgets.spend('ann', 10);
    budgets.close('ann');
    budgets.sweep();
    expect(budgets.size).toBe(1);
    expect(budgets.open('ann')).toBe(true);
    expect(budgets.spend('ann', 10)).toBe('frames');
    budgets.close('ann');
    t += 5000;
    budgets.sweep();
    expect(budgets.size).toBe(0);
    // Forgotten once whole: a fresh start is what the whole budget was.
    expect(budgets.open('ann')).toBe(true);
    for (let i = 0; i < 20; i++) expect(budgets.spend('ann', 10)).toBe('ok');
    expect(budgets.spend('ann', 10)).toBe('frames');
  });

  it('refuses new sockets past the upgrade burst until it refills', () => {
    let t = 1_000_000;
    const budgets = new PersonBudgets({ ...OPTIONS, maxSockets: 100 }, () => t);
    for (let i = 0; i < 5; i++) expect(budgets.open('ann')).toBe(true);
    expect(budgets.open('ann')).toBe(false);
    t += 1000;
    expect(budgets.open('ann')).toBe(true);
    expect(budgets.open('ann')).toBe(false);
  });

  it('charges bytes and server time to the person', () => {
    const budgets = new PersonBudgets(OPTIONS, () => 0);
    budgets.open('ann');
    expect(budgets.spend('ann', 5000)).toBe('ok');
    expect(budgets.spend('ann', 1)).toBe('bytes');
    expect(budgets.spendWork('ann', 250)).toBe(true);
    expect(budgets.spendWork('ann', 1)).toBe(false);
  });
});
