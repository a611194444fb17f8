// Sign in and sign out. An unknown name and a wrong password get the same answer, in the
// same time; failures meet growing delays per name and address (server/auth/attempts.ts).
import { Hono } from 'hono';
import type { CurrentSession } from '../../shared/api-types.ts';
import { signInBody } from '../../shared/schemas.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { readJson } from '../http/body.ts';
import { clientAddress } from '../http/client-address.ts';
import { fail } from '../http/errors.ts';
import { retryLater } from '../http/retry-later.ts';
import { deviceOf, endSessionCookie, nameKey, startSession, toMe } from './session-helpers.ts';

export function sessionRoutes(deps: Deps) {
  const { store, passwords, limits } = deps;
  return new Hono<AppEnv>()
    // Who is signed in here, asked without it being an error when nobody is: signed-out pages
    // ask on every load, and a 401 there would only fill the browser's console.
    .get('/current', (c) => {
      const user = c.get('user');
      return c.json<CurrentSession>({ me: user ? toMe(user) : null });
    })
    .post('/', async (c) => {
      const body = await readJson(c, signInBody);
      const key = nameKey(body.name);
      const user = await store.userByNameKey(key);
      const attempt = await limits.signIn.begin(key, clientAddress(c, deps.config.trustProxy), () => deps.now().getTime(), deviceOf(c, deps, user));
      if (!attempt.ok)
        throw retryLater(c, attempt.retryAfterMs, 'To keep accounts safe, the next try can be in {wait}. If you have forgotten your password, a recovery code can set a new one.');
      const right = await attempt.check(() => (user ? passwords.verify(user.passwordHash, body.password) : passwords.verifyNobody(body.password)));
      if (!user || !right) throw fail(401, 'bad-credentials', 'That name and password do not match.');
      await startSession(c, deps, user.id);
      return c.json({ me: toMe(user) });
    })
    .delete('/current', async (c) => {
      const session = c.get('session');
      if (session) {
        await deps.sessions.invalidate(session.id);
        deps.rooms.endSession(session.id);
      }
      endSessionCookie(c, deps);
      return c.body(null, 204);
    });
}
