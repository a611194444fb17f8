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
  /** How long the log was when this space was opened: "since you were last here" ends there,
   *  and whatever arrives while the space is open is seen live, not summed up later. */
  summaryUpTo: Accessor<number | null>;
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
  // What arrives while the space is open and in view is seen as it arrives (on any device: the
  // mark lives in this person's own document), so it is never summed up as news later.
  const onLog = () => {
    setEvents(list.toArray());
    seenIfVisible();
  };
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
  const [summaryUpTo, setSummaryUpTo] = createSignal<number | null>(null);
  // The summary is taken once, on opening the space, when both the log and this person's own
  // record have arrived; moving between the space's views keeps it as it was.
  const takeLastSeen = () => {
    if (lastSeen() !== null || !log.synced() || !mine.synced()) return;
    setLastSeen(meta.get('lastSeen') ?? 0);
    setSummaryUpTo(list.length);
    seenIfVisible();
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

  // Never before the summary is taken, or the news it is made of would be marked seen unread.
  function markSeen(): void {
    if (lastSeen() !== null && (meta.get('lastSeen') ?? 0) < list.length) meta.set('lastSeen', list.length);
  }
  function seenIfVisible(): void {
    if (document.visibilityState === 'visible') markSeen();
  }
  // Hidden: what was on screen until now was seen. Shown again: what arrived meanwhile is on screen.
  const onHide = () => markSeen();
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
    summaryUpTo,
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
