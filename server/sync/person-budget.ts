// Budgets per person, across every socket and document they hold. A budget per socket alone
// lets one account multiply it by opening more sockets (issue 8: six sockets sent 240 MB in
// 52 s into one notebook); here a person has a few devices' worth of sockets, of new
// connections a minute, and of frames and bytes a second, wherever they come from. With several
// instances, what each lets through is also charged to one shared budget (shared-person-budget.ts).
import { type Rate, WHOLE, isWhole, takeFrom } from './frame-budget.ts';
import type { SharedCharges } from './shared-person-budget.ts';

export interface PersonBudgetOptions {
  /** Open sockets at once: a few devices, each with a space's three documents and a notebook. */
  maxSockets: number;
  /** New sockets: a burst, then a steady rate a second (a flapping phone reconnects often). */
  upgradeBurst: number;
  upgradesPerSecond: number;
  framesPerSecond: number;
  frameBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
  /** Milliseconds of the server's time spent on a person's frames: what crafted updates cost. */
  workMsPerSecond: number;
  workBurstMs: number;
}

export const PERSON_BUDGET: PersonBudgetOptions = {
  maxSockets: 24,
  upgradeBurst: 60,
  upgradesPerSecond: 1,
  // Two devices typing fast send far less; presence echoes are not charged at all.
  framesPerSecond: 120,
  frameBurst: 600,
  // A long letter is tens of KB; a device coming back sends what it wrote offline (each
  // document holds 1 MiB at most, and a returning device rarely carries more than one full).
  bytesPerSecond: 64 * 1024,
  byteBurst: 2 * 1024 * 1024,
  // A tenth of a core for one person, after a burst that covers a device syncing its
  // largest documents (a few tens of ms each); typing costs well under a ms a frame.
  workMsPerSecond: 100,
  workBurstMs: 250,
};

/**
 * One person's budgets on this instance, shared by all their sockets. Each bucket is the time it
 * is whole again (frame-budget.ts), WHOLE when it is: a whole bucket is the same as none, so a
 * person with sockets open and nothing spent costs one small object, and one with neither is
 * forgotten.
 */
interface Person {
  sockets: number;
  upgrades: number;
  frames: number;
  bytes: number;
  work: number;
}

type Bucket = 'upgrades' | 'frames' | 'bytes' | 'work';
const BUCKETS: readonly Bucket[] = ['upgrades', 'frames', 'bytes', 'work'];

export type Spend = 'ok' | 'frames' | 'bytes';

export class PersonBudgets {
  private readonly people = new Map<string, Person>();
  private readonly rates: Record<Bucket, Rate>;

  constructor(
    private readonly options: PersonBudgetOptions = PERSON_BUDGET,
    private readonly now: () => number = Date.now,
    /** The budget shared with other instances; none in one process. */
    private readonly shared: SharedCharges | null = null,
  ) {
    const o = options;
    this.rates = {
      upgrades: { perSecond: o.upgradesPerSecond, burst: o.upgradeBurst },
      frames: { perSecond: o.framesPerSecond, burst: o.frameBurst },
      bytes: { perSecond: o.bytesPerSecond, burst: o.byteBurst },
      work: { perSecond: o.workMsPerSecond, burst: o.workBurstMs },
    };
  }

  /**
   * Takes a socket slot for a new connection; false when the person has too many. Sockets are
   * counted per instance (each instance's memory is what they cost); new connections across all.
   */
  open(userId: string): boolean {
    const p = this.person(userId);
    if (p.sockets >= this.options.maxSockets || this.shared?.over(userId) === 'upgrades' || !this.take(p, 'upgrades', 1)) {
      this.forgetIfIdle(userId, p);
      return false;
    }
    this.shared?.charge(userId, 'upgrades', 1);
    p.sockets++;
    return true;
  }

  close(userId: string): void {
    const p = this.people.get(userId);
    if (!p) return;
    p.sockets = Math.max(0, p.sockets - 1);
    this.forgetIfIdle(userId, p);
  }

  /** Charges one frame of `bytes` to the person. */
  spend(userId: string, bytes: number): Spend {
    const p = this.person(userId);
    const over = this.shared?.over(userId);
    let spent: Spend = 'ok';
    if (over === 'frames' || over === 'work' || !this.take(p, 'frames', 1)) spent = 'frames';
    else if (over === 'bytes' || !this.take(p, 'bytes', bytes)) spent = 'bytes';
    if (spent !== 'ok') {
      this.forgetIfIdle(userId, p);
      return spent;
    }
    this.shared?.charge(userId, 'frames', 1);
    this.shared?.charge(userId, 'bytes', bytes);
    return 'ok';
  }

  /** Charges time the server spent on the person's frames; false once the budget is spent. */
  spendWork(userId: string, ms: number): boolean {
    this.shared?.charge(userId, 'work', ms);
    const p = this.person(userId);
    const ok = this.take(p, 'work', ms) && this.shared?.over(userId) !== 'work';
    this.forgetIfIdle(userId, p);
    return ok;
  }

  /** People remembered now (for tests and the benchmark). */
  get size(): number {
    return this.people.size;
  }

  /** Buckets held now that are not whole, across everyone (for tests and the benchmark). */
  get openBuckets(): number {
    const t = this.now();
    let n = 0;
    for (const p of this.people.values()) for (const b of BUCKETS) if (!isWhole(p[b], t)) n++;
    return n;
  }

  /** Forgets people with no socket whose budgets have refilled, and refilled buckets of the rest. */
  sweep(): void {
    for (const [id, p] of this.people) this.forgetIfIdle(id, p);
  }

  private take(p: Person, bucket: Bucket, cost: number): boolean {
    const next = takeFrom(p[bucket], cost, this.rates[bucket], this.now());
    if (next === null) return false;
    p[bucket] = next;
    return true;
  }

  private forgetIfIdle(id: string, p: Person): void {
    // A whole bucket is dropped (a time in the past is a number the heap must box).
    const t = this.now();
    let whole = true;
    for (const b of BUCKETS) {
      if (isWhole(p[b], t)) p[b] = WHOLE;
      else whole = false;
    }
    // Forgetting a half-spent budget would hand a flood a fresh one for reconnecting.
    if (p.sockets === 0 && whole) this.people.delete(id);
  }

  private person(userId: string): Person {
    let p = this.people.get(userId);
    if (!p) {
      p = { sockets: 0, upgrades: WHOLE, frames: WHOLE, bytes: WHOLE, work: WHOLE };
      this.people.set(userId, p);
    }
    return p;
  }
}
