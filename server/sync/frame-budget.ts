// A token bucket per socket: fast typing and presence fit easily, a flood does not. A
// socket that spends its budget is closed with 1013 (try again later): the stock client
// backs off and reconnects, so a person who somehow types past it loses nothing, while a
// flood pays a reconnect each time. The room and everyone else carry on.
export interface FrameBudget {
  /** Takes one frame from the budget; false when it is spent. */
  take(): boolean;
}

/** Typing sends a frame a keystroke; 60 a second with bursts of 300 is far above a person. */
export const FRAMES_PER_SECOND = 60;
export const FRAME_BURST = 300;

export function createFrameBudget(perSecond = FRAMES_PER_SECOND, burst = FRAME_BURST, now: () => number = Date.now): FrameBudget {
  let tokens = burst;
  let last = now();
  return {
    take() {
      const t = now();
      tokens = Math.min(burst, tokens + ((t - last) / 1000) * perSecond);
      last = t;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
