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

export function createFrameBudget(perSecond = FRAMES_PER_SECOND, burst = FRAME_BURST, now: () => number = Date.now): FrameBudget {
  let tokens = burst;
  let last = now();
  const refill = () => {
    const t = now();
    tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
    last = t;
  };
  return {
    take(cost = 1) {
      refill();
      if (tokens < cost) return false;
      tokens -= cost;
      return true;
    },
    full() {
      refill();
      return tokens >= burst;
    },
  };
}
