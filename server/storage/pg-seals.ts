// Sealed answers in PostgreSQL: one row per person per round, never in the log or any document
// until the reveal.
import type { SealKind } from '../../shared/space/types.ts';
import type { Runner } from './pg-db.ts';
import type { SealStore } from './store.ts';

export function pgSeals(db: Runner): SealStore {
  return {
    sealed: async (spaceId, kind, roundId) =>
      (
        await db.query<{ user_id: string; payload: string }>(
          'SELECT user_id, payload FROM sealed_answers WHERE space_id = $1 AND kind = $2 AND round_id = $3',
          [spaceId, kind, roundId],
        )
      ).map((r) => ({ kind: kind as SealKind, roundId, userId: r.user_id, payload: JSON.parse(r.payload) as unknown })),
    putSealed: async (spaceId, row, at) =>
      void (await db.run(
        `INSERT INTO sealed_answers (space_id, kind, round_id, user_id, payload, at) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (space_id, kind, round_id, user_id) DO UPDATE SET payload = excluded.payload, at = excluded.at`,
        [spaceId, row.kind, row.roundId, row.userId, JSON.stringify(row.payload), at],
      )),
    dropSealed: async (spaceId, kind, roundId) =>
      void (await db.run('DELETE FROM sealed_answers WHERE space_id = $1 AND kind = $2 AND round_id = $3', [spaceId, kind, roundId])),
  };
}
