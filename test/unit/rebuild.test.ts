import { describe, expect, it } from 'vitest';
import { decide } from '../../shared/space/decide.ts';
import { evolve } from '../../shared/space/evolve.ts';
import type { Actor, Command, Decision, SealedView, SpaceState } from '../../shared/space/types.ts';
import { decks, invitee, opener, openSpace, run, runAll } from '../helpers/talk.ts';

const rebuildOf = (s: SpaceState) => {
  if (s.phase !== 'open' && s.phase !== 'closed') throw new Error('not open');
  return s.rebuild;
};
const when = '2026-12-05T15:00:00.000Z';

describe('meeting again', () => {
  it('is proposed only when both are ready, answered by the other, and moved by either', () => {
    const paused = runAll(openSpace(), [[invitee, { type: 'set-pace', pace: 'paused' }]]);
    expect(run(paused, opener, { type: 'propose-meeting', when, mode: 'video' }).decision).toEqual({ ok: false, code: 'not-both-ready' });
    let s = runAll(openSpace(), [[opener, { type: 'propose-meeting', when, mode: 'in-person', place: 'The bakery on King St' }]]);
    expect(run(s, opener, { type: 'answer-meeting', meetingId: 'm1', answer: 'accept' }).decision).toEqual({ ok: false, code: 'own-proposal' });
    s = runAll(s, [[invitee, { type: 'move-meeting', meetingId: 'm1', when: '2026-12-06T10:00:00.000Z', mode: 'video' }]]);
    expect(rebuildOf(s).meetings[0]).toMatchObject({ status: 'proposed', proposal: { by: invitee.id, mode: 'video', place: null } });
    expect(run(s, invitee, { type: 'answer-meeting', meetingId: 'm1', answer: 'accept' }).decision).toEqual({ ok: false, code: 'own-proposal' });
    s = runAll(s, [[opener, { type: 'answer-meeting', meetingId: 'm1', answer: 'accept' }]]);
    expect(rebuildOf(s).meetings[0]?.status).toBe('agreed');
  });

  it('refuses a meeting time that has already passed, by the server\'s clock', () => {
    const past = decide(openSpace(), { type: 'propose-meeting', when: '2026-01-01T10:00:00.000Z', mode: 'video' }, { actor: opener, now: '2026-06-01T00:00:00.000Z', decks });
    expect(past).toEqual({ ok: false, code: 'in-the-past' });
    const ahead = decide(openSpace(), { type: 'propose-meeting', when: '2026-07-01T10:00:00.000Z', mode: 'video' }, { actor: opener, now: '2026-06-01T00:00:00.000Z', decks });
    expect(ahead.ok).toBe(true);
  });

  it('takes "not yet" calmly and keeps the meeting to move later', () => {
    const s = runAll(openSpace(), [
      [opener, { type: 'propose-meeting', when, mode: 'video' }],
      [invitee, { type: 'answer-meeting', meetingId: 'm1', answer: 'not-yet' }],
    ]);
    expect(rebuildOf(s).meetings[0]?.status).toBe('not-yet');
    expect(run(s, invitee, { type: 'answer-meeting', meetingId: 'm1', answer: 'accept' }).decision).toEqual({ ok: false, code: 'not-proposed' });
  });

  it('lets each share one line after an agreed meeting, once', () => {
    let s = runAll(openSpace(), [[opener, { type: 'propose-meeting', when, mode: 'video' }]]);
    expect(run(s, opener, { type: 'share-meeting-line', meetingId: 'm1', text: 'x' }).decision).toEqual({ ok: false, code: 'not-agreed' });
    s = runAll(s, [
      [invitee, { type: 'answer-meeting', meetingId: 'm1', answer: 'accept' }],
      [opener, { type: 'share-meeting-line', meetingId: 'm1', text: 'It was good to see your face.' }],
    ]);
    expect(run(s, opener, { type: 'share-meeting-line', meetingId: 'm1', text: 'again' }).decision).toEqual({ ok: false, code: 'already-shared' });
    expect(rebuildOf(s).meetings[0]?.lines[opener.id]).toBe('It was good to see your face.');
  });
});

describe('commitments', () => {
  it('are proposed, accepted by the other, kept by the maker and noticed by the other', () => {
    let s = runAll(openSpace(), [[opener, { type: 'propose-commitment', text: 'Ask how the interview went on Friday', due: '2026-12-04' }]]);
    expect(run(s, opener, { type: 'answer-commitment', commitmentId: 'c1', answer: 'accept' }).decision).toEqual({ ok: false, code: 'not-theirs' });
    expect(run(s, opener, { type: 'keep-commitment', commitmentId: 'c1' }).decision).toEqual({ ok: false, code: 'wrong-status' });
    s = runAll(s, [[invitee, { type: 'answer-commitment', commitmentId: 'c1', answer: 'accept' }]]);
    expect(run(s, invitee, { type: 'keep-commitment', commitmentId: 'c1' }).decision).toEqual({ ok: false, code: 'not-yours' });
    s = runAll(s, [[opener, { type: 'keep-commitment', commitmentId: 'c1' }], [invitee, { type: 'notice-commitment', commitmentId: 'c1' }]]);
    expect(rebuildOf(s).commitments[0]).toMatchObject({ status: 'kept', due: '2026-12-04' });
    expect(rebuildOf(s).commitments[0]?.noticedAt).not.toBeNull();
    expect(run(s, invitee, { type: 'notice-commitment', commitmentId: 'c1' }).decision).toEqual({ ok: false, code: 'already-noticed' });
  });

  it('can be answered with a suggested change, then revised by the maker, or declined', () => {
    let s = runAll(openSpace(), [
      [invitee, { type: 'propose-commitment', text: 'Call every day' }],
      [opener, { type: 'answer-commitment', commitmentId: 'c1', answer: 'suggest', suggestion: 'Maybe once a week?' }],
    ]);
    expect(rebuildOf(s).commitments[0]).toMatchObject({ status: 'change-suggested', suggestion: 'Maybe once a week?' });
    s = runAll(s, [[invitee, { type: 'revise-commitment', commitmentId: 'c1', text: 'Call on Sundays' }]]);
    expect(rebuildOf(s).commitments[0]).toMatchObject({ status: 'proposed', text: 'Call on Sundays' });
    s = runAll(s, [[opener, { type: 'answer-commitment', commitmentId: 'c1', answer: 'decline' }]]);
    expect(rebuildOf(s).commitments[0]?.status).toBe('declined');
    expect(rebuildOf(s).commitments[0]?.answeredAt).toBe('t');
  });
});

