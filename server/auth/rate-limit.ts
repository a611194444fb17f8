// A small fixed-window limiter for failed sign-ins and recovery attempts. In memory on
// purpose: losing it on restart only resets a window, and a multi-instance deployment would
// move it to Redis with the rest of the shared state (DESIGN.md, decision 7).
export interface RateLimiter {
  /** True while `key` has used up its attempts in the current window. */
  blocked(key: string, now?: number): boolean;
  fail(key: string, now?: number): void;
  reset(key: string): void;
}

export function createRateLimiter(maxFailures: number, windowMs: number, maxKeys = 100_000): RateLimiter {
  const windows = new Map<string, { start: number; failures: number }>();
  const current = (key: string, now: number) => {
    const w = windows.get(key);
    if (!w || now - w.start >= windowMs) return undefined;
    return w;
  };
  return {
    blocked: (key, now = Date.now()) => (current(key, now)?.failures ?? 0) >= maxFailures,
    fail(key, now = Date.now()) {
      const w = current(key, now);
      if (w) w.failures++;
      else {
        if (windows.size >= maxKeys) windows.delete(windows.keys().next().value as string);
        windows.set(key, { start: now, failures: 1 });
      }
    },
    reset: (key) => void windows.delete(key),
  };
}
