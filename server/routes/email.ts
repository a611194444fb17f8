// The reminder address, mounted at /api/me/email. Email is optional and used only for the
// reminders a person asks for; removing it also turns email reminders off.
import { Hono } from 'hono';
import { emailBody } from '../../shared/schemas.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireUser } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { toMe } from './session-helpers.ts';

export function emailRoutes(deps: Deps) {
  return new Hono<AppEnv>().put('/', async (c) => {
    const user = requireUser(c);
    const { email } = await readJson(c, emailBody);
    await deps.store.transaction(async (tx) => {
      await tx.setEmail(user.id, email);
      if (email === null) await tx.setEmailFrequency(user.id, 'never');
    });
    return c.json(toMe({ ...user, email }));
  });
}
