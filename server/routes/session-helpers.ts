// Small pieces the account and session routes share.
import type { Context } from 'hono';
import type { Me } from '../../shared/api-types.ts';
import { clearedSessionCookie, deviceCookie, deviceCookieName, readCookie, sessionCookie } from '../auth/cookies.ts';
import { isHttps } from '../config.ts';
import type { AppEnv, Deps } from '../deps.ts';
import type { UserRow } from '../storage/store.ts';

/** Names are unique without regard to case, width or spacing: "Sam", "sam" and "ｓａｍ" are one. */
export const nameKey = (name: string): string => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

export const toMe = (u: UserRow): Me => ({ id: u.id, name: u.name, displayName: u.displayName, email: u.email, language: u.language ?? null });

/** How a person appears to the other in a space's log: by the name the friend sees. */
export const actorOf = (u: UserRow): { id: string; name: string } => ({ id: u.id, name: u.displayName });

/**
 * Starts a session and sets its cookie. A session this browser already held ends first, with
 * its sockets: a browser holds one session, and a cookie copied from it earlier (a shared
 * computer, a borrowed phone) must not stay valid beside the new one.
 */
export async function startSession(c: Context<AppEnv>, deps: Deps, userId: string): Promise<void> {
  const earlier = c.get('session');
  if (earlier) {
    await deps.sessions.invalidate(earlier.id);
    deps.rooms.endSession(earlier.id);
    c.set('session', null);
  }
  const { token, expiresAt } = await deps.sessions.create(userId);
  c.header('Set-Cookie', sessionCookie({ https: isHttps(deps.config) }, token, expiresAt));
  await trustDevice(c, deps, userId);
}

/** This browser proved who it is: from now on it is counted on its own (server/auth/devices.ts). */
export async function trustDevice(c: Context<AppEnv>, deps: Deps, userId: string): Promise<void> {
  const owner = await deps.store.userById(userId);
  if (!owner) return;
  const device = deps.devices.issue(owner, deps.now().getTime());
  c.header('Set-Cookie', deviceCookie({ https: isHttps(deps.config) }, device.value, device.expiresAt), { append: true });
}

/** The id of this browser when it proved itself as `user` (with this password) before, else null. */
export function deviceOf(c: Context<AppEnv>, deps: Deps, user: UserRow | undefined): string | null {
  if (!user) return null;
  const value = readCookie(c.req.header('cookie'), deviceCookieName({ https: isHttps(deps.config) }));
  return deps.devices.recognise(value, user, deps.now().getTime());
}

export function endSessionCookie(c: Context<AppEnv>, deps: Deps): void {
  c.header('Set-Cookie', clearedSessionCookie({ https: isHttps(deps.config) }));
}
