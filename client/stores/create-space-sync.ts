// The live space: the event log folded with the same `evolve` the server uses, the shared
// together document, and presence that is shown only for someone who turned it on.
import { type Accessor, createMemo, createSignal, onCleanup } from 'solid-js';
import type * as Y from 'yjs';
import { fold } from '../../shared/space/evolve.ts';
import type { SpaceEvent, SpaceState } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY, LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { type SyncStatus, openDoc } from '../lib/sync.ts';

export interface SpaceSync {
  events: Accessor<readonly SpaceEvent[]>;
  state: Accessor<SpaceState>;
  groundRules: Y.Text;
  otherHere: Accessor<boolean>;
  here: Accessor<boolean>;
  setHere(on: boolean): void;
  status: Accessor<SyncStatus>;
  logSynced: Accessor<boolean>;
}

const presenceKey = (spaceId: string) => `mend:presence:${spaceId}`;

export function createSpaceSync(spaceId: string, myId: string): SpaceSync {
  const log = openDoc(spaceId, 'log', myId);
  const together = openDoc(spaceId, 'together', myId);
  const list = log.doc.getArray<SpaceEvent>(LOG_EVENTS_KEY);
  const [events, setEvents] = createSignal<readonly SpaceEvent[]>(list.toArray());
  const onLog = () => setEvents(list.toArray());
  list.observe(onLog);

  const awareness = together.provider.awareness;
  const [otherHere, setOtherHere] = createSignal(false);
  const onAwareness = () => {
    let seen = false;
    awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { id?: string } }).user;
      if (clientId !== awareness.clientID && state.here === true && user?.id !== myId) seen = true;
    });
    setOtherHere(seen);
  };
  awareness.on('change', onAwareness);

  // Off unless this person turned it on for this space; remembered on this device only.
  const [here, setHereSignal] = createSignal(localStorage.getItem(presenceKey(spaceId)) === 'on');
  const applyHere = (on: boolean) => awareness.setLocalState(on ? { here: true } : null);
  applyHere(here());

  onCleanup(() => {
    list.unobserve(onLog);
    awareness.off('change', onAwareness);
    awareness.setLocalState(null);
    log.destroy();
    together.destroy();
  });

  return {
    events,
    state: createMemo(() => fold(events())),
    groundRules: together.doc.getText(GROUND_RULES_KEY),
    otherHere,
    here,
    setHere(on) {
      localStorage.setItem(presenceKey(spaceId), on ? 'on' : 'off');
      setHereSignal(on);
      applyHere(on);
    },
    status: () => {
      const a = log.status();
      const b = together.status();
      return a === 'connected' ? b : a;
    },
    logSynced: log.synced,
  };
}
