// Frames are handled in short slices, one person at a time, so that nobody's frames can hold
// the event loop while everyone else's requests wait.
//
// `ws` hands over every frame of a TCP chunk in one go, synchronously: a hundred crafted
// updates arriving together would be a hundred updates checked and applied before the next
// HTTP request is even read (the issue 8 attack gave others 32 s waits). Here a frame is
// handled at once while the current slice has time left and its sender has nothing waiting;
// otherwise it waits in its sender's queue, and the queues are served in turns, one frame per
// person per round, each turn after the event loop has seen to its I/O (setImmediate).
// Order within one person's frames is kept; a person who sends more only waits longer.
export interface FairQueueOptions {
  /** Time a slice may spend on frames before the event loop gets its turn. */
  sliceMs: number;
  now?: () => number;
}

interface Waiting {
  frames: Array<() => void>;
}

export class FairQueue {
  private readonly waiting = new Map<string, Waiting>();
  private used = 0;
  private scheduled = false;
  private readonly sliceMs: number;
  private readonly now: () => number;

  constructor(options: FairQueueOptions) {
    this.sliceMs = options.sliceMs;
    this.now = options.now ?? (() => performance.now());
  }

  /** Runs `work` for `who` now, or after what `who` already has waiting. */
  push(who: string, work: () => void): void {
    const queue = this.waiting.get(who);
    if (queue) {
      queue.frames.push(work);
    } else if (this.used < this.sliceMs) {
      this.run(work);
    } else {
      this.waiting.set(who, { frames: [work] });
    }
    this.schedule();
  }

  /** Frames waiting now, across everyone (for tests and the benchmark). */
  get backlog(): number {
    let n = 0;
    for (const q of this.waiting.values()) n += q.frames.length;
    return n;
  }

  private run(work: () => void): void {
    const t = this.now();
    try {
      work();
    } finally {
      this.used += this.now() - t;
    }
  }

  /** A new slice starts once the event loop has been round (its I/O seen to). */
  private schedule(): void {
    if (this.scheduled || (this.used === 0 && this.waiting.size === 0)) return;
    this.scheduled = true;
    setImmediate(this.turn);
  }

  private turn = (): void => {
    this.scheduled = false;
    this.used = 0;
    while (this.waiting.size > 0 && this.used < this.sliceMs) {
      for (const [who, queue] of this.waiting) {
        const work = queue.frames.shift();
        if (queue.frames.length === 0) this.waiting.delete(who);
        if (work) this.run(work);
        if (this.used >= this.sliceMs) break;
      }
    }
    this.schedule();
  };
}
