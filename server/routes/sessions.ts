// Sign in and sign out. An unknown name and a wrong password get the same answer, in the
// same time; failures are limited per name and per address.
import { Hono } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { signInBody } from '../../shared/schemas.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { readJson } from '../http/body.ts';
import { fail } from '../http/errors.ts';
import { endSessionCookie, nameKey, startSession, toMe } from './session-helpers.ts';

const clientAddress = (c: Parameters<typeof getConnInfo>[0]): string => {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
};

export function sessionRoutes(deps: Deps) {
  const { store, passwords, limits } = deps;
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const body = await readJson(c, signInBody);
      const key = nameKey(body.name);
      const address = clientAddress(c);
      if (limits.byName.blocked(key) || limits.byAddress.blocked(address))
        throw fail(429, 'too-many-attempts', 'Too many tries for now. Please wait a few minutes and try again.');
      const user = store.userByNameKey(key);
      const ok = user ? await passwords.verify(user.passwordHash, body.password) : await passwords.verifyNobody(body.password);
      if (!user || !ok) {
        limits.byName.fail(key);
        limits.byAddress.fail(address);
        throw fail(401, 'bad-credentials', 'That name and password do not match.');
      }
      limits.byName.reset(key);
      startSession(c, deps, user.id);
      return c.json({ me: toMe(user) });
    })
    .delete('/current', (c) => {
      const session = c.get('session');
      if (session) {
        deps.sessions.invalidate(session.id);
        deps.rooms.endSession(session.id);
      }
      endSessionCookie(c, deps);
      return c.body(null, 204);
    });
}
