// Deleting an account in PostgreSQL. A deleted row stays in its table's heap until vacuumed, and
// plain VACUUM only marks the space reusable: scrub() rewrites every table that held a person's
// words with VACUUM FULL, which writes a fresh copy of the live rows and drops the old files.
import type { SpaceEvent } from '../../shared/space/types.ts';
import type pg from 'pg';
import type { Runner } from './pg-db.ts';
import { personalTables } from './pg-migrations.ts';
import type { ErasureStore } from './store.ts';

/** A tombstone's name key: nameKey() lowercases, so no name a person picks can ever equal it. */
const tombstoneKey = (userId: string) => `Deleted:${userId}`;

const PERSONAL_ROWS = [
  'DELETE FROM recovery_codes WHERE user_id = $1',
  'DELETE FROM sessions WHERE user_id = $1',
  'DELETE FROM dates_that_matter WHERE user_id = $1',
  'DELETE FROM reminder_settings WHERE user_id = $1',
  'DELETE FROM sealed_answers WHERE user_id = $1',
];

export function pgErasure(db: Runner, pool: pg.Pool): ErasureStore {
  return {
    async deleteDoc(doc) {
      // doc_heads keeps its number: an update stored after this one gets the next, so an
      // instance still holding the document never takes it for a row it already has.
      await db.atomic(async (tx) => {
        await tx.run('DELETE FROM doc_updates WHERE doc = $1', [doc]);
        await tx.run('DELETE FROM doc_snapshots WHERE doc = $1', [doc]);
        await tx.run('DELETE FROM doc_writers WHERE doc = $1', [doc]);
      });
    },
    forgetWriter: async (doc, userId) => void (await db.run('DELETE FROM doc_writers WHERE doc = $1 AND user_id = $2', [doc, userId])),
    async replaceEvents(spaceId, events) {
      await db.atomic(async (tx) => {
        await tx.run('DELETE FROM space_events WHERE space_id = $1', [spaceId]);
        if (events.length > 0) {
          await tx.run('INSERT INTO space_events (space_id, seq, event) SELECT $1, t.n, t.event FROM unnest($2::text[]) WITH ORDINALITY AS t(event, n)', [
            spaceId,
            events.map((event) => JSON.stringify(event)),
          ]);
        }
        // Same count, other words: a state folded from the old log must not pass for this one.
        await tx.run('UPDATE spaces SET log_version = log_version + 1 WHERE id = $1', [spaceId]);
      });
    },
    deleteCommandsOf: async (spaceId, actorId) =>
      void (await db.run('DELETE FROM space_commands WHERE space_id = $1 AND actor_id = $2', [spaceId, actorId])),
    async rewriteCommandResults(spaceId, rewrite) {
      await db.atomic(async (tx) => {
        const rows = await tx.query<{ command_id: string; events: string }>(
          'SELECT command_id, events FROM space_commands WHERE space_id = $1 FOR UPDATE',
          [spaceId],
        );
        for (const row of rows) {
          const events = JSON.stringify(rewrite(JSON.parse(row.events) as SpaceEvent[]));
          if (events !== row.events) await tx.run('UPDATE space_commands SET events = $1 WHERE space_id = $2 AND command_id = $3', [events, spaceId, row.command_id]);
        }
      });
    },
    async deleteSpace(spaceId) {
      // Invitations, events, sealed answers and dates go with the space (ON DELETE CASCADE).
      await db.atomic(async (tx) => {
        await tx.run('DELETE FROM space_commands WHERE space_id = $1', [spaceId]);
        await tx.run('DELETE FROM spaces WHERE id = $1', [spaceId]);
      });
    },
    async eraseUser(userId) {
      await db.atomic(async (tx) => {
        for (const sql of PERSONAL_ROWS) await tx.run(sql, [userId]);
        // Spaces the other person keeps still name this id as a member, so the row stays, empty.
        const referenced = await tx.query('SELECT 1 FROM spaces WHERE opener_id = $1 OR invitee_id = $1 LIMIT 1', [userId]);
        if (referenced.length > 0) {
          await tx.run(
            "UPDATE users SET name = '', display_name = NULL, name_key = $1, name_skeleton = NULL, password_hash = '', email = NULL, language = NULL WHERE id = $2",
            [tombstoneKey(userId), userId],
          );
        } else {
          await tx.run('DELETE FROM users WHERE id = $1', [userId]);
        }
      });
    },
    async scrub() {
      // VACUUM cannot run inside a transaction block, so it gets a pool connection of its own.
      // It takes each table's exclusive lock while it copies it: a moment on our table sizes.
      const client = await pool.connect();
      try {
        await client.query(`VACUUM FULL ${personalTables.join(', ')}`);
      } finally {
        client.release();
      }
    },
  };
}
