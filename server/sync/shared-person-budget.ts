// A person's sync budget shared by every instance (README, "Running on several machines").
//
// Each instance keeps its own budgets (person-budget.ts), which a frame is checked against at
// once; a Redis round trip per frame would cost more than the frame. What each instance spent
// is also charged to one shared bucket per person in Redis, in batches: when a tenth of a
// burst has gathered, and every quarter second. Redis charges it even past zero and answers how
// long the debt takes to refill; until then every instance refuses the person's frames (the
// socket closes with 1013 "try again later", as for the local budget). So a person spread over
// N instances gets one budget plus at most a batch per instance, instead of N budgets.
//
// Redis away: the batch is dropped and the local budgets alone hold, as in one process: the
// worst is N budgets, which is what capacity can take for a while.
import type { RedisLimits } from '../limits/redis-limits.ts';
import type { PersonBudgetOptions } from './person-budget.ts';

export type ChargeKind = 'upgrades' | 'frames' | 'bytes' | 'work';
const KINDS: readonly ChargeKind[] = ['upgrades', 'frames', 'bytes', 'work'];

export interface SharedCharges {
  /** What the person is over across instances right now, or null. */
  over(userId: string): ChargeKind | null;
  /** Adds what this instance let the person spend; sent to Redis in batches. */
  charge(userId: string, kind: ChargeKind, amount: number): void;
  /** Sends what is gathered now (the timer does this; tests call it to wait for none). */
  flush(): Promise<void>;
  close(): void;
}

const FLUSH_EVERY_MS = 250;
/** A batch goes at once when it reaches this share of a burst. */
const BATCH_SHARE = 0.1;

export function createSharedCharges(redis: RedisLimits, options: PersonBudgetOptions, now: () => number = Date.now): SharedCharges {
  const budgets: Record<ChargeKind, { burst: number; perSecond: number }> = {
    upgrades: { burst: options.upgradeBurst, perSecond: options.upgradesPerSecond },
    frames: { burst: options.frameBurst, perSecond: options.framesPerSecond },
    bytes: { burst: options.byteBurst, perSecond: options.bytesPerSecond },
    work: { burst: options.workBurstMs, perSecond: options.workMsPerSecond },
  };
  const batchOf = (kind: ChargeKind) => Math.max(1, budgets[kind].burst * BATCH_SHARE);
  const pending = new Map<string, Record<ChargeKind, number>>();
  const blocked = new Map<string, { kind: ChargeKind; until: number }>();
  /** People whose batch is on its way: one at a time each, so the answers come in order. */
  const sending = new Map<string, Promise<void>>();

  async function send(userId: string): Promise<void> {
    const batch = pending.get(userId);
    if (!batch) return;
    pending.delete(userId);
    try {
      const waits = await Promise.all(
        KINDS.map(async (kind) => [kind, batch[kind] > 0 ? await redis.take(`person-${kind}`, userId, budgets[kind], batch[kind], true) : 0] as const),
      );
      for (const [kind, wait] of waits) {
        if (wait <= 0) continue;
        const until = now() + wait;
        if ((blocked.get(userId)?.until ?? 0) < until) blocked.set(userId, { kind, until });
      }
    } catch {
      // Redis away: the local budgets hold meanwhile (limits/unavailable.ts); Redis logs itself.
    }
  }

  /** Sends the person's batch, and what gathered meanwhile, until nothing is left. */
  function sendFor(userId: string): Promise<void> {
    const before = sending.get(userId);
    if (before) return before;
    const next = (async () => {
      while (pending.has(userId)) await send(userId);
    })().finally(() => sending.delete(userId));
    sending.set(userId, next);
    return next;
  }

  async function flush(): Promise<void> {
    const t = now();
    for (const [id, b] of blocked) if (b.until <= t) blocked.delete(id);
    await Promise.all([...pending.keys()].map(sendFor));
  }

  const timer = setInterval(() => void flush(), FLUSH_EVERY_MS);
  timer.unref();

  return {
    over(userId) {
      const b = blocked.get(userId);
      if (!b) return null;
      if (b.until > now()) return b.kind;
      blocked.delete(userId);
      return null;
    },
    charge(userId, kind, amount) {
      let batch = pending.get(userId);
      if (!batch) {
        batch = { upgrades: 0, frames: 0, bytes: 0, work: 0 };
        pending.set(userId, batch);
      }
      batch[kind] += amount;
      if (batch[kind] >= batchOf(kind)) void sendFor(userId);
    },
    flush,
    close: () => clearInterval(timer),
  };
}
