// The one rule for reaching a space by id over HTTP: the opener always, the invitee once
// they joined; anyone else gets the same 404 as a missing space.
import { isSpaceId } from '../../shared/wire.ts';
import { fail } from '../http/errors.ts';
import type { Deps } from '../deps.ts';
import type { SpaceRow, UserRow } from '../storage/store.ts';
import { canSee } from './space-views.ts';

export async function visibleSpace(deps: Deps, id: string | undefined, user: UserRow): Promise<SpaceRow> {
  const row = id && isSpaceId(id) ? await deps.store.spaceById(id) : undefined;
  if (!row || !canSee(row, user.id)) throw fail(404, 'not-found', 'There is no space here for you.');
  return row;
}
