// Deleting an account: the person, their private documents, and their words in every space,
// while the other person's writing stays theirs.
//
// Order matters. Sessions end first, so no socket of theirs can write while their words are
// taken out. What is theirs alone goes next (notebook, private documents), so nothing shared
// can stand in its way. An open space is closed on their behalf through the referee, so the
// other is told in the log the usual, gentle way. The characters they typed into the together
// document are deleted (server/accounts/co-written.ts) and their events redacted
// (shared/redact.ts) in the SQL log and in the log document, through the rooms so connected
// clients receive the deletions; the stored documents are compacted from a fresh copy so the
// old words leave their history; and the file is scrubbed (checkpoint, VACUUM) so the bytes
// are gone from disk, not just unlinked. A shared document that cannot be compacted is
// logged and left for its next compaction: it never stops a person from leaving.
import { docName, notebookDocName } from '../../shared/access.ts';
import { type CoWrittenText, otherActors, redactCoWritten, redactEvent, redactEvents } from '../../shared/redact.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { LOG_EVENTS_KEY } from '../../shared/wire.ts';
import type { Deps } from '../deps.ts';
import { actorOf } from '../routes/session-helpers.ts';
import type { UserRow } from '../storage/store.ts';
import type { HeldChange } from '../sync/registry.ts';
import { logError } from '../log.ts';
import { deleteFromTogether } from './co-written.ts';

/** A document nobody may read any more: out of memory (its sockets closed) and off disk. */
async function forgetDoc(deps: Deps, name: string): Promise<void> {
  deps.rooms.evictEverywhere(name);
  await deps.store.deleteDoc(name);
}

/**
 * Rewrites a space without the person's words, in SQL, in the log document and in the together
 * document at once: their characters leave the texts both wrote, the agreed copies of those
 * texts follow (shared/redact.ts redactCoWritten), and the one who stays is told in the log.
 */
async function redactSpace(deps: Deps, spaceId: string, userId: string): Promise<void> {
  const { store, rooms } = deps;
  const logName = docName(spaceId, 'log');
  const togetherName = docName(spaceId, 'together');
  const held: HeldChange[] = [];
  try {
    await store.transaction(async (tx) => {
      const clientIds = await rooms.clientIdsOf(togetherName, userId, tx);
      let texts: Record<string, CoWrittenText> = {};
      held.push(await rooms.changeHeld(togetherName, (doc) => (texts = deleteFromTogether(doc, clientIds)), tx));
      await tx.forgetWriter(togetherName, userId);
      const events = await tx.events(spaceId);
      const redacted = redactCoWritten(events, redactEvents(events, userId), texts);
      await tx.deleteCommandsOf(spaceId, userId);
      // The other's remembered results keep answering their retries, without this person's words.
      const others = otherActors(events, userId);
      await tx.rewriteCommandResults(spaceId, (list) => redactCoWritten(list, list.map((e) => redactEvent(e, userId, others)), texts));
      const wordsLeftTogether = Object.values(texts).some((t) => t.before !== t.after);
      if (wordsLeftTogether) redacted.push({ type: 'together-words-removed', at: deps.now().toISOString(), by: userId });
      if (redacted.length === events.length && redacted.every((e, i) => e === events[i])) return;
      await tx.replaceEvents(spaceId, redacted);
      held.push(
        await rooms.changeHeld(
          logName,
          (doc) => {
            const list = doc.getArray<SpaceEvent>(LOG_EVENTS_KEY);
            list.delete(0, list.length);
            list.push(redacted);
          },
          tx,
        ),
      );
    });
  } catch (error) {
    // The documents may hold a change the database rolled back: reload them from disk.
    if (held.length > 0) {
      rooms.evict(togetherName);
      rooms.evict(logName);
    }
    throw error;
  }
  for (const change of held) change.release();
  await compactBestEffort(deps, logName);
  // The together document keeps the other person's words, but not the history of words
  // deleted from it, which a stored update would otherwise still hold.
  await compactBestEffort(deps, togetherName);
  // Other instances applied the change as it was relayed; their copies are dropped as well, so
  // nothing of the person lingers in any instance's memory once the compacted state is all there is.
  for (const name of [togetherName, logName]) deps.rooms.evictElsewhere(name);
}

async function compactBestEffort(deps: Deps, name: string): Promise<void> {
  try {
    await deps.rooms.compact(name);
  } catch (error) {
    logError('compaction during erasure failed', error);
  }
}

export async function eraseAccount(deps: Deps, user: UserRow): Promise<void> {
  const { store, referee } = deps;
  for (const sessionId of await deps.sessions.invalidateAllOf(user.id)) deps.rooms.endSession(sessionId);
  const spaces = await store.spacesOf(user.id);
  await forgetDoc(deps, notebookDocName(user.id));
  for (const row of spaces) await forgetDoc(deps, docName(row.id, 'mine', user.id));
  for (const row of spaces) {
    if (row.inviteeId === null) {
      // An invitation never accepted: nobody else ever shared this space, so all of it goes.
      await forgetDoc(deps, docName(row.id, 'log'));
      await forgetDoc(deps, docName(row.id, 'together'));
      await store.deleteSpace(row.id);
      continue;
    }
    if ((await referee.state(row.id)).phase === 'open') {
      const left = await referee.run({ spaceId: row.id, actor: actorOf(user), command: { type: 'leave' } });
      if (!left.ok) throw new Error(`could not close the space on leaving: ${left.code}`);
    }
    await redactSpace(deps, row.id, user.id);
  }
  await store.eraseUser(user.id);
  await store.scrub();
}
