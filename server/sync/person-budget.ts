// Budgets per person, across every socket and document they hold. A budget per socket alone
// lets one account multiply it by opening more sockets (issue 8: six sockets sent 240 MB in
// 52 s into one notebook); here a person has a few devices' worth of sockets, of new
// connections a minute, and of frames and bytes a second, wherever they come from. With several
// instances, what each lets through is also charged to one shared budget (shared-person-budget.ts).
import { type FrameBudget, createFrameBudget } from './frame-budget.ts';
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

interface Person {
  sockets: number;
  upgrades: FrameBudget;
  frames: FrameBudget;
  bytes: FrameBudget;
  work: FrameBudget;
}

export type Spend = 'ok' | 'frames' | 'bytes';

export class PersonBudgets {
  private readonly people = new Map<string, Person>();

  constructor(
    private readonly options: PersonBudgetOptions = PERSON_BUDGET,
    private readonly now: () => number = Date.now,
    /** The budget shared with other instances; none in one process. */
    private readonly shared: SharedCharges | null = null,
  ) {}

  /**
   * Takes a socket slot for a new connection; false when the person has too many. Sockets are
   * counted per instance (each instance's memory is what they cost); new connections across all.
   */
  open(userId: string): boolean {
    const p = this.person(userId);
    if (p.sockets >= this.options.maxSockets || this.shared?.over(userId) === 'upgrades' || !p.upgrades.take()) return false;
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
    if (over === 'frames' || over === 'work' || !p.frames.take()) return 'frames';
    if (over === 'bytes' || !p.bytes.take(bytes)) return 'bytes';
    this.shared?.charge(userId, 'frames', 1);
    this.shared?.charge(userId, 'bytes', bytes);
    return 'ok';
  }

  /** Charges time the server spent on the person's frames; false once the budget is spent. */
  spendWork(userId: string, ms: number): boolean {
    this.shared?.charge(userId, 'work', ms);
    return this.person(userId).work.take(ms) && this.shared?.over(userId) !== 'work';
  }

  /** People remembered now (for tests and the benchmark). */
  get size(): number {
    return this.people.size;
  }

  /** Forgets people with no socket whose budgets have refilled; anything else is kept. */
  sweep(): void {
    for (const [id, p] of this.people) this.forgetIfIdle(id, p);
  }

  private forgetIfIdle(id: string, p: Person): void {
    // Forgetting a half-spent budget would hand a flood a fresh one for reconnecting.
    if (p.sockets === 0 && p.upgrades.full() && p.frames.full() && p.bytes.full() && p.work.full()) this.people.delete(id);
  }

  private person(userId: string): Person {
    let p = this.people.get(userId);
    if (!p) {
      const o = this.options;
      p = {
        sockets: 0,
        upgrades: createFrameBudget(o.upgradesPerSecond, o.upgradeBurst, this.now),
        frames: createFrameBudget(o.framesPerSecond, o.frameBurst, this.now),
        bytes: createFrameBudget(o.bytesPerSecond, o.byteBurst, this.now),
        work: createFrameBudget(o.workMsPerSecond, o.workBurstMs, this.now),
      };
      this.people.set(userId, p);
    }
    return p;
  }
}
