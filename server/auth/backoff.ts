// Growing delays instead of lockouts: a key (a name, an address, a name from an address) gets
// `free` failures, then each further attempt has to wait a delay that doubles with each
// failure, up to a cap. The delay only ever slows guessing; it never locks anyone out for good.
//
// An attempt is begun before the password is checked and ended after, and one in flight counts
// as a possible failure: otherwise twenty guesses sent at once would all pass the check before
// the first failure was written down.
import { createKeyTable } from './key-table.ts';

export interface BackoffRule {
  /** Failures before any delay. */
  free: number;
  /** The delay after the first failure past `free`; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
  /** Failures are forgotten this long after the last one (and never while a delay runs). */
  forgetMs: number;
}

interface Tally {
  failures: number;
  inFlight: number;
  lastFailureAt: number;
  /** No attempt may begin before this. */
  nextAt: number;
  expiresAt: number;
  holds: boolean;
}

export interface Backoff {
  /** Ms before an attempt for `key` may begin: its delay, one in flight, or no room to count it. */
  wait(key: string, now: number): number;
  /** Like wait, but only whether the attempt could be counted at all (no room in the table). */
  roomWait(key: string, now: number): number;
  /** True when nothing about `key` is on record: no failure, nothing in flight. */
  isClean(key: string, now: number): boolean;
  /** True while `key` has used up its free failures (a delay applies, now or after the next). */
  isSlowed(key: string, now: number): boolean;
  /** Starts an attempt; call after wait() gave 0, in the same tick. */
  begin(key: string, now: number): void;
  /** Ends an attempt begun before, as a failure or not. */
  end(key: string, now: number, failed: boolean): void;
  /** Forgets the key: its owner proved who they are. */
  reset(key: string): void;
}

/** The delay after `failures` failures. */
export const delayAfter = (rule: BackoffRule, failures: number): number =>
  failures < rule.free ? 0 : Math.min(rule.maxDelayMs, rule.firstDelayMs * 2 ** Math.min(failures - rule.free, 30));

/** A short wait for "another attempt with this key is being checked right now". */
const IN_FLIGHT_WAIT_MS = 1000;

export function createBackoff(rule: BackoffRule, maxKeys: number): Backoff {
  const table = createKeyTable<Tally>(maxKeys);

  const store = (key: string, t: Omit<Tally, 'expiresAt' | 'holds'>, now: number) => {
    if (t.failures === 0 && t.inFlight === 0) return table.delete(key);
    const expiresAt = Math.max(t.nextAt, (t.failures ? t.lastFailureAt : now) + rule.forgetMs);
    // A delay holds, and so does an attempt in flight: its failure must find its tally again.
    table.put(key, { ...t, expiresAt, holds: t.failures >= rule.free || t.inFlight > 0 }, now);
  };

  return {
    wait(key, now) {
      const t = table.get(key, now);
      if (!t) return table.roomWait(key, now);
      if (now < t.nextAt) return t.nextAt - now;
      // In flight attempts count as failures until they end: beyond `free`, one at a time.
      if (t.inFlight > 0 && t.failures + t.inFlight >= rule.free) return IN_FLIGHT_WAIT_MS;
      return 0;
    },
    roomWait: (key, now) => table.roomWait(key, now),
    isClean: (key, now) => table.get(key, now) === undefined,
    isSlowed: (key, now) => (table.get(key, now)?.failures ?? 0) >= rule.free,
    begin(key, now) {
      const t = table.get(key, now) ?? { failures: 0, inFlight: 0, lastFailureAt: 0, nextAt: 0 };
      store(key, { ...t, inFlight: t.inFlight + 1 }, now);
    },
    end(key, now, failed) {
      const t = table.get(key, now);
      const before = t ?? { failures: 0, inFlight: 1, lastFailureAt: 0, nextAt: 0 };
      const inFlight = Math.max(0, before.inFlight - 1);
      if (!failed) return store(key, { ...before, inFlight }, now);
      const failures = before.failures + 1;
      const delay = delayAfter(rule, failures);
      store(key, { failures, inFlight, lastFailureAt: now, nextAt: delay ? now + delay : 0 }, now);
    },
    reset: (key) => table.delete(key),
  };
}
