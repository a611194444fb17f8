// Every transition of the space's decider and reducer (shared/space): what each command
// produces in each phase, what it refuses, and how the log folds back into state.
import { describe, expect, it } from 'vitest';
import { decide, evolve, fold, initialState, isMember } from '../../shared/space/index.ts';
import type { Actor, Command, Decision, SpaceEvent, SpaceState } from '../../shared/space/index.ts';

const alex: Actor = { id: 'user-alex', name: 'Alex' };
const sam: Actor = { id: 'user-sam', name: 'Sam' };
const kim: Actor = { id: 'user-kim', name: 'Kim' };
const T0 = '2026-03-01T10:00:00.000Z';
const T1 = '2026-03-02T10:00:00.000Z';

const ctx = (actor: Actor, spaceId?: string) => ({ actor, now: T1, ...(spaceId ? { spaceId } : {}) });

function eventsOf(decision: Decision): SpaceEvent[] {
  if (!decision.ok) throw new Error(`refused: ${decision.code}`);
  return decision.events;
}

/** Runs commands in order through decide and evolve, as the referee does. */
function play(steps: Array<[Command, Actor]>, spaceId = 'space-1'): SpaceState {
  let state = initialState;
  for (const [command, actor] of steps) {
    const decision = decide(state, command, { actor, now: T0, ...(command.type === 'open' ? { spaceId } : {}) });
    state = fold(eventsOf(decision), state);
  }
  return state;
}

const open: Command = { type: 'open', friendName: 'Sam', note: 'I miss our walks.' };
const join: Command = { type: 'answer-invitation', answer: 'join' };
const noThanks: Command = { type: 'answer-invitation', answer: 'no-thanks' };
const invited = () => play([[open, alex]]);
const opened = () => play([[open, alex], [join, sam]]);
const closed = () => play([[open, alex], [join, sam], [{ type: 'leave' }, sam]]);

describe('open', () => {
  it('opens a space from nothing with the opener, the friend name and the note', () => {
    const events = eventsOf(decide(initialState, open, ctx(alex, 'space-1')));
    expect(events).toEqual([
      { type: 'space-opened', at: T1, by: alex.id, spaceId: 'space-1', openerName: 'Alex', friendName: 'Sam', note: 'I miss our walks.' },
    ]);
    expect(fold(events)).toEqual({
      phase: 'invited',
      spaceId: 'space-1',
      opener: { id: alex.id, name: 'Alex', role: 'opener' },
      friendName: 'Sam',
      note: 'I miss our walks.',
      openedAt: T1,
      notYet: null,
    });
  });

  it('refuses to open a space that already exists', () => {
    expect(decide(invited(), open, ctx(alex, 'space-1'))).toEqual({ ok: false, code: 'already-exists' });
    expect(decide(opened(), open, ctx(sam, 'space-1'))).toEqual({ ok: false, code: 'already-exists' });
  });

  it('refuses to open without a space id from the server', () => {
    expect(decide(initialState, open, ctx(alex))).toEqual({ ok: false, code: 'no-space' });
  });
});

describe('answering the invitation', () => {
  it('refuses an answer when there is no space', () => {
    expect(decide(initialState, join, ctx(sam))).toEqual({ ok: false, code: 'no-space' });
  });

  it('join makes the space open with the friend as invitee', () => {
    const events = eventsOf(decide(invited(), join, ctx(sam)));
    expect(events).toEqual([{ type: 'friend-joined', at: T1, by: sam.id, name: 'Sam' }]);
    const state = fold(events, invited());
    expect(state).toMatchObject({ phase: 'open', invitee: { id: sam.id, name: 'Sam', role: 'invitee' }, joinedAt: T1 });
    expect(state).not.toHaveProperty('notYet');
  });

  it('not-yet keeps the invitation open and remembers the date to ask again', () => {
    const command: Command = { type: 'answer-invitation', answer: 'not-yet', askAgainAfter: '2026-06-01' };
    const events = eventsOf(decide(invited(), command, ctx(sam)));
    expect(events).toEqual([{ type: 'invitation-deferred', at: T1, by: sam.id, askAgainAfter: '2026-06-01' }]);
    expect(fold(events, invited())).toMatchObject({ phase: 'invited', notYet: { at: T1, askAgainAfter: '2026-06-01' } });
  });

  it('not-yet without a date stores no date', () => {
    const events = eventsOf(decide(invited(), { type: 'answer-invitation', answer: 'not-yet' }, ctx(sam)));
    expect(events[0]).toMatchObject({ type: 'invitation-deferred', askAgainAfter: null });
  });

  it('the same not-yet again adds nothing; a changed one counts', () => {
    const deferred = fold(eventsOf(decide(invited(), { type: 'answer-invitation', answer: 'not-yet', askAgainAfter: '2026-06-01' }, ctx(sam))), invited());
    expect(decide(deferred, { type: 'answer-invitation', answer: 'not-yet', askAgainAfter: '2026-06-01' }, ctx(sam))).toEqual({ ok: true, events: [] });
    const changed = eventsOf(decide(deferred, { type: 'answer-invitation', answer: 'not-yet' }, ctx(sam)));
    expect(fold(changed, deferred)).toMatchObject({ notYet: { askAgainAfter: null } });
  });

  it('a friend who said not yet can still join later, and the not-yet is forgotten', () => {
    const state = play([[open, alex], [{ type: 'answer-invitation', answer: 'not-yet' }, sam], [join, sam]]);
    expect(state.phase).toBe('open');
    expect(state).not.toHaveProperty('notYet');
  });

  it('no-thanks declines the space for good', () => {
    const events = eventsOf(decide(invited(), noThanks, ctx(sam)));
    expect(events).toEqual([{ type: 'invitation-declined', at: T1, by: sam.id }]);
    const state = fold(events, invited());
    expect(state).toMatchObject({ phase: 'declined', declinedAt: T1 });
    expect(state).not.toHaveProperty('notYet');
  });

  it('refuses the opener answering their own invitation, whatever the answer', () => {
    for (const answer of ['join', 'not-yet', 'no-thanks'] as const)
      expect(decide(invited(), { type: 'answer-invitation', answer }, ctx(alex))).toEqual({ ok: false, code: 'own-invitation' });
  });

  it('refuses a second answer once the invitation was joined or declined', () => {
    const declined = play([[open, alex], [noThanks, sam]]);
    for (const state of [opened(), declined, closed()]) {
      expect(decide(state, join, ctx(kim))).toEqual({ ok: false, code: 'already-answered' });
      expect(decide(state, noThanks, ctx(sam))).toEqual({ ok: false, code: 'already-answered' });
    }
  });
});

