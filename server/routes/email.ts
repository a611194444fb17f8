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
    deps.store.transaction(() => {
      deps.store.setEmail(user.id, email);
      if (email === null) deps.store.setEmailFrequency(user.id, 'never');
    });
    return c.json(toMe({ ...user, email }));
  });
}
