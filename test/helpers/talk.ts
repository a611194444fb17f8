// Small factories for conversation tests: an open space between two people, and a way to
// run commands through the decider and fold what it accepts.
import { decide } from '../../shared/space/decide.ts';
import { evolve, fold } from '../../shared/space/evolve.ts';
import type { Actor, Command, DeckOutline, Decision, SpaceState } from '../../shared/space/types.ts';

export const opener: Actor = { id: 'u-opener', name: 'Alex' };
export const invitee: Actor = { id: 'u-invitee', name: 'Sam' };
export const decks: DeckOutline[] = [
  { id: 'light', prompts: ['p1', 'p2'] },
  { id: 'deep', prompts: ['q1'] },
];

export function openSpace(): SpaceState {
  return fold([
    { type: 'space-opened', at: 't0', by: opener.id, spaceId: 's1', openerName: 'Alex', friendName: 'Sam', note: 'hi' },
    { type: 'friend-joined', at: 't1', by: invitee.id, name: 'Sam' },
  ]);
}

export function run(state: SpaceState, actor: Actor, command: Command): { state: SpaceState; decision: Decision } {
  const decision = decide(state, command, { actor, now: 't', decks });
  return { state: decision.ok ? decision.events.reduce(evolve, state) : state, decision };
}

/** Applies commands that must all be accepted; throws with the refusal otherwise. */
export function runAll(state: SpaceState, steps: [Actor, Command][]): SpaceState {
  return steps.reduce((s, [actor, command]) => {
    const r = run(s, actor, command);
    if (!r.decision.ok) throw new Error(`${actor.name} ${command.type} refused: ${r.decision.code}`);
    return r.state;
  }, state);
}

export const talkOf = (state: SpaceState) => {
  if (state.phase !== 'open' && state.phase !== 'closed') throw new Error(`no talk in phase ${state.phase}`);
  return state.talk;
};

export const agreeRules = (text = 'We speak about today.'): [Actor, Command][] => [
  [opener, { type: 'agree-ground-rules', text }],
  [invitee, { type: 'agree-ground-rules', text }],
];
