// Builds the Hono app from its dependencies. Nothing here listens; server/main.ts does.
import { Hono } from 'hono';
import { Limits } from '../shared/wire.ts';
import { isHttps } from './config.ts';
import type { AppEnv, Deps } from './deps.ts';
import { loadSession, requireUser } from './http/auth.ts';
import { limitBody } from './http/body-limit.ts';
import { fail, handleError, handleNotFound } from './http/errors.ts';
import { securityHeaders } from './http/headers.ts';
import { sameOrigin } from './http/origin.ts';
import { accountRoutes } from './routes/accounts.ts';
import { dateRoutes } from './routes/dates.ts';
import { exportRoutes } from './routes/exports.ts';
import { invitationRoutes } from './routes/invitations.ts';
import { noticeRoutes } from './routes/notices.ts';
import { passwordRoutes } from './routes/password.ts';
import { emailRoutes } from './routes/email.ts';
import { languageRoutes } from './routes/language.ts';
import { reminderRoutes } from './routes/reminders.ts';
import { toMe } from './routes/session-helpers.ts';
import { sessionRoutes } from './routes/sessions.ts';
import { spaceRoutes } from './routes/spaces.ts';
import { staticRoutes } from './static.ts';
import { syncRoutes } from './sync/route.ts';

export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>();
  // First, so refusals and plain GETs under /sync/ carry the headers too; it leaves the
  // WebSocket handshake's own response alone (header-changing middleware breaks it).
  app.use(securityHeaders(isHttps(deps.config)));
  app.use(sameOrigin(() => new Set([deps.config.publicOrigin, ...deps.config.extraOrigins])));
  app.route('/sync', syncRoutes(deps));

  const api = new Hono<AppEnv>();
  api.use(
    limitBody(Limits.bodyBytes, (c) => {
      // The rest of the body may be left unread (past a bound), so this connection cannot carry
      // another request: say so, or the client reuses it and its next request dies with it.
      c.header('Connection', 'close');
      throw fail(413, 'too-large', 'That is more than we can take in one go.');
    }),
  );
  // For HAProxy's health checks: the process is up and serving. It reads nothing, so a database
  // outage does not take every instance out of rotation at once (requests then get a 503).
  api.get('/health', (c) => c.json({ ok: true }));
  api.use(loadSession(deps));
  api.get('/me', (c) => c.json(toMe(requireUser(c))));
  api.route('/accounts', accountRoutes(deps));
  api.route('/sessions', sessionRoutes(deps));
  api.route('/spaces', spaceRoutes(deps));
  api.route('/invitations', invitationRoutes(deps));
  api.route('/spaces/:id/dates', dateRoutes(deps));
  api.route('/me/reminders', reminderRoutes(deps));
  api.route('/me/email', emailRoutes(deps));
  api.route('/me/language', languageRoutes(deps));
  api.route('/me/password', passwordRoutes(deps));
  api.route('/notices', noticeRoutes(deps));
  api.route('/', exportRoutes(deps));
  api.all('*', handleNotFound);
  app.route('/api', api);

  app.route('/', staticRoutes(deps.config.clientDir));
  app.notFound(handleNotFound);
  app.onError(handleError);
  return app;
}
