// Refuses state-changing requests and WebSocket upgrades from other origins. Compared with
// the configured public origin, never with the request's own URL (whose host a client chooses).
import type { MiddlewareHandler } from 'hono';
import { fail } from './errors.ts';

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isAllowedOrigin(origin: string | undefined, allowed: ReadonlySet<string>): boolean {
  return origin !== undefined && allowed.has(origin);
}

/** `allowed` is read per request, so a server started on port 0 can learn its origin late. */
export function sameOrigin(allowed: () => ReadonlySet<string>): MiddlewareHandler {
  return async function checkOrigin(c, next) {
    const isUpgrade = c.req.header('upgrade')?.toLowerCase() === 'websocket';
    if (!SAFE.has(c.req.method) || isUpgrade) {
      const origin = c.req.header('origin');
      // Browsers send Origin on every cross-site POST and on every WebSocket; a missing one on
      // a state change means a non-browser client, which must still say where it comes from.
      if (!isAllowedOrigin(origin, allowed())) {
        if (isUpgrade) return c.body(null, 403);
        throw fail(403, 'foreign-origin', 'This request came from another site, so it was refused.');
      }
    }
    await next();
  };
}
