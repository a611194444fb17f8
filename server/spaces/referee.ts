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
import type { LogMark, Store } from '../storage/store.ts';
import type { RoomRegistry } from '../sync/registry.ts';
import { commandHash } from './command-hash.ts';
import { createStateCache } from './state-cache.ts';


export interface RunOptions {
  spaceId: string;
  actor: Actor;
  command: Command;
  /** The client-made id; absent for commands the server issues on a person's behalf. */
  commandId?: string;
  /** Extra writes that must land in the same transaction (a new space row, an invitation). */
  alongside?: (state: SpaceState, events: readonly SpaceEvent[]) => void;
  /** Set when the command creates the space. */
  creates?: boolean;
}

export type RunResult = (Decision & { replayed?: boolean }) | { ok: false; code: 'id-reused' };

/** What is sealed for the rounds an answer would go to now; nothing outside an open space. */
function sealedView(store: Store, spaceId: string, state: SpaceState): SealedView {
  if (state.phase !== 'open') return { checkin: {}, reassessment: {} };
  const ids = roundIds(state.rebuild);
  const byPerson = <T>(kind: SealKind, roundId: string) =>
    Object.fromEntries(store.sealed(spaceId, kind, roundId).map((r) => [r.userId, r.payload as T]));
  return {
    checkin: byPerson<CheckinAnswer>('checkin', ids.checkin),
    reassessment: byPerson<ReassessmentChoice>('reassessment', ids.reassessment),
  };
}

export interface RefereeOptions {
  /** Spaces whose folded state is kept in memory; the least recently used go first. */
  cachedSpaces: number;
}

export function createReferee(store: Store, rooms: RoomRegistry, now: () => Date, decks: readonly DeckOutline[], settings: RefereeOptions) {
  const states = createStateCache(store, settings.cachedSpaces);

  function run(options: RunOptions): RunResult {
    const { spaceId, actor, command, commandId } = options;
    const logName = docName(spaceId, 'log');
    let release: (() => void) | null = null;
    let closed = false;
    let folded: { mark: LogMark; state: SpaceState } | null = null;
    const bodyHash = commandId ? commandHash(command) : '';
    try {
      const result = store.transaction((): RunResult => {
        if (commandId) {
          const seen = store.commandResult(spaceId, commandId);
          if (seen && seen.actorId !== actor.id) return { ok: false, code: 'not-a-member' };
          if (seen && seen.bodyHash !== null && seen.bodyHash !== bodyHash) return { ok: false, code: 'id-reused' };
          if (seen) return { ok: true, events: seen.events, replayed: true };
        }
        const { state, mark } = states.read(spaceId);
        const at = now().toISOString();
        const sealed = sealedView(store, spaceId, state);
        const decision = decide(state, command, { actor, now: at, spaceId: options.creates ? spaceId : undefined, decks, sealed });
        if (!decision.ok) return decision;
        if (decision.seal) store.putSealed(spaceId, { ...decision.seal, userId: actor.id }, at);
        if (decision.unseal) store.dropSealed(spaceId, decision.unseal.kind, decision.unseal.roundId);
        options.alongside?.(state, decision.events);
        // Accepted with nothing to add (a "not yet" repeated): nothing to write or broadcast.
        if (decision.events.length === 0) return decision;
        store.appendEvents(spaceId, decision.events);
        if (commandId) store.saveCommandResult(spaceId, commandId, actor.id, decision.events, bodyHash);
        const next = fold(decision.events, state);
        if (mark) folded = { mark: { seq: mark.seq + decision.events.length, version: mark.version }, state: next };
        closed = state.phase === 'open' && next.phase === 'closed';
        if (next.phase !== 'none')
          store.updateSpace(spaceId, {
            phase: next.phase,
            ...(next.phase === 'open' ? { inviteeId: next.invitee.id } : {}),
          });
        release = rooms.changeHeld(logName, (doc) => doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).push([...decision.events]));
        return decision;
      });
      (release as (() => void) | null)?.();
      // Only now, committed: a rolled-back write must not be remembered as the space's state.
      const after = folded as { mark: LogMark; state: SpaceState } | null;
      if (after) states.advance(spaceId, after.mark, after.state);
      // Access is checked when a socket opens; sockets already open to the together document
      // must lose their write rights the moment the space closes, not at their next reconnect.
      if (closed) rooms.revokeWrites(docName(spaceId, 'together'));
      return result;
    } catch (error) {
      // The document may hold a change the database rolled back: reload it from disk.
      if (release) rooms.evict(logName);
      throw error;
    }
  }

  return {
    run,
    state: (spaceId: string): SpaceState => states.read(spaceId).state,
    /** A person's own sealed answers, so they can see what they said before the reveal. */
    mySealed(spaceId: string, userId: string): { checkin: CheckinAnswer | null; reassessment: ReassessmentChoice | null } {
      const view = sealedView(store, spaceId, states.read(spaceId).state);
      return { checkin: view.checkin[userId] ?? null, reassessment: view.reassessment[userId] ?? null };
    },
  };
}

export type Referee = ReturnType<typeof createReferee>;
