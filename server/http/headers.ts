// Security headers on every response, plain GETs under /sync/ included, except the WebSocket
// handshake itself (header-changing middleware breaks it). The CSP allows our own scripts and
// styles only, and our own manifest and service worker.
import type { HttpBindings } from '@hono/node-server';
import type { Context, MiddlewareHandler } from 'hono';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * True for a WebSocket handshake. sync/upgrade.ts hands those to the app from the server's
 * 'upgrade' event, with the socket but no response object; a request that merely carries an
 * Upgrade header (without "Connection: upgrade") comes as a plain request and is not one.
 */
export function isHandshake(c: Context): boolean {
  const env = c.env as Partial<HttpBindings> | undefined;
  return env?.incoming !== undefined && env.outgoing === undefined;
}

export function securityHeaders(https: boolean): MiddlewareHandler {
  return async function setSecurityHeaders(c, next) {
    if (isHandshake(c)) return next();
    // Set before the route answers, so they go into the answer it builds. Set after, they made
    // @hono/node-server turn its light response into a whole web Response (a body stream and
    // all) just to add headers: a tenth of the server's time under a stream of commands.
    c.header('Content-Security-Policy', CSP);
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'DENY');
    c.header('Cross-Origin-Opener-Policy', 'same-origin');
    c.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (https) c.header('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
    if (c.req.path.startsWith('/api/')) c.header('Cache-Control', 'no-store');
    await next();
  };
}
