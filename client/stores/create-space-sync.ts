// The live space: the event log folded with the same `evolve` the server uses, the shared
// together document, this person's private drafts, and presence shown only by choice.
import { type Accessor, createMemo, createSignal, onCleanup } from 'solid-js';
import type * as Y from 'yjs';
import { fold } from '../../shared/space/evolve.ts';
import type { SpaceEvent, SpaceState } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY, LOG_EVENTS_KEY, STATEMENT_KEY } from '../../shared/wire.ts';
import { flush } from '../lib/outbox.ts';
import { type SyncStatus, openDoc } from '../lib/sync.ts';

export interface SpaceSync {
  events: Accessor<readonly SpaceEvent[]>;
  state: Accessor<SpaceState>;
  groundRules: Y.Text;
  groundRulesText: Accessor<string>;
  /** "Our friendship now", co-written in the together document. */
  statement: Y.Text;
  statementText: Accessor<string>;
  /** A private draft, by composer key; it syncs across this person's devices only. */
  draft(key: string): Y.Text;
  /** How many log events this person had seen when they last left; null until known. */
  lastSeen: Accessor<number | null>;
  markSeen(): void;
  otherHere: Accessor<boolean>;
  here: Accessor<boolean>;
  setHere(on: boolean): void;
  status: Accessor<SyncStatus>;
}

const presenceKey = (spaceId: string) => `mend:presence:${spaceId}`;

export function createSpaceSync(spaceId: string, myId: string): SpaceSync {
  const log = openDoc(spaceId, 'log', myId);
  const together = openDoc(spaceId, 'together', myId);
  const mine = openDoc(spaceId, 'mine', myId);

  const list = log.doc.getArray<SpaceEvent>(LOG_EVENTS_KEY);
  const [events, setEvents] = createSignal<readonly SpaceEvent[]>(list.toArray());
  const onLog = () => setEvents(list.toArray());
  list.observe(onLog);

  const rules = together.doc.getText(GROUND_RULES_KEY);
  const [rulesText, setRulesText] = createSignal(rules.toString());
  const onRules = () => setRulesText(rules.toString());
  rules.observe(onRules);

  const statement = together.doc.getText(STATEMENT_KEY);
  const [statementText, setStatementText] = createSignal(statement.toString());
  const onStatement = () => setStatementText(statement.toString());
  statement.observe(onStatement);

  const meta = mine.doc.getMap<number>('meta');
  const [lastSeen, setLastSeen] = createSignal<number | null>(null);
  // The summary is taken once both the log and this person's own record have arrived.
  const takeLastSeen = () => {
    if (lastSeen() === null && log.synced() && mine.synced()) setLastSeen(meta.get('lastSeen') ?? 0);
  };
  log.provider.on('sync', takeLastSeen);
  mine.provider.on('sync', takeLastSeen);

  const onStatus = ({ status }: { status: string }) => status === 'connected' && void flush(myId);
  log.provider.on('status', onStatus);
  const onOnline = () => void flush(myId);
  window.addEventListener('online', onOnline);

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

  const markSeen = () => {
    if (log.synced() && mine.synced() && (meta.get('lastSeen') ?? 0) < list.length) meta.set('lastSeen', list.length);
  };
  const onHide = () => document.visibilityState === 'hidden' && markSeen();
  document.addEventListener('visibilitychange', onHide);

  onCleanup(() => {
    markSeen();
    document.removeEventListener('visibilitychange', onHide);
    window.removeEventListener('online', onOnline);
    list.unobserve(onLog);
    rules.unobserve(onRules);
    statement.unobserve(onStatement);
    awareness.off('change', onAwareness);
    awareness.setLocalState(null);
    log.destroy();
    together.destroy();
    mine.destroy();
  });

  return {
    events,
    state: createMemo(() => fold(events())),
    groundRules: rules,
    groundRulesText: rulesText,
    statement,
    statementText,
    // A root-level text per draft: two devices that start the same draft offline merge
    // their words, where two new texts set under one map key would hide one of them.
    draft: (key) => mine.doc.getText(`draft:${key}`),
    lastSeen,
    markSeen,
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
      // A full document matters as much as a lost connection: its words stay on this device.
      if (b === 'full' || mine.status() === 'full') return 'full';
      // Words written after the space closed were refused: they stay on this device, and it says so.
      if (b === 'space-closed') return b;
      return a === 'connected' ? b : a;
    },
  };
}
