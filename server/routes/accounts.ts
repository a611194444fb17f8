// Sign-up, password recovery and deleting an account. Recovery codes are shown once, here,
// and only hashes kept.
import { Hono } from 'hono';
import type { SignUpResult } from '../../shared/api-types.ts';
import { deleteAccountBody } from '../../shared/personal-schemas.ts';
import { nameSkeleton } from '../../shared/names.ts';
import { recoverBody, signUpBody } from '../../shared/schemas.ts';
import { eraseAccount } from '../accounts/erase.ts';
import { newId, newRecoveryCode, hashSecretHex, normaliseRecoveryCode } from '../auth/tokens.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireUser } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { clientAddress } from '../http/client-address.ts';
import { fail } from '../http/errors.ts';
import { retryLater } from '../http/retry-later.ts';
import { deviceOf, endSessionCookie, nameKey, startSession, toMe } from './session-helpers.ts';

const RECOVERY_CODES = 10;

export function accountRoutes(deps: Deps) {
  const { store, passwords } = deps;
  return new Hono<AppEnv>()
    .post('/', async (c) => {
      const body = await readJson(c, signUpBody);
      const key = nameKey(body.name);
      // Taken before the work, so that sign-ups sent all at once cannot pass together.
      const address = clientAddress(c, deps.config.trustProxy);
      const wait = await deps.limits.signUp.take(address, deps.now().getTime());
      if (wait > 0)
        throw retryLater(c, wait, 'Several accounts were made from this network just now, so the next one can be made in {wait}.', 'too-many-sign-ups');
      const nameTaken = async () => {
        // No account was made, so it does not count.
        await deps.limits.signUp.giveBack(address, deps.now().getTime());
        return fail(409, 'name-taken', 'That name is taken here. Could you add something to it?');
      };
      // Taken as well when it only looks like a name someone has (other letters that look the same).
      const skeleton = nameSkeleton(body.name);
      if ((await store.userByNameKey(key)) || (await store.userByNameSkeleton(skeleton))) throw await nameTaken();
      const passwordHash = await passwords.hash(body.password);
      const codes = Array.from({ length: RECOVERY_CODES }, newRecoveryCode);
      const user = { id: newId(), name: body.name, displayName: body.displayName ?? body.name, passwordHash, email: body.email ?? null, createdAt: deps.now().toISOString() };
      try {
        await store.createUser(user, key, codes.map((code) => hashSecretHex(normaliseRecoveryCode(code))), skeleton);
      } catch {
        // Two sign-ups raced for the same name (or look-alikes); the unique indexes decided.
        throw await nameTaken();
      }
      await startSession(c, deps, user.id);
      return c.json<SignUpResult>({ me: toMe(user), recoveryCodes: codes }, 201);
    })
    .post('/recover', async (c) => {
      const body = await readJson(c, recoverBody);
      const key = nameKey(body.name);
      const user = await store.userByNameKey(key);
      const attempt = await deps.limits.recovery.begin(key, clientAddress(c, deps.config.trustProxy), () => deps.now().getTime(), deviceOf(c, deps, user));
      if (!attempt.ok) throw retryLater(c, attempt.retryAfterMs, 'To keep accounts safe, the next try can be in {wait}.');
      const codeHash = hashSecretHex(normaliseRecoveryCode(body.code));
      const right = await attempt.check(async () => user !== undefined && (await store.useRecoveryCode(user.id, codeHash, deps.now().toISOString())));
      if (!user || !right) throw fail(401, 'bad-recovery-code', 'That name and code do not match a code we have.');
      await store.setPassword(user.id, await passwords.hash(body.newPassword));
      // A new password ends every other session, including the one a thief might hold.
      for (const id of await deps.sessions.invalidateAllOf(user.id)) deps.rooms.endSession(id);
      await startSession(c, deps, user.id);
      return c.json({ me: toMe(user) });
    })
    // Deleting asks for the password again: a session left open on a shared computer must not
    // be enough to erase someone's words. Failures meet growing delays, per person.
    .delete('/me', async (c) => {
      const user = requireUser(c);
      const body = await readJson(c, deleteAccountBody);
      const attempt = await deps.limits.confirm.begin(user.id, () => deps.now().getTime());
      if (!attempt.ok) throw retryLater(c, attempt.retryAfterMs, 'To keep your account safe, the next try can be in {wait}. Nothing has been deleted.');
      if (!(await attempt.check(() => passwords.verify(user.passwordHash, body.password))))
        throw fail(401, 'wrong-password', 'That password does not match. Nothing has been deleted.');
      await eraseAccount(deps, user);
      endSessionCookie(c, deps);
      return c.body(null, 204);
    });
}
