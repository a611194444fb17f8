// How often a person wants email, mounted at /api/me/reminders. Default never; anything else
// needs an address on the account, since email is the only thing it changes.
import { Hono } from 'hono';
import type { ReminderSettings } from '../../shared/personal-types.ts';
import { remindersBody } from '../../shared/personal-schemas.ts';
import { sendsMail } from '../config.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireUser } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { fail } from '../http/errors.ts';
import type { UserRow } from '../storage/store.ts';

export function reminderRoutes(deps: Deps) {
  const settings = async (user: UserRow): Promise<ReminderSettings> => ({
    email: await deps.store.emailFrequency(user.id),
    canEmail: user.email !== null && sendsMail(deps.config),
  });

  return new Hono<AppEnv>()
    .get('/', async (c) => c.json(await settings(requireUser(c))))
    .put('/', async (c) => {
      const user = requireUser(c);
      const body = await readJson(c, remindersBody);
      if (body.email !== 'never' && user.email === null)
        throw fail(409, 'refused', 'Email reminders need an email address on your account.', 'no-email');
      await deps.store.setEmailFrequency(user.id, body.email);
      return c.json(await settings(user));
    });
}
