// Each space's folded state, kept between commands and reads, so a command costs the same on
// day 1 and day 700 instead of folding the whole log every time.
//
// The store, not this cache, says what is current: every read asks it where the log stands (its
// newest sequence number and a version that changes when the log is rewritten, as deleting an
// account does) and gets only the events after the kept state. A kept state that no longer
// matches is folded again from the start. So a write that did not come through the referee
// (a redaction, another instance later) is never missed: the cache is only ever a shortcut.
// States are shared between callers, which is safe because evolve never changes a state it is
// given (test/integration/state-cache.test.ts folds frozen states to keep it so).
import { fold, initialState } from '../../shared/space/evolve.ts';
import type { SpaceState } from '../../shared/space/types.ts';
import type { LogMark, Store } from '../storage/store.ts';

export interface Folded {
  state: SpaceState;
  /** Where the log stood when the state was folded; null when there is no such space. */
  mark: LogMark | null;
}

export function createStateCache(store: Pick<Store, 'logSince'>, maxSpaces: number) {
  /** In the order last used, so the first is the one to let go when there are too many. */
  const kept = new Map<string, { state: SpaceState; mark: LogMark }>();
  const keep = (spaceId: string, state: SpaceState, mark: LogMark) => {
    kept.delete(spaceId);
    kept.set(spaceId, { state, mark });
    if (kept.size > maxSpaces) kept.delete(kept.keys().next().value as string);
  };

  return {
    /**
     * `via`: the transaction to read in (the referee's), else the store itself. What a
     * transaction reads is not kept: it may include writes not yet committed (on SQLite a batch
     * of transactions commits together), so the caller keeps it with `advance` once committed.
     */
    async read(spaceId: string, via: Pick<Store, 'logSince'> = store): Promise<Folded> {
      const hit = kept.get(spaceId);
      const log = await via.logSince(spaceId, hit?.mark ?? null);
      if (!log) {
        if (via === store) kept.delete(spaceId);
        return { state: initialState, mark: null };
      }
      const state = fold(log.events, hit && !log.whole ? hit.state : initialState);
      if (via === store) keep(spaceId, state, log.mark);
      return { state, mark: log.mark };
    },
    /** The referee's own write, once committed: `state` is the log at `mark`, nothing to read. */
    advance(spaceId: string, mark: LogMark, state: SpaceState): void {
      keep(spaceId, state, mark);
    },
    get size(): number {
      return kept.size;
    },
  };
}

export type StateCache = ReturnType<typeof createStateCache>;
