// An allowance per key that refills: `burst` at once, then one more every `everyMs`. Used for
// sign-ups per address; in Redis when several instances run (limits/shared-buckets.ts). A spent allowance holds (key-table.ts never drops it to make room),
// and an entry is worth nothing once full again, so that is when it expires.
import { createKeyTable } from './key-table.ts';

export interface AllowanceRule {
  burst: number;
  everyMs: number;
}

interface Level {
  /** What was left at `at`; it grows by one every `everyMs` since. */
  left: number;
  at: number;
  expiresAt: number;
  holds: boolean;
}

export interface Allowance {
  /** Takes one: 0 when taken, else the ms until one is there (or until there is room to count). */
  take(key: string, now: number): Promise<number>;
  /** Gives back one taken for something that did not happen after all. */
  giveBack(key: string, now: number): Promise<void>;
}

export function createAllowance(rule: AllowanceRule, maxKeys: number): Allowance {
  const local = createLocalAllowance(rule, maxKeys);
  return { take: async (key, now) => local.take(key, now), giveBack: async (key, now) => local.giveBack(key, now) };
}

/** The allowance in this process's memory, answering at once. */
export function createLocalAllowance(rule: AllowanceRule, maxKeys: number): { take(key: string, now: number): number; giveBack(key: string, now: number): void } {
  const table = createKeyTable<Level>(maxKeys);
  const leftAt = (key: string, now: number) => {
    const level = table.get(key, now);
    return level ? Math.min(rule.burst, level.left + (now - level.at) / rule.everyMs) : rule.burst;
  };
  const store = (key: string, left: number, now: number) => {
    if (left >= rule.burst) return table.delete(key);
    table.put(key, { left, at: now, expiresAt: now + (rule.burst - left) * rule.everyMs, holds: true }, now);
  };
  return {
    take(key, now) {
      const left = leftAt(key, now);
      if (left < 1) return Math.ceil((1 - left) * rule.everyMs);
      const room = table.roomWait(key, now);
      if (room > 0) return room;
      store(key, left - 1, now);
      return 0;
    },
    giveBack: (key, now) => store(key, Math.min(rule.burst, leftAt(key, now) + 1), now),
  };
}
