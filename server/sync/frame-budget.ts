// A token bucket: fast typing and presence fit easily, a flood does not. A socket or person
// whose budget is spent has a socket closed with 1013 (try again later): the stock client
// backs off and reconnects, so a person who somehow types past it loses nothing, while a
// flood pays a reconnect each time. The room and everyone else carry on.
export interface FrameBudget {
  /** Takes `cost` (one frame, or bytes) from the budget; false when it is spent. */
  take(cost?: number): boolean;
  /** True when the bucket has refilled to its burst: forgetting it would change nothing. */
  full(): boolean;
}

/** Typing sends a frame a keystroke; 60 a second with bursts of 300 is far above a person. */
export const FRAMES_PER_SECOND = 60;
export const FRAME_BURST = 300;

/** A class, not a closure: one small object per budget (there are several per socket and person). */
class TokenBucket implements FrameBudget {
  private tokens: number;
  private last: number;

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {
    this.tokens = burst;
    this.last = now();
  }

  take(cost = 1): boolean {
    this.refill();
    if (this.tokens < cost) return false;
    this.tokens -= cost;
    return true;
  }

  full(): boolean {
    this.refill();
    return this.tokens >= this.burst;
  }

  private refill(): void {
    const t = this.now();
    this.tokens = Math.min(this.burst, this.tokens + ((t - this.last) / 1000) * this.perSecond);
    this.last = t;
  }
}

export function createFrameBudget(perSecond = FRAMES_PER_SECOND, burst = FRAME_BURST, now: () => number = Date.now): FrameBudget {
  return new TokenBucket(perSecond, burst, now);
}
