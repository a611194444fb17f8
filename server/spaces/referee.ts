// The referee: the only way a space changes. It folds the space's log, asks the pure
// decider, and appends accepted events to the SQL log and the Yjs log document in one
// transaction; the document's broadcast is released only after that commit. A command id
// seen before returns the events it produced then, so a client's retry is applied once.
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
import type { Store } from '../storage/store.ts';
import type { RoomRegistry } from '../sync/registry.ts';


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

export type RunResult = Decision & { replayed?: boolean };

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

export function createReferee(store: Store, rooms: RoomRegistry, now: () => Date, decks: readonly DeckOutline[]) {
  function run(options: RunOptions): RunResult {
    const { spaceId, actor, command, commandId } = options;
    const logName = docName(spaceId, 'log');
    let release: (() => void) | null = null;
    let closed = false;
    try {
      const result = store.transaction((): RunResult => {
        if (commandId) {
          const seen = store.commandResult(spaceId, commandId);
          if (seen && seen.actorId === actor.id) return { ok: true, events: seen.events, replayed: true };
          if (seen) return { ok: false, code: 'not-a-member' };
        }
        const state = fold(store.events(spaceId));
        const at = now().toISOString();
        const sealed = sealedView(store, spaceId, state);
        const decision = decide(state, command, { actor, now: at, spaceId: options.creates ? spaceId : undefined, decks, sealed });
        if (!decision.ok) return decision;
        if (decision.seal) store.putSealed(spaceId, { ...decision.seal, userId: actor.id }, at);
        if (decision.unseal) store.dropSealed(spaceId, decision.unseal.kind, decision.unseal.roundId);
        options.alongside?.(state, decision.events);
        store.appendEvents(spaceId, decision.events);
        if (commandId) store.saveCommandResult(spaceId, commandId, actor.id, decision.events);
        const next = fold(decision.events, state);
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
    state: (spaceId: string): SpaceState => fold(store.events(spaceId)),
    /** A person's own sealed answers, so they can see what they said before the reveal. */
    mySealed(spaceId: string, userId: string): { checkin: CheckinAnswer | null; reassessment: ReassessmentChoice | null } {
      const view = sealedView(store, spaceId, fold(store.events(spaceId)));
      return { checkin: view.checkin[userId] ?? null, reassessment: view.reassessment[userId] ?? null };
    },
  };
}

export type Referee = ReturnType<typeof createReferee>;
