// Sealed answers in SQLite: one row per person per round, never in the log or any document
// until the reveal.
import type { SealKind } from '../../shared/space/types.ts';
import type { Db, Sync } from './db.ts';
import type { SealStore } from './store.ts';

export function sqliteSeals(db: Db): Sync<SealStore> {
  const select = db.prepare<[string, string, string], { user_id: string; payload: string }>(
    'SELECT user_id, payload FROM sealed_answers WHERE space_id = ? AND kind = ? AND round_id = ?',
  );
  const upsert = db.prepare(
    'INSERT OR REPLACE INTO sealed_answers (space_id, kind, round_id, user_id, payload, at) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const drop = db.prepare('DELETE FROM sealed_answers WHERE space_id = ? AND kind = ? AND round_id = ?');
  return {
    sealed: (spaceId, kind, roundId) =>
      select.all(spaceId, kind, roundId).map((r) => ({ kind: kind as SealKind, roundId, userId: r.user_id, payload: JSON.parse(r.payload) as unknown })),
    putSealed: (spaceId, row, at) => void upsert.run(spaceId, row.kind, row.roundId, row.userId, JSON.stringify(row.payload), at),
    dropSealed: (spaceId, kind, roundId) => void drop.run(spaceId, kind, roundId),
  };
}
