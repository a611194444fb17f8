// The referee: the only way a space changes. It takes the space's folded state (kept between
// commands by state-cache.ts, brought up to date from the log), asks the pure decider, and
// appends accepted events to the SQL log and the Yjs log document in one transaction; the
// document's broadcast is released only after that commit. A command id
// seen before returns the events it produced then, so a client's retry is applied once; the
// same id with another command is refused (id-reused), never answered with the first's events.
import { docName } from '../../shared/access.ts';
import { decide } from '../../shared/space/decide.ts';
import { fold } from '../../shared/space/evolve.ts';
import { roundIds } from '../../shared/space/rebuild-decide.ts';
import type {
  Actor,
  CheckinAnswer,
  Command,
  DeckOutline,
  Decision,
  ReassessmentChoice,
  SealKind,
  SealedView,
  SpaceEvent,
  SpaceState,
} from '../../shared/space/types.ts';
import { LOG_EVENTS_KEY } from '../../shared/wire.ts';
import type { LogMark, Store, Tx } from '../storage/store.ts';
import type { HeldChange, RoomRegistry } from '../sync/registry.ts';
import { commandHash } from './command-hash.ts';
import { createStateCache } from './state-cache.ts';


export interface RunOptions {
  spaceId: string;
  actor: Actor;
  command: Command;
  /** The client-made id; absent for commands the server issues on a person's behalf. */
  commandId?: string;
  /** Extra writes that must land in the same transaction (a new space row, an invitation). */
  alongside?: (tx: Tx, state: SpaceState, events: readonly SpaceEvent[]) => Promise<void>;
  /** Set when the command creates the space. */
  creates?: boolean;
}

export type RunResult = (Decision & { replayed?: boolean }) | { ok: false; code: 'id-reused' };

/** What is sealed for the rounds an answer would go to now; nothing outside an open space. */
async function sealedView(store: Pick<Store, 'sealed'>, spaceId: string, state: SpaceState): Promise<SealedView> {
  if (state.phase !== 'open') return { checkin: {}, reassessment: {} };
  const ids = roundIds(state.rebuild);
  const byPerson = async <T>(kind: SealKind, roundId: string) =>
    Object.fromEntries((await store.sealed(spaceId, kind, roundId)).map((r) => [r.userId, r.payload as T])) as Record<string, T>;
  return {
    checkin: await byPerson<CheckinAnswer>('checkin', ids.checkin),
    reassessment: await byPerson<ReassessmentChoice>('reassessment', ids.reassessment),
  };
}

export interface RefereeOptions {
  /** Spaces whose folded state is kept in memory; the least recently used go first. */
  cachedSpaces: number;
}

export function createReferee(store: Store, rooms: RoomRegistry, now: () => Date, decks: readonly DeckOutline[], settings: RefereeOptions) {
  const states = createStateCache(store, settings.cachedSpaces);

  async function run(options: RunOptions): Promise<RunResult> {
    const { spaceId, actor, command, commandId } = options;
    const logName = docName(spaceId, 'log');
    let held: HeldChange | null = null;
    let closed = false;
    let folded: { mark: LogMark; state: SpaceState } | null = null;
    const bodyHash = commandId ? commandHash(command) : '';
    try {
      const result = await store.transaction(async (tx): Promise<RunResult> => {
        // Another instance deciding a command of this space waits here until this one commits.
        if (!options.creates) await tx.lockSpace(spaceId);
        if (commandId) {
          const seen = await tx.commandResult(spaceId, commandId);
          if (seen && seen.actorId !== actor.id) return { ok: false, code: 'not-a-member' };
          if (seen && seen.bodyHash !== null && seen.bodyHash !== bodyHash) return { ok: false, code: 'id-reused' };
          if (seen) return { ok: true, events: seen.events, replayed: true };
        }
        const { state, mark } = await states.read(spaceId, tx);
        if (mark) folded = { mark, state };
        const at = now().toISOString();
        const sealed = await sealedView(tx, spaceId, state);
        const decision = decide(state, command, { actor, now: at, spaceId: options.creates ? spaceId : undefined, decks, sealed });
        if (!decision.ok) return decision;
        if (decision.seal) await tx.putSealed(spaceId, { ...decision.seal, userId: actor.id }, at);
        if (decision.unseal) await tx.dropSealed(spaceId, decision.unseal.kind, decision.unseal.roundId);
        await options.alongside?.(tx, state, decision.events);
        // Accepted with nothing to add (a "not yet" repeated): nothing to write or broadcast.
        if (decision.events.length === 0) return decision;
        await tx.appendEvents(spaceId, decision.events);
        if (commandId) await tx.saveCommandResult(spaceId, commandId, actor.id, decision.events, bodyHash);
        const next = fold(decision.events, state);
        folded = mark ? { mark: { seq: mark.seq + decision.events.length, version: mark.version }, state: next } : null;
        closed = state.phase === 'open' && next.phase === 'closed';
        if (next.phase !== 'none')
          await tx.updateSpace(spaceId, {
            phase: next.phase,
            ...(next.phase === 'open' ? { inviteeId: next.invitee.id } : {}),
          });
        held = await rooms.changeHeld(logName, (doc) => doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).push([...decision.events]), tx);
        return decision;
      });
      (held as HeldChange | null)?.release();
      // Only now, committed: a rolled-back write must not be remembered as the space's state.
      // A refused or replayed command keeps what it read, which is committed now too.
      const after = folded as { mark: LogMark; state: SpaceState } | null;
      if (after) states.advance(spaceId, after.mark, after.state);
      // Access is checked when a socket opens; sockets already open to the together document
      // must lose their write rights the moment the space closes, not at their next reconnect.
      if (closed) rooms.revokeWrites(docName(spaceId, 'together'));
      return result;
    } catch (error) {
      // The document may hold a change the database rolled back: reload it from disk.
      (held as HeldChange | null)?.discard();
      throw error;
    }
  }

  return {
    run,
    state: async (spaceId: string): Promise<SpaceState> => (await states.read(spaceId)).state,
    /** A person's own sealed answers, so they can see what they said before the reveal. */
    async mySealed(spaceId: string, userId: string): Promise<{ checkin: CheckinAnswer | null; reassessment: ReassessmentChoice | null }> {
      const view = await sealedView(store, spaceId, (await states.read(spaceId)).state);
      return { checkin: view.checkin[userId] ?? null, reassessment: view.reassessment[userId] ?? null };
    },
  };
}

export type Referee = ReturnType<typeof createReferee>;
