// A socket lives as long as the session it was opened with. Sign-out and recovery end their
// sockets at once; a session that simply ran out (30 days without a visit) is found here,
// once a minute, and its sockets are closed as signed out.
import type { Deps } from '../deps.ts';

export const SWEEP_EVERY_MS = 60_000;

export async function sweepExpiredSessions(deps: Pick<Deps, 'rooms' | 'store' | 'now'>): Promise<number> {
  const now = deps.now().getTime();
  let ended = 0;
  for (const id of deps.rooms.openSessions()) {
    const session = await deps.store.sessionById(id);
    if (session && session.expiresAt > now) continue;
    deps.rooms.endSession(id);
    ended++;
  }
  return ended;
}
