// Who may read and write each of a space's three documents (DESIGN.md, decision 3).
// Pure, so the rule table is unit-tested apart from the sockets that enforce it.
import type { Phase } from './space/types.ts';
import { CloseCode, type DocKind } from './wire.ts';

export interface SpaceAccessView {
  id: string;
  phase: Phase;
  openerId: string;
  inviteeId: string | null;
}

export type DocAccess =
  | { ok: true; docName: string; canWrite: boolean }
  | { ok: false; code: typeof CloseCode.forbidden | typeof CloseCode.notFound; reason: string };

/** The storage name of a document; "mine" is always the named person's own. */
export const docName = (spaceId: string, kind: DocKind, userId?: string): string =>
  kind === 'mine' ? `space/${spaceId}/mine/${userId ?? ''}` : `space/${spaceId}/${kind}`;

export const notebookDocName = (userId: string): string => `person/${userId}/notebook`;

const shared = (phase: Phase) => phase === 'open' || phase === 'closed';

export function docAccess(space: SpaceAccessView | undefined, userId: string, kind: DocKind): DocAccess {
  if (!space) return { ok: false, code: CloseCode.notFound, reason: 'no-space' };
  const isOpener = space.openerId === userId;
  const isInvitee = space.inviteeId !== null && space.inviteeId === userId && shared(space.phase);
  if (!isOpener && !isInvitee) return { ok: false, code: CloseCode.forbidden, reason: 'not-a-member' };
  switch (kind) {
    case 'log':
      // The referee is the log's only writer. The opener reads it from the start, so their page
      // changes as the friend answers; the friend reads it only once they joined (above).
      return { ok: true, docName: docName(space.id, 'log'), canWrite: false };
    case 'together':
      if (!shared(space.phase)) return { ok: false, code: CloseCode.forbidden, reason: 'not-open' };
      return { ok: true, docName: docName(space.id, 'together'), canWrite: space.phase === 'open' };
    case 'mine':
      // Addressed by the session's own user id, so nobody can even name another's private document.
      return { ok: true, docName: docName(space.id, 'mine', userId), canWrite: true };
  }
}
