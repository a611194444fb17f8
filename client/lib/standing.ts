// How a space stands (waiting for an answer, "not yet", open, closed, declined), kept live.
// A page shows a summary fetched from the API; this watches each space's log (the opener reads
// it from the start) and asks for a fresh summary as soon as the log says the space stands
// otherwise than the summary does. The log is only a signal: the words come from the API.
import { type Accessor, createEffect, onCleanup } from 'solid-js';
import type { SpaceSummary } from '../../shared/api-types.ts';
import type { SpaceEvent, SpaceState } from '../../shared/space/types.ts';
import { LOG_EVENTS_KEY } from '../../shared/wire.ts';

type Standing = string;

const notYetKey = (notYet: { askAgainAfter: string | null } | null): string =>
  notYet ? `not-yet:${notYet.askAgainAfter ?? ''}` : 'waiting';

export const standingOfSummary = (s: Pick<SpaceSummary, 'phase' | 'notYet'>): Standing =>
  s.phase === 'invited' ? notYetKey(s.notYet) : s.phase;

export const standingOfState = (s: SpaceState): Standing => (s.phase === 'invited' ? notYetKey(s.notYet) : s.phase);

/** Only these can still change; declined and closed are where a space comes to rest. */
const canChange = (s: SpaceSummary): boolean => s.phase === 'invited' || s.phase === 'open';

interface Watch {
  expected: Standing;
  check(): void;
  destroy(): void;
}

/** A space's log and the fold that reads it need Yjs and the space's rules: loaded with the
 *  first watch, so the list of spaces shows without waiting for them. */
const loadLogReading = () => Promise.all([import('./sync.ts'), import('../../shared/space/evolve.ts')]);

function watchOne(spaceId: string, myId: string, onStale: () => void): Watch {
  let reported: Standing | null = null;
  let check = () => {};
  let stop = () => {};
  let destroyed = false;
  const watch: Watch = {
    expected: '',
    check: () => check(),
    destroy() {
      destroyed = true;
      stop();
    },
  };
  void loadLogReading().then(([{ openDoc }, { fold }]) => {
    if (destroyed) return;
    const log = openDoc(spaceId, 'log', myId);
    const list = log.doc.getArray<SpaceEvent>(LOG_EVENTS_KEY);
    // Only once the server's copy arrived: a copy kept on this device may be behind.
    check = () => {
      if (!log.synced()) return;
      const now = standingOfState(fold(list.toArray()));
      if (now === watch.expected || now === reported) return;
      reported = now;
      onStale();
    };
    list.observe(check);
    log.provider.on('sync', check);
    stop = () => {
      list.unobserve(check);
      log.provider.off('sync', check);
      log.destroy();
    };
  });
  return watch;
}

/**
 * Keeps the given summaries live: calls `onStale` (fetch them again) when a space's log moves
 * past what its summary says. One log connection per space that can still change.
 */
export function createStandingWatch(spaces: Accessor<readonly SpaceSummary[] | null | undefined>, myId: Accessor<string>, onStale: () => void): void {
  const open = new Map<string, Watch>();
  createEffect(() => {
    const wanted = new Map((spaces() ?? []).filter(canChange).map((s) => [s.id, s]));
    for (const [id, watch] of open)
      if (!wanted.has(id)) {
        watch.destroy();
        open.delete(id);
      }
    const who = myId();
    if (!who) return;
    for (const [id, summary] of wanted) {
      let watch = open.get(id);
      if (!watch) {
        watch = watchOne(id, who, onStale);
        open.set(id, watch);
      }
      watch.expected = standingOfSummary(summary);
      watch.check();
    }
  });
  onCleanup(() => {
    for (const watch of open.values()) watch.destroy();
    open.clear();
  });
}
