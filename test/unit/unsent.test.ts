// My own moves on the prompt in progress, shown in its thread before the synced log holds them:
// still on this device (marked waiting), or accepted by the server and on their way back. Never
// missing in between, and never twice.
import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/space/decide.ts';
import { fold } from '../../shared/space/evolve.ts';
import type { Actor, Command, PromptTurn, SpaceEvent } from '../../shared/space/types.ts';
import { type Accepted, type Held, unsentEntries } from '../../client/lib/unsent.ts';
import { decks, invitee, opener, talkOf } from '../helpers/talk.ts';

const on = { deckId: 'light', promptId: 'p1' };
let clock = 0;

/** The server's log, grown by the real decider; returns the events a command appended. */
function logOf(): { log: SpaceEvent[]; apply(actor: Actor, command: Command): SpaceEvent[] } {
  const log: SpaceEvent[] = [
    { type: 'space-opened', at: 't0', by: opener.id, spaceId: 's1', openerName: 'Alex', friendName: 'Sam', note: 'hi' },
    { type: 'friend-joined', at: 't1', by: invitee.id, name: 'Sam' },
  ];
  return {
    log,
    apply(actor, command) {
      const decision = decide(fold(log), command, { actor, now: `2030-01-01T00:00:${String(++clock % 60).padStart(2, '0')}.${clock}Z`, decks });
      if (!decision.ok) throw new Error(`${command.type} refused: ${decision.code}`);
      log.push(...decision.events);
      return decision.events;
    },
  };
}

/** Both agreed, so Sam (the invitee) answers first on light/p1. */
function started() {
  const server = logOf();
  server.apply(opener, { type: 'agree-ground-rules', text: 'Kind.' });
  server.apply(invitee, { type: 'agree-ground-rules', text: 'Kind.' });
  return server;
}

const turnOf = (log: readonly SpaceEvent[]): PromptTurn => talkOf(fold(log)).current!;
const held = (id: string, body: Record<string, unknown>): Held => ({ body: { id, type: String(body.type), ...body } });

describe('my words on the prompt in progress before the log has them', () => {
  it('shows an answer kept on this device after the thread, as mine and waiting; nothing of another prompt or not a move', () => {
    const { log } = started();
    const waiting = [
      held('a', { type: 'share', ...on, text: 'I missed you.' }),
      held('b', { type: 'share', deckId: 'light', promptId: 'p2', text: 'Elsewhere.' }),
      held('c', { type: 'set-pace', pace: 'paused' }),
      held('d', { type: 'choose-deck', deckId: 'deep' }),
    ];
    expect(unsentEntries(turnOf(log), invitee.id, waiting, [], log)).toEqual([
      { kind: 'share', by: invitee.id, text: 'I missed you.', at: '', waiting: true },
    ]);
  });

  it('names each move as the thread does: a pass, what was heard, an addition, "that\'s it"', () => {
    const { log } = started();
    const waiting = [
      held('p', { type: 'pass', ...on }),
      held('h', { type: 'hear', ...on, text: 'You were tired.' }),
      held('c', { type: 'clarify', ...on, text: 'And lonely.' }),
      held('k', { type: 'confirm', ...on }),
    ];
    expect(unsentEntries(turnOf(log), opener.id, waiting, [], log).map((e) => [e.kind, e.text, e.by])).toEqual([
      ['pass', null, opener.id], ['heard', 'You were tired.', opener.id], ['clarify', 'And lonely.', opener.id], ['confirm', null, opener.id],
    ]);
  });

  it('shows an answer the server accepted, not as waiting, until the log brings it back; then only the log\'s', () => {
    const server = started();
    const before = [...server.log];
    const item = held('a', { type: 'share', ...on, text: 'I missed you.' });
    const events = server.apply(invitee, item.body as Command);
    const accepted: Accepted[] = [{ item, events }];
    // The server answered; this device's log has not caught up yet.
    expect(unsentEntries(turnOf(before), invitee.id, [], accepted, before)).toEqual([
      { kind: 'share', by: invitee.id, text: 'I missed you.', at: events[0]!.at },
    ]);
    // Caught up: the thread has it from the log, so it is not shown a second time.
    const caughtUp = turnOf(server.log);
    expect(caughtUp.entries.map((e) => e.text)).toEqual(['I missed you.']);
    expect(unsentEntries(caughtUp, invitee.id, [], accepted, server.log)).toEqual([]);
  });

  it('shows words accepted and, for a moment, still listed here only once', () => {
    const server = started();
    const before = [...server.log];
    const item = held('a', { type: 'share', ...on, text: 'Once.' });
    const events = server.apply(invitee, item.body as Command);
    expect(unsentEntries(turnOf(before), invitee.id, [item], [{ item, events }], before).map((e) => e.text)).toEqual(['Once.']);
  });

  it('keeps a finished prompt\'s last move in place until the next prompt arrives in the log', () => {
    const server = started();
    server.apply(invitee, { type: 'pass', ...on });
    const before = [...server.log];
    const item = held('k', { type: 'pass', ...on });
    const events = server.apply(opener, item.body as Command);
    expect(events.map((e) => e.type)).toEqual(['passed', 'prompt-opened']);
    expect(unsentEntries(turnOf(before), opener.id, [], [{ item, events }], before).map((e) => e.kind)).toEqual(['pass']);
    expect(turnOf(server.log).promptId).toBe('p2');
    expect(unsentEntries(turnOf(server.log), opener.id, [], [{ item, events }], server.log)).toEqual([]);
  });

  it('shows once words the server took whose answer was lost, though they still wait here to be sent again', () => {
    const server = started();
    const item = held('a', { type: 'share', ...on, text: 'I missed you.' });
    server.apply(invitee, item.body as Command); // the answer never reached this device
    expect(unsentEntries(turnOf(server.log), invitee.id, [item], [], server.log)).toEqual([]);
  });

  it('still shows the same words written again when the prompt asks for them again', () => {
    const server = started();
    server.apply(invitee, { type: 'share', ...on, text: 'I missed you.' });
    server.apply(opener, { type: 'hear', ...on, text: 'ok' });
    server.apply(invitee, { type: 'clarify', ...on, text: 'And the summer.' });
    // Alex writes back the same words as before, offline: the prompt waits for them, so they show.
    const again = held('h2', { type: 'hear', ...on, text: 'ok' });
    expect(unsentEntries(turnOf(server.log), opener.id, [again], [], server.log)).toEqual([
      { kind: 'heard', by: opener.id, text: 'ok', at: '', waiting: true },
    ]);
  });
});