/** Runs a command with what the server has sealed, as the referee does. */
function runSealed(state: SpaceState, actor: Actor, command: Command, sealed: SealedView): { state: SpaceState; decision: Decision } {
  const decision = decide(state, command, { actor, now: 't', decks, sealed });
  return { state: decision.ok ? decision.events.reduce(evolve, state) : state, decision };
}
const none: SealedView = { checkin: {}, reassessment: {} };

describe('sealed check-ins', () => {
  const answer = { type: 'answer-checkin', safe: 4, seen: 3, appreciated: 5, note: 'Better this week.' } as const;

  it('keeps the first answer out of the log, sealed, and reveals both together in one event', () => {
    const first = runSealed(openSpace(), opener, answer, none);
    expect(first.decision.ok).toBe(true);
    if (!first.decision.ok) return;
    expect(first.decision.events.map((e) => e.type)).toEqual(['checkin-opened']);
    expect(JSON.stringify(first.decision.events)).not.toContain('Better this week');
    expect(first.decision.seal).toEqual({ kind: 'checkin', roundId: 'k1', payload: { safe: 4, seen: 3, appreciated: 5, note: 'Better this week.' } });

    const sealed: SealedView = { checkin: { [opener.id]: { safe: 4, seen: 3, appreciated: 5, note: 'Better this week.' } }, reassessment: {} };
    const second = runSealed(first.state, invitee, { type: 'answer-checkin', safe: 2, seen: 2, appreciated: 3 }, sealed);
    expect(second.decision.ok && second.decision.events.map((e) => e.type)).toEqual(['checkin-revealed']);
    expect(second.decision.ok && second.decision.unseal).toEqual({ kind: 'checkin', roundId: 'k1' });
    const revealed = rebuildOf(second.state).checkins[0];
    expect(revealed?.answers[opener.id]?.note).toBe('Better this week.');
    expect(revealed?.answers[invitee.id]).toEqual({ safe: 2, seen: 2, appreciated: 3, note: null });
    expect(rebuildOf(second.state).checkin).toBeNull();
  });

  it('opens a check-in on request, once at a time', () => {
    const s = runAll(openSpace(), [[invitee, { type: 'ask-checkin' }]]);
    expect(rebuildOf(s).checkin?.id).toBe('k1');
    expect(run(s, opener, { type: 'ask-checkin' }).decision).toEqual({ ok: false, code: 'round-open' });
  });

  it('agrees a rhythm when both choose the same one', () => {
    let s = runAll(openSpace(), [[opener, { type: 'choose-rhythm', rhythm: 'weekly' }], [invitee, { type: 'choose-rhythm', rhythm: 'monthly' }]]);
    expect(rebuildOf(s).rhythm.agreed).toBeNull();
    s = runAll(s, [[opener, { type: 'choose-rhythm', rhythm: 'monthly' }]]);
    expect(rebuildOf(s).rhythm.agreed).toBe('monthly');
  });
});

describe('reassessment', () => {
  it('is sealed until both choose, then revealed together; the statement is agreed by both marking the same words', () => {
    const first = runSealed(openSpace(), invitee, { type: 'choose-reassessment', now: 'lighter', hope: 'close-differently', words: 'Slowly.' }, none);
    expect(first.decision.ok && first.decision.events.map((e) => e.type)).toEqual(['reassessment-opened']);
    const sealed: SealedView = { checkin: {}, reassessment: { [invitee.id]: { now: 'lighter', hope: 'close-differently', words: 'Slowly.' } } };
    const second = runSealed(first.state, opener, { type: 'choose-reassessment', now: 'lighter', hope: 'closer' }, sealed);
    const r = rebuildOf(second.state).reassessments[0];
    expect(r?.choices[invitee.id]?.words).toBe('Slowly.');
    expect(r?.choices[opener.id]?.hope).toBe('closer');
    let s = runAll(second.state, [[opener, { type: 'mark-statement', text: 'Friends, more gently.' }]]);
    expect(rebuildOf(s).statement.agreed).toBeNull();
    s = runAll(s, [[invitee, { type: 'mark-statement', text: 'Friends, more gently.' }]]);
    expect(rebuildOf(s).statement.agreed?.text).toBe('Friends, more gently.');
  });
});

describe('a closed space', () => {
  it('refuses every rebuilding step', () => {
    const s = runAll(openSpace(), [[opener, { type: 'leave' }]]);
    for (const command of [{ type: 'ask-checkin' }, { type: 'propose-commitment', text: 'x' }] as Command[])
      expect(run(s, invitee, command).decision).toEqual({ ok: false, code: 'closed' });
  });
});
