import { describe, expect, it } from 'vitest';
import { isRedacted, redactCoWritten, redactEvent, redactEvents } from '../../shared/redact.ts';
import { fold } from '../../shared/space/evolve.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';

const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const at = '2026-11-01T10:00:00.000Z';

const log: SpaceEvent[] = [
  { type: 'space-opened', at, by: A, spaceId: 'ssssssssssssssss', openerName: 'Alex', friendName: 'Sam', note: 'I miss our walks.' },
  { type: 'friend-joined', at, by: B, name: 'Sam' },
  { type: 'pace-set', at, by: A, pace: 'taking-time', backAround: '2026-12-01' },
  { type: 'prompt-opened', at, by: B, deckId: 'catching-up', promptId: 'how-have-you-been', speakers: [B, A] },
  { type: 'shared', at, by: B, text: 'It has been a long year.' },
  { type: 'heard', at, by: A, text: 'A long year, then.' },
  { type: 'apology-offered', at, by: A, apologyId: 'a1', text: 'I am sorry I missed it.' },
  { type: 'apology-answered', at, by: B, apologyId: 'a1', response: 'hear-you', text: 'Thank you.' },
];

describe('redacting one person out of a log', () => {
  const out = redactEvents(log, A);

  it('empties every word the person wrote and marks those events', () => {
    const text = JSON.stringify(out);
    for (const words of ['I miss our walks.', 'Alex', 'A long year, then.', 'I am sorry I missed it.']) expect(text).not.toContain(words);
    expect(out.filter(isRedacted).map((e) => e.type)).toEqual(['space-opened', 'heard', 'apology-offered']);
  });

  it("keeps the other person's words and events untouched", () => {
    for (const i of [1, 3, 4, 7]) expect(out[i]).toBe(log[i]);
  });

  it('keeps order, authors, times, ids and choices, so the log still folds', () => {
    expect(out.map((e) => [e.type, e.by, e.at])).toEqual(log.map((e) => [e.type, e.by, e.at]));
    expect(out[2]).toBe(log[2]);
    expect(out[0]).toMatchObject({ spaceId: 'ssssssssssssssss', openerName: '', friendName: '', note: '', redacted: true });
    const state = fold(out);
    expect(state.phase).toBe('open');
    if (state.phase !== 'open') return;
    expect(state.opener.name).toBe('');
    expect(state.invitee.name).toBe('Sam');
    expect(state.talk.pace[A]?.kind).toBe('taking-time');
  });
});

describe('event types it has never seen', () => {
  it('empties free text, keeps codes, dates and numbers', () => {
    const future = { type: 'meeting-proposed', at, by: A, meetingId: 'm1', when: '2026-12-03T18:30:00.000Z', mode: 'in-person', place: 'cafe', mood: 'Hopeful, a bit scared' };
    expect(redactEvent(future as unknown as SpaceEvent, A)).toEqual({ ...future, place: '', mood: '', redacted: true });
  });

  it("takes the person's answer out of a reveal the other's command made, and leaves the other's", () => {
    const reveal = {
      type: 'checkin-revealed', at, by: B, checkinId: 'c1',
      answers: { [A]: { safe: 3, seen: 2, appreciated: 4, note: 'Still raw.' }, [B]: { safe: 4, seen: 4, appreciated: 5, note: 'Better.' } },
    } as unknown as SpaceEvent;
    const [, , out] = redactEvents([log[0] as SpaceEvent, log[1] as SpaceEvent, reveal], A);
    expect(out).toMatchObject({ redacted: true, answers: { [A]: { safe: 3, note: '' }, [B]: { safe: 4, note: 'Better.' } } });
  });

  it("leaves the other's answer in a reveal the deleted person's command made", () => {
    const reveal = {
      type: 'reassessment-revealed', at, by: A, reassessmentId: 'r1',
      choices: { [A]: { now: 'lighter', hope: 'closer', words: 'I hope so.' }, [B]: { now: 'pause', hope: 'lighter', words: 'Slowly.' } },
    } as unknown as SpaceEvent;
    const [, , out] = redactEvents([log[0] as SpaceEvent, log[1] as SpaceEvent, reveal], A);
    expect(out).toMatchObject({ choices: { [A]: { now: 'lighter', hope: 'closer', words: '' }, [B]: { words: 'Slowly.' } } });
  });

  it('returns the same object when nothing in it is the person\'s', () => {
    const passed = { type: 'passed', at, by: A } as SpaceEvent;
    expect(redactEvent(passed, A)).toBe(passed);
  });
});

describe('agreed copies of words written together', () => {
  const copies: SpaceEvent[] = [
    { type: 'ground-rules-accepted', at, by: B, text: 'Older words.' },
    { type: 'ground-rules-accepted', at, by: A, text: 'Mine. Theirs.' },
    { type: 'ground-rules-agreed', at, by: B, text: 'Mine. Theirs.' },
    { type: 'statement-marked', at, by: B, text: 'Only theirs.' },
  ];
  const texts = {
    groundRules: { before: 'Mine. Theirs.', after: 'Theirs.' },
    ourFriendshipNow: { before: 'Only theirs.', after: 'Only theirs.' },
  };
  const out = redactCoWritten(copies, redactEvents(copies, A), texts);

  it('become the words as they stand now, whoever marked them, and an older copy is emptied', () => {
    expect(out.map((e) => ('text' in e ? e.text : null))).toEqual(['', 'Theirs.', 'Theirs.', 'Only theirs.']);
    expect(out.map(isRedacted)).toEqual([true, true, true, false]);
  });

  it('stay as they were where the person wrote nothing', () => {
    expect(out[3]).toBe(copies[3]);
  });
});
