// In-app notices, mounted at /api/notices: always on, whatever the email setting, since
// the person asks for them by opening the app.
import { Hono } from 'hono';
import type { Notice } from '../../shared/personal-types.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireUser } from '../http/auth.ts';
import { noticesFor } from '../reminders/notices.ts';

export function noticeRoutes(deps: Deps) {
  return new Hono<AppEnv>().get('/', async (c) => c.json<Notice[]>(await noticesFor(deps, requireUser(c), deps.now())));
}
