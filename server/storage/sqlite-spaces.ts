// Spaces, invitations, the accepted-event log and remembered command results in SQLite.
import type { SpaceEvent } from '../../shared/space/types.ts';
import type { Db, Sync } from './db.ts';
import type { LogMark, SpaceStore } from './store.ts';
import { type InvitationRecord, type SpaceRecord, toInvitation, toSpace } from './rows.ts';

export function sqliteSpaces(db: Db): Sync<SpaceStore> {
  const insertSpace = db.prepare('INSERT INTO spaces (id, opener_id, invitee_id, phase, created_at) VALUES (?, ?, ?, ?, ?)');
  const spaceById = db.prepare<[string], SpaceRecord>('SELECT * FROM spaces WHERE id = ?');
  const spacesOf = db.prepare<[string, string], SpaceRecord>(
    'SELECT * FROM spaces WHERE opener_id = ? OR invitee_id = ? ORDER BY created_at DESC',
  );
  const openedSince = db.prepare<[string, string], { count: number; first: string | null }>(
    'SELECT COUNT(*) AS count, MIN(created_at) AS first FROM spaces WHERE opener_id = ? AND created_at > ?',
  );
  const exists = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM spaces WHERE id = ?');
  const setPhase = db.prepare('UPDATE spaces SET phase = ? WHERE id = ?');
  const setInvitee = db.prepare('UPDATE spaces SET phase = ?, invitee_id = ? WHERE id = ?');
  const putInvitation = db.prepare(
    'INSERT OR REPLACE INTO invitations (space_id, token_hash, expires_at, created_at) VALUES (?, ?, ?, ?)',
  );
  const invitationByHash = db.prepare<[string], InvitationRecord>('SELECT * FROM invitations WHERE token_hash = ?');
  const invitationOf = db.prepare<[string], InvitationRecord>('SELECT * FROM invitations WHERE space_id = ?');
  const deleteInvitation = db.prepare('DELETE FROM invitations WHERE space_id = ?');
  const events = db.prepare<[string], { event: string }>('SELECT event FROM space_events WHERE space_id = ? ORDER BY seq');
  const lastSeq = db.prepare<[string], { seq: number | null }>('SELECT MAX(seq) AS seq FROM space_events WHERE space_id = ?');
  const markOf = db.prepare<[string, string], { version: number; seq: number | null }>(
    'SELECT log_version AS version, (SELECT MAX(seq) FROM space_events WHERE space_id = ?) AS seq FROM spaces WHERE id = ?',
  );
  const eventsAfter = db.prepare<[string, number], { event: string }>('SELECT event FROM space_events WHERE space_id = ? AND seq > ? ORDER BY seq');
  const insertEvent = db.prepare('INSERT INTO space_events (space_id, seq, event) VALUES (?, ?, ?)');
  const commandResult = db.prepare<[string, string], { actor_id: string; events: string; body_hash: string | null }>(
    'SELECT actor_id, events, body_hash FROM space_commands WHERE space_id = ? AND command_id = ?',
  );
  const saveCommand = db.prepare('INSERT INTO space_commands (space_id, command_id, actor_id, events, body_hash) VALUES (?, ?, ?, ?, ?)');

  // One read transaction, so the mark and the events describe the same moment of the log.
  const logSince = db.transaction((spaceId: string, since: LogMark | null) => {
    const row = markOf.get(spaceId, spaceId);
    if (!row) return undefined;
    const mark = { seq: row.seq ?? 0, version: row.version };
    const whole = since === null || since.version !== mark.version || since.seq > mark.seq;
    const events = eventsAfter.all(spaceId, whole ? 0 : since.seq).map((r) => JSON.parse(r.event) as SpaceEvent);
    return { mark, events, whole };
  });

  return {
    createSpace: (s) => void insertSpace.run(s.id, s.openerId, s.inviteeId, s.phase, s.createdAt),
    spaceById(id) {
      const r = spaceById.get(id);
      return r && toSpace(r);
    },
    spacesOf: (userId) => spacesOf.all(userId, userId).map(toSpace),
    openedSince: (userId, since) => openedSince.get(userId, since) ?? { count: 0, first: null },
    updateSpace(id, change) {
      if (change.inviteeId === undefined) setPhase.run(change.phase, id);
      else setInvitee.run(change.phase, change.inviteeId, id);
    },
    putInvitation: (i) => void putInvitation.run(i.spaceId, i.tokenHash, i.expiresAt, i.createdAt),
    invitationByTokenHash(hash) {
      const r = invitationByHash.get(hash);
      return r && toInvitation(r);
    },
    invitationOf(spaceId) {
      const r = invitationOf.get(spaceId);
      return r && toInvitation(r);
    },
    deleteInvitation: (spaceId) => void deleteInvitation.run(spaceId),
    events: (spaceId) => events.all(spaceId).map((r) => JSON.parse(r.event) as SpaceEvent),
    appendEvents(spaceId, list) {
      let seq = lastSeq.get(spaceId)?.seq ?? 0;
      for (const event of list) insertEvent.run(spaceId, ++seq, JSON.stringify(event));
    },
    logSince: (spaceId, since) => logSince(spaceId, since),
    commandResult(spaceId, commandId) {
      const r = commandResult.get(spaceId, commandId);
      return r && { actorId: r.actor_id, events: JSON.parse(r.events) as SpaceEvent[], bodyHash: r.body_hash };
    },
    // The open write transaction already holds SQLite's only write lock: nobody else can decide.
    lockSpace: (spaceId) => exists.get(spaceId) !== undefined,
    saveCommandResult: (spaceId, commandId, actorId, list, bodyHash) =>
      void saveCommand.run(spaceId, commandId, actorId, JSON.stringify(list), bodyHash),
  };
}
