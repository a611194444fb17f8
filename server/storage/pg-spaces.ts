// Spaces, invitations, the accepted-event log and remembered command results in PostgreSQL.
import type { SpaceEvent } from '../../shared/space/types.ts';
import type { Runner } from './pg-db.ts';
import type { SpaceStore } from './store.ts';
import { type InvitationRecord, type SpaceRecord, toInvitation, toSpace } from './rows.ts';

const maybeInvitation = (r: InvitationRecord | undefined) => r && toInvitation(r);
const parseEvents = (rows: { event: string }[]) => rows.map((r) => JSON.parse(r.event) as SpaceEvent);

/** Appends after the space's newest event in one statement, numbering from there on. */
export const APPEND_EVENTS = `
  INSERT INTO space_events (space_id, seq, event)
  SELECT $1, COALESCE((SELECT MAX(seq) FROM space_events WHERE space_id = $1), 0) + t.n, t.event
    FROM unnest($2::text[]) WITH ORDINALITY AS t(event, n)`;

/**
 * Where the log stands and the events after `since` in one statement, so both describe the same
 * moment. All of it when there is no mark or the mark no longer fits (another version, or more
 * events than the log now holds).
 */
const LOG_SINCE = `
  WITH mark AS (
    SELECT s.log_version AS version, COALESCE((SELECT MAX(seq) FROM space_events WHERE space_id = s.id), 0) AS seq
      FROM spaces s WHERE s.id = $1
  ), since AS (
    SELECT m.version, m.seq,
           ($2::bigint IS NULL OR $3::bigint <> m.version OR $2::bigint > m.seq) AS whole
      FROM mark m
  )
  SELECT since.version, since.seq, since.whole, e.event
    FROM since LEFT JOIN space_events e
      ON e.space_id = $1 AND e.seq > CASE WHEN since.whole THEN 0 ELSE $2::bigint END AND e.seq <= since.seq
   ORDER BY e.seq`;

export function pgSpaces(db: Runner): SpaceStore {
  return {
    createSpace: async (s) =>
      void (await db.run('INSERT INTO spaces (id, opener_id, invitee_id, phase, created_at) VALUES ($1, $2, $3, $4, $5)', [
        s.id,
        s.openerId,
        s.inviteeId,
        s.phase,
        s.createdAt,
      ])),
    async spaceById(id) {
      const r = (await db.query<SpaceRecord>('SELECT * FROM spaces WHERE id = $1', [id]))[0];
      return r && toSpace(r);
    },
    spacesOf: async (userId) =>
      (await db.query<SpaceRecord>('SELECT * FROM spaces WHERE opener_id = $1 OR invitee_id = $1 ORDER BY created_at DESC', [userId])).map(toSpace),
    async openedSince(userId, since) {
      const r = (
        await db.query<{ count: number; first: string | null }>(
          'SELECT COUNT(*) AS count, MIN(created_at) AS first FROM spaces WHERE opener_id = $1 AND created_at > $2',
          [userId, since],
        )
      )[0];
      return r ?? { count: 0, first: null };
    },
    async updateSpace(id, change) {
      if (change.inviteeId === undefined) await db.run('UPDATE spaces SET phase = $1 WHERE id = $2', [change.phase, id]);
      else await db.run('UPDATE spaces SET phase = $1, invitee_id = $2 WHERE id = $3', [change.phase, change.inviteeId, id]);
    },
    putInvitation: async (i) =>
      void (await db.run(
        `INSERT INTO invitations (space_id, token_hash, expires_at, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (space_id) DO UPDATE SET token_hash = excluded.token_hash, expires_at = excluded.expires_at, created_at = excluded.created_at`,
        [i.spaceId, i.tokenHash, i.expiresAt, i.createdAt],
      )),
    invitationByTokenHash: async (hash) =>
      maybeInvitation((await db.query<InvitationRecord>('SELECT * FROM invitations WHERE token_hash = $1', [hash]))[0]),
    invitationOf: async (spaceId) => maybeInvitation((await db.query<InvitationRecord>('SELECT * FROM invitations WHERE space_id = $1', [spaceId]))[0]),
    deleteInvitation: async (spaceId) => void (await db.run('DELETE FROM invitations WHERE space_id = $1', [spaceId])),
    events: async (spaceId) => parseEvents(await db.query<{ event: string }>('SELECT event FROM space_events WHERE space_id = $1 ORDER BY seq', [spaceId])),
    async appendEvents(spaceId, list) {
      if (list.length === 0) return;
      await db.run(APPEND_EVENTS, [spaceId, list.map((event) => JSON.stringify(event))]);
    },
    async logSince(spaceId, since) {
      const rows = await db.query<{ version: number; seq: number; whole: boolean; event: string | null }>(LOG_SINCE, [
        spaceId,
        since?.seq ?? null,
        since?.version ?? null,
      ]);
      const first = rows[0];
      if (!first) return undefined;
      const events = rows.flatMap((r) => (r.event === null ? [] : [JSON.parse(r.event) as SpaceEvent]));
      return { mark: { seq: first.seq, version: first.version }, events, whole: first.whole };
    },
    async commandResult(spaceId, commandId) {
      const r = (
        await db.query<{ actor_id: string; events: string; body_hash: string | null }>(
          'SELECT actor_id, events, body_hash FROM space_commands WHERE space_id = $1 AND command_id = $2',
          [spaceId, commandId],
        )
      )[0];
      return r && { actorId: r.actor_id, events: JSON.parse(r.events) as SpaceEvent[], bodyHash: r.body_hash };
    },
    saveCommandResult: async (spaceId, commandId, actorId, list, bodyHash) =>
      void (await db.run('INSERT INTO space_commands (space_id, command_id, actor_id, events, body_hash) VALUES ($1, $2, $3, $4, $5)', [
        spaceId,
        commandId,
        actorId,
        JSON.stringify(list),
        bodyHash,
      ])),
    lockSpace: async (spaceId) => (await db.query('SELECT 1 FROM spaces WHERE id = $1 FOR UPDATE', [spaceId])).length === 1,
  };
}