describe('leave', () => {
  it('lets either member close an open space, keeping a trimmed last message', () => {
    for (const actor of [alex, sam]) {
      const events = eventsOf(decide(opened(), { type: 'leave', lastMessage: '  Take care.  ' }, ctx(actor)));
      expect(events).toEqual([{ type: 'space-closed', at: T1, by: actor.id, lastMessage: 'Take care.' }]);
      expect(fold(events, opened())).toMatchObject({ phase: 'closed', closedAt: T1, closedBy: actor.id, lastMessage: 'Take care.' });
    }
  });

  it('stores no last message when it is missing or blank', () => {
    expect(eventsOf(decide(opened(), { type: 'leave' }, ctx(alex)))[0]).toMatchObject({ lastMessage: null });
    expect(eventsOf(decide(opened(), { type: 'leave', lastMessage: '   ' }, ctx(alex)))[0]).toMatchObject({ lastMessage: null });
  });

  it('refuses someone who is not a member', () => {
    expect(decide(opened(), { type: 'leave' }, ctx(kim))).toEqual({ ok: false, code: 'not-a-member' });
  });

  it('refuses leaving a space that is not open yet, or was declined', () => {
    expect(decide(initialState, { type: 'leave' }, ctx(alex))).toEqual({ ok: false, code: 'no-space' });
    expect(decide(invited(), { type: 'leave' }, ctx(alex))).toEqual({ ok: false, code: 'not-open' });
    expect(decide(play([[open, alex], [noThanks, sam]]), { type: 'leave' }, ctx(alex))).toEqual({ ok: false, code: 'not-open' });
  });

  it('refuses leaving a space that is already closed', () => {
    expect(decide(closed(), { type: 'leave' }, ctx(alex))).toEqual({ ok: false, code: 'closed' });
    expect(decide(closed(), { type: 'leave' }, ctx(sam))).toEqual({ ok: false, code: 'closed' });
  });
});

describe('evolve and fold', () => {
  it('folds a whole log in order to the same state as stepping through it', () => {
    const steps: Array<[Command, Actor]> = [[open, alex], [{ type: 'answer-invitation', answer: 'not-yet' }, sam], [join, sam], [{ type: 'leave' }, alex]];
    const log: SpaceEvent[] = [];
    let state = initialState;
    for (const [command, actor] of steps) {
      const events = eventsOf(decide(state, command, { actor, now: T0, spaceId: 'space-1' }));
      log.push(...events);
      state = events.reduce(evolve, state);
    }
    expect(fold(log)).toEqual(state);
    expect(state).toMatchObject({ phase: 'closed', closedBy: alex.id });
  });

  it('leaves the state unchanged for an event that does not fit the phase', () => {
    const joined: SpaceEvent = { type: 'friend-joined', at: T1, by: kim.id, name: 'Kim' };
    const reopened: SpaceEvent = { type: 'space-opened', at: T1, by: kim.id, spaceId: 'other', openerName: 'Kim', friendName: 'X', note: '' };
    const closing: SpaceEvent = { type: 'space-closed', at: T1, by: alex.id, lastMessage: null };
    const deferred: SpaceEvent = { type: 'invitation-deferred', at: T1, by: sam.id, askAgainAfter: null };
    const declining: SpaceEvent = { type: 'invitation-declined', at: T1, by: sam.id };
    expect(evolve(opened(), joined)).toEqual(opened());
    expect(evolve(opened(), reopened)).toEqual(opened());
    expect(evolve(opened(), deferred)).toEqual(opened());
    expect(evolve(opened(), declining)).toEqual(opened());
    expect(evolve(invited(), closing)).toEqual(invited());
    expect(evolve(initialState, joined)).toEqual(initialState);
    expect(evolve(closed(), closing)).toEqual(closed());
  });

  it('counts only the opener and the joined friend as members', () => {
    expect(isMember(invited(), alex.id)).toBe(false);
    expect(isMember(opened(), alex.id)).toBe(true);
    expect(isMember(opened(), sam.id)).toBe(true);
    expect(isMember(closed(), sam.id)).toBe(true);
    expect(isMember(opened(), kim.id)).toBe(false);
  });
});
