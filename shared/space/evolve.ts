// Folds one accepted event into the space's state. Pure and total: an event that does not
// fit the current phase leaves the state as it was (the referee never appends one).
import { evolveRebuild, initialRebuild, isRebuildEvent } from './rebuild-evolve.ts';
import { evolveTalk, initialTalk } from './talk-evolve.ts';
import type { SpaceEvent, SpaceState } from './types.ts';

export const initialState: SpaceState = { phase: 'none' };

export function evolve(state: SpaceState, event: SpaceEvent): SpaceState {
  switch (event.type) {
    case 'space-opened':
      if (state.phase !== 'none') return state;
      return {
        phase: 'invited',
        spaceId: event.spaceId,
        opener: { id: event.by, name: event.openerName, role: 'opener' },
        friendName: event.friendName,
        note: event.note,
        openedAt: event.at,
        notYet: null,
      };
    case 'invitation-deferred':
      if (state.phase !== 'invited') return state;
      return { ...state, notYet: { at: event.at, askAgainAfter: event.askAgainAfter } };
    case 'invitation-declined':
      if (state.phase !== 'invited') return state;
      return { ...withoutNotYet(state), phase: 'declined', declinedAt: event.at };
    case 'friend-joined':
      if (state.phase !== 'invited') return state;
      return {
        ...withoutNotYet(state),
        phase: 'open',
        invitee: { id: event.by, name: event.name, role: 'invitee' },
        joinedAt: event.at,
        talk: initialTalk(state.opener.id, event.by, event.at),
        rebuild: initialRebuild(),
      };
    case 'space-closed':
      if (state.phase !== 'open') return state;
      return { ...state, phase: 'closed', closedAt: event.at, closedBy: event.by, lastMessage: event.lastMessage };
    case 'together-words-removed':
      // Said to the one who stays; the words themselves left the together document.
      return state;
    default:
      if (state.phase !== 'open') return state;
      if (isRebuildEvent(event)) return { ...state, rebuild: evolveRebuild(state.rebuild, event) };
      return { ...state, talk: evolveTalk(state.talk, event) };
  }
}

export const fold = (events: readonly SpaceEvent[], from: SpaceState = initialState): SpaceState =>
  events.reduce(evolve, from);

function withoutNotYet<T extends { notYet: unknown }>(state: T): Omit<T, 'notYet' | 'phase'> {
  const { notYet: _notYet, phase: _phase, ...rest } = state as T & { phase: unknown };
  return rest;
}

export function assertNever(value: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(value)}`);
}
