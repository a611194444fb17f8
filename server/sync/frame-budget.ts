// A token bucket: fast typing and presence fit easily, a flood does not. A socket or person
// whose budget is spent has a socket closed with 1013 (try again later): the stock client
// backs off and reconnects, so a person who somehow types past it loses nothing, while a
// flood pays a reconnect each time. The room and everyone else carry on.
//
// A bucket is kept as one number: the time it is whole again (0 or any past time: whole now).
// It holds `burst` tokens and gains `perSecond` a second, so at time t it holds
// burst - (wholeAt - t) * perSecond / 1000, and taking `cost` moves wholeAt on by what that
// cost takes to refill. That is exactly the usual bucket of tokens and last-refill time, in
// one field instead of an object: a server holds several per socket and per person, and a
// bucket that is whole is the same as no bucket at all, so it can be dropped and made again.
export interface FrameBudget {
  /** Takes `cost` (one frame, or bytes) from the budget; false when it is spent. */
  take(cost?: number): boolean;
  /** True when the bucket has refilled to its burst: forgetting it would change nothing. */
  full(): boolean;
}

/** Typing sends a frame a keystroke; 60 a second with bursts of 300 is far above a person. */
export const FRAMES_PER_SECOND = 60;
export const FRAME_BURST = 300;

/** A bucket's size and pace. */
export interface Rate {
  perSecond: number;
  burst: number;
}

/** A bucket that is whole: the same as a bucket never touched. */
export const WHOLE = 0;

/**
 * Takes `cost` from the bucket that is whole again at `wholeAt`: the new wholeAt, or null when
 * the bucket holds less than `cost` (then it is left as it was). Rates are above zero (config.ts).
 */
export function takeFrom(wholeAt: number, cost: number, rate: Rate, now: number): number | null {
  const from = Math.max(wholeAt, now);
  const owed = ((from - now) * rate.perSecond) / 1000;
  if (rate.burst - owed < cost) return null;
  return from + (cost * 1000) / rate.perSecond;
}

/** True when the bucket is whole at `now`: dropping it (back to WHOLE) changes nothing. */
export function isWhole(wholeAt: number, now: number): boolean {
  return wholeAt <= now;
}

/** The bucket as an object, for callers that keep one (a test's pace, a client). */
class TokenBucket implements FrameBudget {
  private wholeAt = WHOLE;
  private readonly rate: Rate;

  constructor(
    perSecond: number,
    burst: number,
    private readonly now: () => number,
  ) {
    this.rate = { perSecond, burst };
  }

  take(cost = 1): boolean {
    const next = takeFrom(this.wholeAt, cost, this.rate, this.now());
    if (next === null) return false;
    this.wholeAt = next;
    return true;
  }

  full(): boolean {
    return isWhole(this.wholeAt, this.now());
  }
}

export function createFrameBudget(perSecond = FRAMES_PER_SECOND, burst = FRAME_BURST, now: () => number = Date.now): FrameBudget {
  return new TokenBucket(perSecond, burst, now);
}
