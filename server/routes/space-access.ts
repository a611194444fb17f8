// The one rule for reaching a space by id over HTTP, for routes outside spaces.ts: the opener
// always, the invitee once they joined; anyone else gets the same 404 as a missing space.
import { fail } from '../http/errors.ts';
import type { Deps } from '../deps.ts';
import type { SpaceRow, UserRow } from '../storage/store.ts';
import { canSee } from './space-views.ts';

const SPACE_ID = /^[a-z2-7]{16}$/;

export function visibleSpace(deps: Deps, id: string | undefined, user: UserRow): SpaceRow {
  const row = id && SPACE_ID.test(id) ? deps.store.spaceById(id) : undefined;
  if (!row || !canSee(row, user.id)) throw fail(404, 'not-found', 'There is no space here for you.');
  return row;
}
