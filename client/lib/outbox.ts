// Commands wait here until the server has them. A submission made offline is kept on this
// device and sent once the connection returns; the id made when it was written makes a
// repeated send harmless (the server applies an id once). Nothing a person wrote is dropped
// because a train went into a tunnel.
import { createSignal } from 'solid-js';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { ApiError, commandId, sendCommand } from './api.ts';
import { validationText } from './copy.ts';

export interface Pending {
  /** Whose words these are: on a shared device, only they may send them. */
  userId: string;
  spaceId: string;
  body: { id: string; type: string } & Record<string, unknown>;
  /** Why words kept after a refusal were refused (the referee's reason), when known. */
  refusedBecause?: string;
}

/** A refusal for a field (too long, empty) says which, so the words can say what to change. A
 *  queued command carries its id, so the panel it came from can say its words are still waiting. */
export type SendOutcome =
  | { status: 'sent'; events: readonly SpaceEvent[] }
  | { status: 'queued'; id: string }
  | { status: 'refused'; code: string; words?: string };

/** Accepted by the server, with the events it appended: what the synced log will soon hold. */
export interface Delivered {
  item: Pending;
  events: readonly SpaceEvent[];
}

/** A list kept in localStorage; a damaged entry reads as empty rather than breaking the page. */
const readList = (key: string): Pending[] => {
  try {
    return JSON.parse(localStorage.getItem(key) ?? '[]') as Pending[];
  } catch {
    return [];
  }
};

const KEY = 'mend:outbox';
const load = () => readList(KEY);
const save = (items: Pending[]) => localStorage.setItem(KEY, JSON.stringify(items));

const idsOf = (items: Pending[]): ReadonlySet<string> => new Set(items.map((p) => p.body.id));
/** The ids still waiting here, so a "saved on this device" notice goes the moment its words went out. */
const [waitingIds, setWaitingIds] = createSignal(idsOf(load()));
const setWaiting = (items: Pending[]) => setWaitingIds(idsOf(items));
export const waiting = () => waitingIds().size;
export const isWaiting = (id: string): boolean => waitingIds().has(id);
// Another tab of this browser sent or added words: this one follows, rather than showing them
// as waiting after they went out.
if (typeof window !== 'undefined') window.addEventListener('storage', (e) => e.key === KEY && setWaiting(load()));

/** This person's words for one space still on this device, oldest first; follows the outbox. */
export function waitingIn(userId: string, spaceId: string): Pending[] {
  waitingIds();
  return pendingFor(userId, spaceId);
}

// The server answers a command before the synced log brings its events back, so for a moment
// words that went out are in neither place. Kept here (in memory, the last few) for that
// moment, so a page can go on showing them until the log has them.
const KEEP_DELIVERED = 20;
const [delivered, setDelivered] = createSignal<readonly Delivered[]>([]);
const noteDelivered = (item: Pending, events: readonly SpaceEvent[]) =>
  setDelivered((all) => [...all.filter((d) => d.item.body.id !== item.body.id), { item, events }].slice(-KEEP_DELIVERED));
export const deliveredIn = (userId: string, spaceId: string): Delivered[] =>
  delivered().filter((d) => d.item.userId === userId && d.item.spaceId === spaceId);

/** Sent later but refused (the conversation moved on meanwhile): the words are kept to reuse. */
const RETURNED_KEY = 'mend:returned';
const loadReturned = () => readList(RETURNED_KEY);
const [returned, setReturned] = createSignal<Pending[]>(loadReturned());
export { returned };
const keepReturned = (item: Pending) => {
  const all = [...loadReturned(), item];
  localStorage.setItem(RETURNED_KEY, JSON.stringify(all));
  setReturned(all);
};
export const dismissReturned = (id: string) => {
  const rest = loadReturned().filter((p) => p.body.id !== id);
  localStorage.setItem(RETURNED_KEY, JSON.stringify(rest));
  setReturned(rest);
};

let flushing: Promise<void> | null = null;
let retryTimer: ReturnType<typeof setTimeout> | undefined;

/** Asked to slow down (429): the words stay here and go out once the server's wait is over. */
function retryLater(userId: string, seconds = 5): void {
  clearTimeout(retryTimer);
  retryTimer = setTimeout(() => void flush(userId), seconds * 1000);
}

async function trySend(item: Pending): Promise<SendOutcome> {
  try {
    const result = await sendCommand(item.spaceId, item.body);
    return { status: 'sent', events: result?.events ?? [] };
  } catch (error) {
    if (error instanceof ApiError && error.status === 429) {
      retryLater(item.userId, error.retryAfter);
      return { status: 'queued', id: item.body.id };
    }
    if (error instanceof ApiError && error.status !== 0 && error.status < 500) {
      const words = error.code === 'validation' && error.reason ? validationText(error.reason, error.detail.kind, error.detail.limit) : undefined;
      return { status: 'refused', code: error.reason ?? error.code, ...(words ? { words } : {}) };
    }
    return { status: 'queued', id: item.body.id };
  }
}

const remove = (id: string) => {
  const rest = load().filter((p) => p.body.id !== id);
  save(rest);
  setWaiting(rest);
};

/** Sends a command now if possible; otherwise keeps it and sends it when back online. */
export async function submit(
  userId: string,
  spaceId: string,
  command: { type: string } & Record<string, unknown>,
): Promise<SendOutcome> {
  const item: Pending = { userId, spaceId, body: { ...command, id: commandId() } };
  save([...load(), item]);
  setWaiting(load());
  const outcome = await trySend(item);
  if (outcome.status === 'sent') noteDelivered(item, outcome.events);
  if (outcome.status !== 'queued') remove(item.body.id);
  return outcome;
}

/** Sends everything waiting, in order, once each. Safe to call often. */
export function flush(userId: string): Promise<void> {
  flushing ??= (async () => {
    for (const item of load().filter((p) => p.userId === userId)) {
      const outcome = await trySend(item);
      if (outcome.status === 'queued') break; // still offline: keep the order
      if (outcome.status === 'sent') noteDelivered(item, outcome.events);
      if (outcome.status === 'refused' && typeof item.body.text === 'string') keepReturned({ ...item, refusedBecause: outcome.code });
      remove(item.body.id);
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

export const pendingFor = (userId: string, spaceId: string) =>
  load().filter((p) => p.userId === userId && p.spaceId === spaceId);

/** On sign-out: one last try to send, then nothing of this person's stays on the device. After
 *  their account is deleted there is nobody to send as, so `send: false` only forgets. */
export async function forgetOutbox(userId: string, opts: { send?: boolean } = {}): Promise<void> {
  if (opts.send !== false) await flush(userId).catch(() => undefined);
  const rest = load().filter((p) => p.userId !== userId);
  save(rest);
  setWaiting(rest);
  setDelivered((all) => all.filter((d) => d.item.userId !== userId));
  localStorage.setItem(RETURNED_KEY, JSON.stringify(loadReturned().filter((p) => p.userId !== userId)));
  setReturned(loadReturned());
}
