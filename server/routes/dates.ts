// Dates that matter, kept by one person for one space, mounted at /api/spaces/:id/dates.
// Private to their keeper: every query names the keeper, and no document or other route
// carries them, so the other member cannot read them by any path.
import { Hono } from 'hono';
import { isoDay, nextOccurrence, daysBetween } from '../../shared/dates.ts';
import type { DateView } from '../../shared/personal-types.ts';
import { dateBody } from '../../shared/personal-schemas.ts';
import { Limits } from '../../shared/wire.ts';
import { newId } from '../auth/tokens.ts';
import type { AppEnv, Deps } from '../deps.ts';
import { requireUser } from '../http/auth.ts';
import { readJson } from '../http/body.ts';
import { fail } from '../http/errors.ts';
import type { DateRow } from '../storage/store.ts';
import { visibleSpace } from './space-access.ts';

export function toDateView(row: DateRow, now: Date): DateView {
  const next = nextOccurrence(row.month, row.day, now);
  return {
    id: row.id,
    label: row.label,
    month: row.month,
    day: row.day,
    remindDaysBefore: row.remindDaysBefore,
    next: isoDay(next),
    inDays: daysBetween(now, next),
  };
}

export function dateRoutes(deps: Deps) {
  const { store } = deps;
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      const now = deps.now();
      const list = (await store.datesOf(user.id, row.id)).map((d) => toDateView(d, now));
      return c.json(list.sort((a, b) => a.inDays - b.inDays));
    })
    .post('/', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      const body = await readJson(c, dateBody);
      const date: DateRow = { id: newId(), userId: user.id, spaceId: row.id, ...body, createdAt: deps.now().toISOString() };
      // Counted and added in one transaction, so two requests at once cannot both pass the limit.
      await store.transaction(async (tx) => {
        if ((await tx.datesOf(user.id, row.id)).length >= Limits.datesPerSpace)
          throw fail(409, 'refused', 'That is as many dates as one space can keep.', 'too-many-dates');
        await tx.addDate(date);
      });
      return c.json<DateView>(toDateView(date, deps.now()), 201);
    })
    .delete('/:dateId', async (c) => {
      const user = requireUser(c);
      const row = await visibleSpace(deps, c.req.param('id'), user);
      if (!(await store.deleteDate(user.id, row.id, c.req.param('dateId')))) throw fail(404, 'not-found', 'There is no such date here.');
      return c.body(null, 204);
    });
}
