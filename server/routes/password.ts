// Changing one's password while signed in, mounted at /api/me/password. The current password
// is asked first (a session left open on a shared computer must not be enough), with the same
// growing delays as deleting the account; then every other session of the person ends, with
// its sockets, because whoever else holds one may be the reason for the change, and so does
// every device cookie but this browser's.
import { Hono } from 'hono';
import { changePasswordBody } from '../../shared/schemas.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireUser } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { fail } from '../http/errors.ts';
import { retryLater } from '../http/retry-later.ts';
import { trustDevice } from './session-helpers.ts';

export function passwordRoutes(deps: Deps) {
  return new Hono<AppEnv>().put('/', async (c) => {
    const user = requireUser(c);
    const session = c.get('session');
    const body = await readJson(c, changePasswordBody);
    const attempt = await deps.limits.confirm.begin(user.id, () => deps.now().getTime());
    if (!attempt.ok) throw retryLater(c, attempt.retryAfterMs, 'To keep your account safe, the next try can be in {wait}. Your password has not changed.');
    if (!(await attempt.check(() => deps.passwords.verify(user.passwordHash, body.currentPassword))))
      throw fail(401, 'wrong-password', 'That password does not match. Your password has not changed.');
    await deps.store.setPassword(user.id, await deps.passwords.hash(body.newPassword));
    for (const id of session ? await deps.store.deleteOtherSessions(user.id, session.id) : await deps.sessions.invalidateAllOf(user.id))
      deps.rooms.endSession(id);
    // The new password made every device cookie worthless; this browser just proved itself again.
    await trustDevice(c, deps, user.id);
    return c.body(null, 204);
  });
}
