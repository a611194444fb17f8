// Reads the session cookie on every request and exposes the person, if any, to handlers.
import type { Context, MiddlewareHandler } from 'hono';
import { clearedSessionCookie, readCookie, sessionCookie, sessionCookieName } from '../auth/cookies.ts';
import { isHttps } from '../config.ts';
import type { AppEnv, Deps } from '../deps.ts';
import type { UserRow } from '../storage/store.ts';
import { fail } from './errors.ts';

export function loadSession(deps: Deps): MiddlewareHandler<AppEnv> {
  const cookie = { https: isHttps(deps.config) };
  return async function readSession(c, next) {
    const token = readCookie(c.req.header('cookie'), sessionCookieName(cookie));
    const session = await deps.sessions.validate(token);
    const user = session ? ((await deps.store.userById(session.userId)) ?? null) : null;
    c.set('session', user ? session : null);
    c.set('user', user);
    await next();
    // A handler that set the session cookie (sign-in, sign-out) has the last word: a renewal of
    // the session this request came with must not be appended after it and win in the browser.
    const name = `${sessionCookieName(cookie)}=`;
    if (c.res.headers.getSetCookie().some((line) => line.startsWith(name))) return;
    if (token && !session) c.header('Set-Cookie', clearedSessionCookie(cookie), { append: true });
    else if (session?.renewed && token) c.header('Set-Cookie', sessionCookie(cookie, token, session.expiresAt), { append: true });
  };
}

export function requireUser(c: Context<AppEnv>): UserRow {
  const user = c.get('user');
  if (!user) throw fail(401, 'unauthorized', 'Please sign in first.');
  return user;
}
