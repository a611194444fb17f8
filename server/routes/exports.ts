// My copy: of one space (/api/spaces/:id/export) or of all of mine (/api/export). Markdown
// when asked for with Accept: text/markdown, otherwise the complete JSON; always a download.
// The readable copy says times in the zone the browser sends as `?tz=` (an IANA name).
import { type Context, Hono } from 'hono';
import type { AppEnv, Deps } from '../deps.ts';
import { languageOf, loadContent } from '../content.ts';
import { collectExport } from '../export/collect.ts';
import { renderMarkdown } from '../export/markdown.ts';
import { requireUser } from '../http/auth.ts';
import { fail } from '../http/errors.ts';
import { isTimeZone, timesIn } from '../export/times.ts';
import type { SpaceRow } from '../storage/store.ts';
import { canSee } from './space-views.ts';
import { visibleSpace } from './space-access.ts';

const wantsMarkdown = (c: Context) => /\btext\/markdown\b/i.test(c.req.header('accept') ?? '');

export function exportRoutes(deps: Deps) {
  const send = async (c: Context<AppEnv>, rows: SpaceRow[], filename: string) => {
    const zone = c.req.query('tz') ?? 'UTC';
    if (!isTimeZone(zone)) throw fail(400, 'validation', 'tz: not a time zone this server knows.', 'tz', { kind: 'format' });
    const user = requireUser(c);
    const file = await collectExport(deps, user, rows);
    const markdown = wantsMarkdown(c);
    c.header('Content-Disposition', `attachment; filename="${filename}.${markdown ? 'md' : 'json'}"`);
    if (!markdown) return c.json(file);
    c.header('Content-Type', 'text/markdown; charset=utf-8');
    return c.body(renderMarkdown(file, loadContent(languageOf(user)).bundle, timesIn(zone, languageOf(user))));
  };

  return new Hono<AppEnv>()
    .get('/export', async (c) => {
      const user = requireUser(c);
      return send(c, (await deps.store.spacesOf(user.id)).filter((row) => canSee(row, user.id)), 'mend-export');
    })
    .get('/spaces/:id/export', async (c) => {
      const row = await visibleSpace(deps, c.req.param('id'), requireUser(c));
      return send(c, [row], `mend-space-${row.id}`);
    });
}
