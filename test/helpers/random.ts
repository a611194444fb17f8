// Seeded randomness for the fault and fuzz tests: the same seed makes the same choices, so a
// failing run can be replayed with SEED=<n>. Network timing still varies from run to run.
import { randomInt } from 'node:crypto';

export interface Rng {
  readonly seed: number;
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, maxExclusive). */
  int(min: number, maxExclusive: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** An independent stream derived from this seed, for one actor of a test. */
  fork(label: number): Rng;
}

/** mulberry32: small, fast and good enough to pick test actions. */
export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const rng: Rng = {
    seed,
    next,
    int: (min, maxExclusive) => min + Math.floor(next() * (maxExclusive - min)),
    chance: (p) => next() < p,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    fork: (label) => createRng(Math.imul(seed ^ 0x9e3779b9, label + 1) ^ label),
  };
  return rng;
}

/** The seed from SEED when given, otherwise a fresh one; printed so a failure can be replayed. */
export function seedFor(what: string, env: string | undefined = process.env.SEED): number {
  const given = env === undefined || env === '' ? Number.NaN : Number.parseInt(env, 10);
  const seed = Number.isFinite(given) ? given >>> 0 : randomInt(0, 2 ** 31);
  console.log(`${what}: SEED=${seed}`);
  return seed;
}
