// Deleting an account in SQLite. With secure_delete on (db.ts), a deleted row's bytes are
// overwritten in the page that held them; the WAL still holds older copies of those pages,
// so scrub() checkpoints and truncates it, and VACUUM rewrites the file without free pages.
import type { SpaceEvent } from '../../shared/space/types.ts';
import type { Db, Sync } from './db.ts';
import type { ErasureStore } from './store.ts';

/** A tombstone's name key: nameKey() lowercases, so no name a person picks can ever equal it. */
const tombstoneKey = (userId: string) => `Deleted:${userId}`;

export function sqliteErasure(db: Db): Sync<ErasureStore> {
  const deleteUpdates = db.prepare('DELETE FROM doc_updates WHERE doc = ?');
  const deleteSnapshot = db.prepare('DELETE FROM doc_snapshots WHERE doc = ?');
  const deleteWriters = db.prepare('DELETE FROM doc_writers WHERE doc = ?');
  const deleteWriter = db.prepare('DELETE FROM doc_writers WHERE doc = ? AND user_id = ?');
  const deleteEvents = db.prepare('DELETE FROM space_events WHERE space_id = ?');
  const insertEvent = db.prepare('INSERT INTO space_events (space_id, seq, event) VALUES (?, ?, ?)');
  const nextLogVersion = db.prepare('UPDATE spaces SET log_version = log_version + 1 WHERE id = ?');
  const deleteCommandsOf = db.prepare('DELETE FROM space_commands WHERE space_id = ? AND actor_id = ?');
  const deleteCommands = db.prepare('DELETE FROM space_commands WHERE space_id = ?');
  const commandsOf = db.prepare<[string], { command_id: string; events: string }>(
    'SELECT command_id, events FROM space_commands WHERE space_id = ?',
  );
  const setCommandEvents = db.prepare('UPDATE space_commands SET events = ? WHERE space_id = ? AND command_id = ?');
  const deleteSpace = db.prepare('DELETE FROM spaces WHERE id = ?');
  const personal = [
    'DELETE FROM recovery_codes WHERE user_id = ?',
    'DELETE FROM sessions WHERE user_id = ?',
    'DELETE FROM dates_that_matter WHERE user_id = ?',
    'DELETE FROM reminder_settings WHERE user_id = ?',
    'DELETE FROM sealed_answers WHERE user_id = ?',
  ].map((sql) => db.prepare(sql));
  const referenced = db.prepare<[string, string], { n: number }>(
    'SELECT COUNT(*) AS n FROM spaces WHERE opener_id = ? OR invitee_id = ?',
  );
  const tombstone = db.prepare("UPDATE users SET name = '', display_name = NULL, name_key = ?, name_skeleton = NULL, password_hash = '', email = NULL, language = NULL WHERE id = ?");
  const deleteUser = db.prepare('DELETE FROM users WHERE id = ?');

  return {
    deleteDoc(doc) {
      db.transaction(() => {
        deleteUpdates.run(doc);
        deleteSnapshot.run(doc);
        deleteWriters.run(doc);
      })();
    },
    forgetWriter: (doc, userId) => void deleteWriter.run(doc, userId),
    replaceEvents(spaceId, events) {
      db.transaction(() => {
        deleteEvents.run(spaceId);
        events.forEach((event, i) => insertEvent.run(spaceId, i + 1, JSON.stringify(event)));
        // Same count, other words: a state folded from the old log must not pass for this one.
        nextLogVersion.run(spaceId);
      })();
    },
    deleteCommandsOf: (spaceId, actorId) => void deleteCommandsOf.run(spaceId, actorId),
    rewriteCommandResults(spaceId, rewrite) {
      db.transaction(() => {
        for (const row of commandsOf.all(spaceId)) {
          const events = JSON.stringify(rewrite(JSON.parse(row.events) as SpaceEvent[]));
          if (events !== row.events) setCommandEvents.run(events, spaceId, row.command_id);
        }
      })();
    },
    deleteSpace(spaceId) {
      // Invitations, events, sealed answers and dates go with the space (ON DELETE CASCADE).
      db.transaction(() => {
        deleteCommands.run(spaceId);
        deleteSpace.run(spaceId);
      })();
    },
    eraseUser(userId) {
      db.transaction(() => {
        for (const statement of personal) statement.run(userId);
        // Spaces the other person keeps still name this id as a member, so the row stays, empty.
        if ((referenced.get(userId, userId)?.n ?? 0) > 0) tombstone.run(tombstoneKey(userId), userId);
        else deleteUser.run(userId);
      })();
    },
    scrub() {
      db.pragma('wal_checkpoint(TRUNCATE)');
      db.exec('VACUUM');
      // VACUUM itself went through the WAL; fold it in and leave the WAL empty.
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
  };
}
