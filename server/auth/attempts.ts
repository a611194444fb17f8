// Limits on guessing a secret that belongs to a name: a password at sign-in, a recovery code.
// Three growing delays (backoff.ts), each in its own table so that flooding one cannot empty
// another:
//
// - per name and address: what a person who mistypes meets; forgiven when they get in;
// - per address, across names: one address trying many names slows down;
// - per name, across addresses, slower to start and with a longer cap: many addresses
//   guessing one name slow down together.
//
// Someone guessing Sam's password must not be able to keep Sam out. So:
// - a browser where Sam signed in before (devices.ts) is counted on its own, by name and
//   device, and meets neither the address's delay nor the name's: a guesser sharing Sam's
//   address cannot hold it up;
// - the per-name delay does not apply to an address that has nothing on record for this name
//   (no failure, nothing in flight) and is not being slowed itself, so Sam on a new phone gets
//   in too, even on a phone network's address that others fail from. That costs a guesser one
//   attempt at a name per fresh address per day (the tables forget after a day); addresses are
//   counted per IPv4 address and per IPv6 /56 (client-address.ts).
//
// These tables live in this process's memory in one process; when several instances run they
// live in Redis (limits/shared-guards.ts), with the same rules, so that spreading guesses
// across instances gains nothing.
import { type BackoffRule, createBackoff } from './backoff.ts';

export interface AttemptLimits {
  perPair: BackoffRule;
  perAddress: BackoffRule;
  perName: BackoffRule;
  /** Keys each of the three tables keeps; see key-table.ts for what happens when one is full. */
  maxKeys: number;
}

export type Outcome = 'failed' | 'succeeded' | 'abandoned';

/** An attempt that may go ahead, or how long to wait before one may. */
export type Attempt = { ok: false; retryAfterMs: number } | { ok: true; check(isRight: () => Promise<boolean>): Promise<boolean> };

export interface AttemptGuard {
  /**
   * Begins an attempt at `name`'s secret from `address`, or says how long to wait first.
   * `device` is the id of a browser that proved itself for this name before (devices.ts).
   */
  begin(name: string, address: string, now: () => number, device?: string | null): Promise<Attempt>;
}

/**
 * Runs the check once and ends the attempt with what it found (abandoned if it threw). When
 * ending it fails (the shared tables are away), so does the check: a guess whose failure could
 * not be counted gets no answer.
 */
export function checkOnce(end: (outcome: Outcome) => void | Promise<void>): (isRight: () => Promise<boolean>) => Promise<boolean> {
  let used = false;
  return async (isRight) => {
    if (used) throw new Error('An attempt is checked once.');
    used = true;
    let outcome: Outcome = 'abandoned';
    try {
      const right = await isRight();
      outcome = right ? 'succeeded' : 'failed';
      return right;
    } finally {
      await end(outcome);
    }
  };
}

/** One growing delay per person, for the password asked again while signed in. */
export interface ConfirmGuard {
  begin(userId: string, now: () => number): Promise<Attempt>;
}

export function createConfirmGuard(rule: BackoffRule, maxKeys: number): ConfirmGuard {
  const people = createBackoff(rule, maxKeys);
  return {
    async begin(userId, now) {
      const retryAfterMs = people.wait(userId, now());
      if (retryAfterMs > 0) return { ok: false, retryAfterMs };
      people.begin(userId, now());
      return {
        ok: true,
        check: checkOnce((outcome) => (outcome === 'succeeded' ? people.reset(userId) : people.end(userId, now(), outcome === 'failed'))),
      };
    },
  };
}

export function createAttemptGuard(limits: AttemptLimits): AttemptGuard {
  const pairs = createBackoff(limits.perPair, limits.maxKeys);
  const addresses = createBackoff(limits.perAddress, limits.maxKeys);
  const names = createBackoff(limits.perName, limits.maxKeys);
  return {
    async begin(name, address, now, device) {
      const t = now();
      if (device) {
        const own = `${name}\ndevice:${device}`;
        const retryAfterMs = pairs.wait(own, t);
        if (retryAfterMs > 0) return { ok: false, retryAfterMs };
        pairs.begin(own, t);
        return {
          ok: true,
          check: checkOnce((outcome) => (outcome === 'succeeded' ? pairs.reset(own) : pairs.end(own, now(), outcome === 'failed'))),
        };
      }
      // A line break cannot be part of a name key (spaces are folded) or of an address.
      const pair = `${name}\n${address}`;
      const fresh = pairs.isClean(pair, t) && !addresses.isSlowed(address, t);
      const retryAfterMs = Math.max(
        pairs.wait(pair, t),
        addresses.wait(address, t),
        // Even a fresh address is refused when the name cannot be counted: see key-table.ts.
        fresh ? names.roomWait(name, t) : names.wait(name, t),
      );
      if (retryAfterMs > 0) return { ok: false, retryAfterMs };
      pairs.begin(pair, t);
      addresses.begin(address, t);
      names.begin(name, t);
      return {
        ok: true,
        check: checkOnce((outcome) => {
          const at = now();
          const failed = outcome === 'failed';
          // Getting in forgives this address its own fumbling with this name, and nothing more:
          // resetting the address or the name would let a guesser clear them with an account
          // of their own, or whenever the owner signs in.
          if (outcome === 'succeeded') pairs.reset(pair);
          else pairs.end(pair, at, failed);
          addresses.end(address, at, failed);
          names.end(name, at, failed);
        }),
      };
    },
  };
}
