// A long log in seconds: accepted set-pace events appended the way the referee writes them
// (decided on the folded state, the SQL log and the Yjs log document in one transaction), in
// bulk. For tests and the benchmark that need a space after years of use.
import { docName } from '../../shared/access.ts';
import { decide } from '../../shared/space/decide.ts';
import { fold } from '../../shared/space/evolve.ts';
import type { Actor, SpaceEvent } from '../../shared/space/types.ts';
import { LOG_EVENTS_KEY } from '../../shared/wire.ts';
import type { Deps } from '../../server/deps.ts';

export const PACES = ['paused', 'ready'] as const;
/** The pace the i-th of a run of alternating set-pace commands asks for (each person twice). */
export const paceAt = (i: number): (typeof PACES)[number] => PACES[Math.floor(i / 2) % 2] as (typeof PACES)[number];

/** Appends `n` accepted events from alternating members to an open space. */
export async function seedLog(deps: Pick<Deps, 'store' | 'rooms' | 'now'>, spaceId: string, actors: readonly [Actor, Actor], n: number): Promise<void> {
  let state = fold((await deps.store.events(spaceId)));
  const events: SpaceEvent[] = [];
  const at = deps.now().toISOString();
  for (let i = 0; events.length < n; i++) {
    const decision = decide(state, { type: 'set-pace', pace: paceAt(i) }, { actor: i % 2 === 0 ? actors[0] : actors[1], now: at });
    if (!decision.ok) throw new Error(`seeding refused: ${decision.code}`);
    events.push(...decision.events);
    state = fold(decision.events, state);
  }
  const held = await deps.store.transaction(async (tx) => {
    await tx.appendEvents(spaceId, events);
    return deps.rooms.changeHeld(docName(spaceId, 'log'), (doc) => doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).push(events), tx);
  });
  held.release();
}
