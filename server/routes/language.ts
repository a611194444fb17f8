// The language Mend speaks to a person in, mounted at /api/me/language. It decides the words
// on their screens on every device and in what the server sends them: reminder emails,
// calendar files and the readable copy. What anyone wrote is never translated.
import { Hono } from 'hono';
import { languageBody } from '../../shared/schemas.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireUser } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { toMe } from './session-helpers.ts';

export function languageRoutes(deps: Deps) {
  return new Hono<AppEnv>().patch('/', async (c) => {
    const user = requireUser(c);
    const { language } = await readJson(c, languageBody);
    await deps.store.setLanguage(user.id, language);
    return c.json(toMe({ ...user, language }));
  });
}
