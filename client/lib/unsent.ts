// A person's own moves on the prompt in progress that the synced log does not hold yet, as
// entries of its thread: still on this device (offline, marked as waiting to go out), or
// accepted by the server and on their way back through the sync. Shown in place, so words
// written never vanish from the screen between the writing and the log.
import type { Entry, PromptTurn, SpaceEvent } from '../../shared/space/types.ts';

/** An entry of the thread; `waiting` when it is still on this device. */
export type ShownEntry = Entry & { waiting?: boolean };

/** A command as the outbox holds it; `events` once the server accepted it (outbox.ts Delivered). */
export interface Held {
  body: { id: string; type: string } & Record<string, unknown>;
}
export interface Accepted {
  item: Held;
  events: readonly SpaceEvent[];
}

/** A move's command type and the kind of entry it becomes (shared/space/talk-evolve.ts). */
const KIND: Readonly<Record<string, Entry['kind']>> = { share: 'share', pass: 'pass', hear: 'heard', clarify: 'clarify', confirm: 'confirm' };
const EVENT_KIND: Readonly<Record<string, Entry['kind']>> = { shared: 'share', passed: 'pass', heard: 'heard', clarified: 'clarify', confirmed: 'confirm' };

/** Events are told apart by type, author and time; the server's answer carries the log's own. */
const eventKey = (e: SpaceEvent) => `${e.type}|${e.by}|${e.at}`;

const onTurn = (body: Held['body'], turn: PromptTurn) => body.deckId === turn.deckId && body.promptId === turn.promptId;

/** Whether the prompt in progress waits for this move from me now (shared/space/talk-decide.ts). */
function expectedOfMe(kind: Entry['kind'], turn: PromptTurn, myId: string): boolean {
  const speaking = turn.speakers[turn.half] === myId;
  if (kind === 'share' || kind === 'pass') return turn.step === 'share' && speaking;
  if (kind === 'heard') return turn.step === 'hear' && !speaking;
  return turn.step === 'confirm' && speaking;
}

/**
 * A move kept here that the log already holds: the server took it but its answer was lost, so
 * the outbox will send it again (and the server will know its id). The thread has it, and the
 * prompt has moved past it, so showing it as waiting would show the same words twice.
 */
function alreadyInThread(kind: Entry['kind'], text: string | null, turn: PromptTurn, myId: string): boolean {
  if (expectedOfMe(kind, turn, myId)) return false;
  return turn.entries.some((e) => e.by === myId && e.kind === kind && e.text === text);
}

/** In the order written: what went out first (accepted, not yet back in the log), then what waits here. */
export function unsentEntries(turn: PromptTurn, myId: string, waiting: readonly Held[], accepted: readonly Accepted[], log: readonly SpaceEvent[]): ShownEntry[] {
  const inLog = new Set(log.map(eventKey));
  const arriving: ShownEntry[] = [];
  for (const { item, events } of accepted) {
    const move = events.find((e) => EVENT_KIND[e.type]);
    if (!move || !onTurn(item.body, turn) || inLog.has(eventKey(move))) continue;
    const text = 'text' in move && typeof move.text === 'string' ? move.text : null;
    arriving.push({ kind: EVENT_KIND[move.type]!, by: move.by, text, at: move.at });
  }
  // Accepted and still listed here only between two lines of the outbox: shown once.
  const acceptedIds = new Set(accepted.map((a) => a.item.body.id));
  const kept: ShownEntry[] = waiting
    .filter((p) => KIND[p.body.type] && onTurn(p.body, turn) && !acceptedIds.has(p.body.id))
    .map((p) => ({ kind: KIND[p.body.type]!, by: myId, text: typeof p.body.text === 'string' ? p.body.text : null, at: '', waiting: true as const }))
    .filter((e) => !alreadyInThread(e.kind, e.text, turn, myId));
  return [...arriving, ...kept];
}
