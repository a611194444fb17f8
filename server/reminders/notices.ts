// What needs a person now, from a small list of sources. A source returns notices that carry
// only the reader's own words and neutral facts (they go into email too); adding a kind of
// notice means adding a function here and its words at `notices.<kind>` in content.
import { daysBetween, isoDay, upcoming } from '../../shared/dates.ts';
import type { Notice } from '../../shared/personal-types.ts';
import type { SpaceState } from '../../shared/space/types.ts';
import type { Deps } from '../deps.ts';
import { summary } from '../routes/space-views.ts';
import type { UserRow } from '../storage/store.ts';

const DAY_MS = 86_400_000;

export type NoticeSource = (deps: Deps, user: UserRow, now: Date, stateOf: (spaceId: string) => Promise<SpaceState>) => Promise<Notice[]>;

/** Dates that matter coming up within the window their keeper chose. */
const datesComingUp: NoticeSource = async (deps, user, now, stateOf) => {
  const found: Notice[][] = [];
  for (const d of await deps.store.datesOf(user.id)) {
    const [soon] = upcoming([d], now, d.remindDaysBefore);
    if (!soon) continue;
    const state = await stateOf(d.spaceId);
    if (state.phase === 'none') continue;
    // It needs the person from the first day of its window, or from when they wrote it down.
    const windowOpened = new Date(soon.on.getTime() - d.remindDaysBefore * DAY_MS).toISOString();
    found.push([
      {
        kind: soon.inDays === 0 ? 'date-today' : 'date-coming',
        spaceId: d.spaceId,
        otherName: summary(state, user.id).otherName,
        label: d.label,
        on: isoDay(soon.on),
        inDays: daysBetween(now, soon.on),
        since: windowOpened > d.createdAt ? windowOpened : d.createdAt,
      } satisfies Notice,
    ]);
  }
  return found.flat();
};

export const noticeSources: readonly NoticeSource[] = [datesComingUp];

/** Folds each space's log once per use, however many notices or people ask about it. */
export function stateCache(deps: Deps): (spaceId: string) => Promise<SpaceState> {
  const states = new Map<string, Promise<SpaceState>>();
  return (spaceId) => {
    let state = states.get(spaceId);
    if (!state) states.set(spaceId, (state = deps.referee.state(spaceId)));
    return state;
  };
}

/** Everything that needs the person, soonest first. */
export async function noticesFor(deps: Deps, user: UserRow, now: Date, stateOf = stateCache(deps)): Promise<Notice[]> {
  const found = await Promise.all(noticeSources.map((source) => source(deps, user, now, stateOf)));
  return found.flat().sort((a, b) => a.inDays - b.inDays);
}

/** True while the person has paused in this space: then nothing reaches them by email about it. */
export function pausedIn(state: SpaceState, userId: string): boolean {
  return state.phase === 'open' && state.talk.pace[userId]?.kind === 'paused';
}
