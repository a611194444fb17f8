import { describe, expect, it } from 'vitest';
import { spaceCommandBody } from '../../shared/schemas.ts';
import { evolve } from '../../shared/space/evolve.ts';
import { expectedMove, nextPrompt, whoseMove } from '../../shared/space/talk-rules.ts';
import type { Actor, Command, SpaceState } from '../../shared/space/types.ts';
import { agreeRules, decks, invitee, opener, openSpace, run, runAll, talkOf } from '../helpers/talk.ts';

const on = { deckId: 'light', promptId: 'p1' };

/** Both pass the prompt in progress, each in turn: the quickest way through a prompt. */
function passBoth(s: SpaceState): SpaceState {
  const cur = talkOf(s).current!;
  const at = { deckId: cur.deckId, promptId: cur.promptId };
  const [a, b] = cur.speakers.map((id) => (id === opener.id ? opener : invitee));
  return runAll(s, [[a!, { type: 'pass', ...at }], [b!, { type: 'pass', ...at }]]);
}

describe('ground rules and the first prompt', () => {
  it('opens no prompt until both agree to the same words', () => {
    let s = runAll(openSpace(), [[opener, { type: 'agree-ground-rules', text: 'A' }]]);
    expect(talkOf(s).current).toBeNull();
    s = runAll(s, [[invitee, { type: 'agree-ground-rules', text: 'B' }]]);
    expect(talkOf(s).groundRules.agreed).toBeNull();
    s = runAll(s, [[opener, { type: 'agree-ground-rules', text: 'B' }]]);
    expect(talkOf(s).groundRules.agreed?.text).toBe('B');
    expect(talkOf(s).current).toMatchObject({ deckId: 'light', promptId: 'p1', step: 'share' });
  });

  it('lets the invitee speak first by default', () => {
    const s = runAll(openSpace(), agreeRules());
    expect(talkOf(s).current?.speakers).toEqual([invitee.id, opener.id]);
  });

  it('lets the invitee hand the first turn over, once, before the first prompt', () => {
    let s = runAll(openSpace(), [[invitee, { type: 'hand-over-first-turn' }]]);
    expect(run(s, invitee, { type: 'hand-over-first-turn' }).decision).toEqual({ ok: false, code: 'first-turn-taken' });
    expect(run(openSpace(), opener, { type: 'hand-over-first-turn' }).decision).toEqual({ ok: false, code: 'first-turn-taken' });
    s = runAll(s, agreeRules());
    expect(talkOf(s).current?.speakers).toEqual([opener.id, invitee.id]);
  });

  it('waits for both to be ready before opening a prompt', () => {
    let s = runAll(openSpace(), [[invitee, { type: 'set-pace', pace: 'taking-time', backAround: '2026-12-24' }], ...agreeRules()]);
    expect(talkOf(s).current).toBeNull();
    expect(talkOf(s).pace[invitee.id]).toMatchObject({ kind: 'taking-time', backAround: '2026-12-24' });
    s = runAll(s, [[invitee, { type: 'set-pace', pace: 'ready' }]]);
    expect(talkOf(s).current?.promptId).toBe('p1');
  });

  it('accepts "back around" only with taking my time', () => {
    expect(run(openSpace(), opener, { type: 'set-pace', pace: 'paused', backAround: '2026-12-01' }).decision).toEqual({ ok: false, code: 'bad-date' });
  });
});

describe('a full round on one prompt', () => {
  const started = () => runAll(openSpace(), agreeRules());

  it('goes share, hear, that\'s it, then swaps roles on the same prompt', () => {
    let s = runAll(started(), [
      [invitee, { type: 'share', ...on, text: 'I have been tired.' }],
      [opener, { type: 'hear', ...on, text: 'You have been tired.' }],
      [invitee, { type: 'confirm', ...on }],
    ]);
    expect(talkOf(s).current).toMatchObject({ half: 1, step: 'share', promptId: 'p1' });
    s = runAll(s, [
      [opener, { type: 'share', ...on, text: 'Me too.' }],
      [invitee, { type: 'hear', ...on, text: 'You too.' }],
      [opener, { type: 'confirm', ...on }],
    ]);
    // Both ready, so the next prompt opened, and the other speaks first this time.
    expect(talkOf(s).done).toHaveLength(1);
    expect(talkOf(s).current).toMatchObject({ promptId: 'p2', speakers: [opener.id, invitee.id] });
  });

  it('lets the speaker clarify, and then the listener hears again', () => {
    const s = runAll(started(), [
      [invitee, { type: 'share', ...on, text: 'It was lonely.' }],
      [opener, { type: 'hear', ...on, text: 'You were angry.' }],
      [invitee, { type: 'clarify', ...on, text: 'Not angry. Lonely.' }],
    ]);
    expect(whoseMove(talkOf(s).current!)).toEqual({ who: opener.id, move: 'hear' });
    expect(run(s, invitee, { type: 'confirm', ...on }).decision).toEqual({ ok: false, code: 'not-your-turn' });
    const after = runAll(s, [[opener, { type: 'hear', ...on, text: 'You felt lonely.' }], [invitee, { type: 'confirm', ...on }]]);
    expect(talkOf(after).current?.entries.map((e) => e.kind)).toEqual(['share', 'heard', 'clarify', 'heard', 'confirm']);
  });

  it('asks the listener to write back what they heard before answering with their side', () => {
    const s = runAll(started(), [[invitee, { type: 'share', ...on, text: 'It hurt.' }]]);
    expect(run(s, opener, { type: 'share', ...on, text: 'But you...' }).decision).toEqual({ ok: false, code: 'hear-first' });
    expect(run(s, opener, { type: 'pass', ...on }).decision).toEqual({ ok: false, code: 'hear-first' });
  });

  it('refuses anything out of turn and changes nothing', () => {
    const s = started();
    for (const [actor, command] of [
      [opener, { type: 'share', ...on, text: 'me first' }],
      [opener, { type: 'hear', ...on, text: 'heard' }],
      [invitee, { type: 'hear', ...on, text: 'heard' }],
      [invitee, { type: 'confirm', ...on }],
    ] as [Actor, Command][]) {
      const r = run(s, actor, command);
      expect(r.decision.ok).toBe(false);
      expect(r.state).toBe(s);
    }
  });

  it('refuses a turn aimed at another prompt', () => {
    expect(run(started(), invitee, { type: 'share', deckId: 'light', promptId: 'p2', text: 'x' }).decision).toEqual({ ok: false, code: 'stale-prompt' });
  });

  it('lets either pass their share without a reason', () => {
    const s = runAll(started(), [[invitee, { type: 'pass', ...on }], [opener, { type: 'pass', ...on }]]);
    expect(talkOf(s).done[0]?.entries.map((e) => e.kind)).toEqual(['pass', 'pass']);
  });

  it('does not open the next prompt while one of them is paused, and opens it when they return', () => {
    let s = runAll(started(), [
      [opener, { type: 'set-pace', pace: 'paused' }],
      [invitee, { type: 'pass', ...on }],
      [opener, { type: 'pass', ...on }],
    ]);
    expect(talkOf(s).current?.step).toBe('done');
    s = runAll(s, [[opener, { type: 'set-pace', pace: 'ready' }]]);
    expect(talkOf(s).current?.promptId).toBe('p2');
  });

  it('moves on to the next deck, or to a chosen deck between prompts', () => {
    let s = passBoth(passBoth(started()));
    expect(talkOf(s).current).toMatchObject({ deckId: 'deep', promptId: 'q1' });
    expect(run(s, opener, { type: 'choose-deck', deckId: 'light' }).decision).toEqual({ ok: false, code: 'prompt-in-progress' });
    s = runAll(s, [[opener, { type: 'set-pace', pace: 'paused' }]]);
    s = passBoth(s);
    s = runAll(s, [[invitee, { type: 'choose-deck', deckId: 'light' }], [opener, { type: 'set-pace', pace: 'ready' }]]);
    expect(talkOf(s).current).toMatchObject({ deckId: 'light', promptId: 'p1' });
    expect(run(s, opener, { type: 'choose-deck', deckId: 'nope' }).decision).toEqual({ ok: false, code: 'unknown-deck' });
  });

  it('after every prompt, opens nothing more until a set is chosen again, then that set from its start; what was said stays', () => {
    let s = passBoth(passBoth(passBoth(started())));
    expect(talkOf(s).current).toMatchObject({ deckId: 'deep', promptId: 'q1', step: 'done' });
    expect(talkOf(s).done.map((t) => t.promptId)).toEqual(['p1', 'p2']);
    // No single prompt can be asked for: only a set, which opens at its first prompt.
    s = runAll(s, [[opener, { type: 'choose-deck', deckId: 'light' }]]);
    expect(talkOf(s).current).toMatchObject({ deckId: 'light', promptId: 'p1', step: 'share', entries: [] });
    expect(talkOf(s).done.map((t) => t.promptId)).toEqual(['p1', 'p2', 'q1']);
    expect(talkOf(s).done.every((t) => t.entries.length === 2)).toBe(true);
  });
});

describe('pace on the prompt in progress', () => {
  const started = () => runAll(openSpace(), agreeRules());

  it('lets the one who is not paused still post inside the open prompt, and expects nothing of the one who paused', () => {
    // Sam shares, then pauses: Alex may still write back what they heard, and Sam is not expected to read it.
    let s = runAll(started(), [[invitee, { type: 'share', ...on, text: 'I have been tired.' }], [invitee, { type: 'set-pace', pace: 'paused' }]]);
    expect(expectedMove(talkOf(s))).toEqual({ who: opener.id, move: 'hear', resting: false });
    s = runAll(s, [[opener, { type: 'hear', ...on, text: 'You have been tired.' }]]);
    expect(expectedMove(talkOf(s))).toEqual({ who: invitee.id, move: 'confirm', resting: true });
    // Taking their time is resting too; back to ready, the move is theirs again as usual.
    s = runAll(s, [[invitee, { type: 'set-pace', pace: 'taking-time' }]]);
    expect(expectedMove(talkOf(s))?.resting).toBe(true);
    s = runAll(s, [[invitee, { type: 'set-pace', pace: 'ready' }]]);
    expect(expectedMove(talkOf(s))).toEqual({ who: invitee.id, move: 'confirm', resting: false });
  });

  it('lets a person who paused still make their own move, and opens nothing new while they rest', () => {
    let s = runAll(started(), [[invitee, { type: 'set-pace', pace: 'paused' }], [invitee, { type: 'pass', ...on }]]);
    s = runAll(s, [[opener, { type: 'share', ...on, text: 'Me: busy.' }], [invitee, { type: 'hear', ...on, text: 'Busy.' }], [opener, { type: 'confirm', ...on }]]);
    expect(talkOf(s).current).toMatchObject({ promptId: 'p1', step: 'done' });
    expect(expectedMove(talkOf(s))).toBeNull();
  });
});

describe('apologies', () => {
  it('are answered by the other in their own words, once, with no forgiving', () => {
    let s = runAll(openSpace(), [[opener, { type: 'offer-apology', text: 'I am sorry I missed your birthday.' }]]);
    const id = talkOf(s).apologies[0]?.id as string;
    expect(run(s, opener, { type: 'answer-apology', apologyId: id, response: 'hear-you' }).decision).toEqual({ ok: false, code: 'own-apology' });
    s = runAll(s, [[invitee, { type: 'answer-apology', apologyId: id, response: 'still-need', text: 'To know it will not happen again.' }]]);
    expect(talkOf(s).apologies[0]?.answer).toMatchObject({ response: 'still-need', text: 'To know it will not happen again.' });
    expect(run(s, invitee, { type: 'answer-apology', apologyId: id, response: 'hear-you' }).decision).toEqual({ ok: false, code: 'apology-answered' });
    expect(run(s, invitee, { type: 'answer-apology', apologyId: 'a9', response: 'hear-you' }).decision).toEqual({ ok: false, code: 'no-apology' });
  });

  it('"What I still need is" is not sent without the words that finish it', () => {
    const s = runAll(openSpace(), [[opener, { type: 'offer-apology', text: 'I am sorry I missed your birthday.' }]]);
    const id = talkOf(s).apologies[0]?.id as string;
    for (const text of [undefined, '', '   '])
      expect(run(s, invitee, { type: 'answer-apology', apologyId: id, response: 'still-need', text }).decision).toEqual({ ok: false, code: 'words-needed' });
    expect(run(s, invitee, { type: 'answer-apology', apologyId: id, response: 'part-lands' }).decision).toMatchObject({ ok: true });
    const body = { id: 'answer-0001', type: 'answer-apology', apologyId: id, response: 'still-need' };
    expect(spaceCommandBody.safeParse(body).success).toBe(false);
    expect(spaceCommandBody.safeParse({ ...body, text: '  ' }).success).toBe(false);
    expect(spaceCommandBody.safeParse({ ...body, text: 'To hear it from you.' }).success).toBe(true);
  });
});

describe('randomised sequences', () => {
  // A small seeded generator, so a failure names a seed that reproduces it.
  const rng = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const commandsFor = (s: SpaceState, r: () => number): Command => {
    const cur = s.phase === 'open' ? s.talk.current : null;
    const at = cur ? { deckId: cur.deckId, promptId: cur.promptId } : { deckId: 'light', promptId: 'p1' };
    const options: Command[] = [
      { type: 'share', ...at, text: 'words' },
      { type: 'pass', ...at },
      { type: 'hear', ...at, text: 'heard' },
      { type: 'clarify', ...at, text: 'more' },
      { type: 'confirm', ...at },
      { type: 'set-pace', pace: 'ready' },
      { type: 'set-pace', pace: 'paused' },
      { type: 'set-pace', pace: 'taking-time' },
      { type: 'agree-ground-rules', text: 'rules' },
      { type: 'hand-over-first-turn' },
      { type: 'choose-deck', deckId: r() < 0.5 ? 'light' : 'deep' },
    ];
    return options[Math.floor(r() * options.length)] as Command;
  };

  it('never breaks turn order and never opens a prompt unless both are ready (200 seeds x 150 steps)', () => {
    const seen = { opened: 0, turns: 0, refused: 0 };
    for (let seed = 1; seed <= 200; seed++) {
      const r = rng(seed);
      let s = openSpace();
      for (let step = 0; step < 150; step++) {
        const actor = r() < 0.5 ? opener : invitee;
        const command = commandsFor(s, r);
        const before = talkOf(s);
        const move = before.current ? whoseMove(before.current) : null;
        const result = run(s, actor, command);
        if (!result.decision.ok) {
          seen.refused++;
          expect(result.state, `seed ${seed}`).toBe(s);
          continue;
        }
        for (const event of result.decision.events) {
          if (['shared', 'passed', 'heard', 'clarified', 'confirmed'].includes(event.type)) expect(move?.who, `seed ${seed}`).toBe(actor.id);
          if (event.type === 'shared' || event.type === 'passed') expect(move?.move).toBe('share');
          if (event.type === 'heard') expect(move?.move).toBe('hear');
          if (event.type === 'clarified' || event.type === 'confirmed') expect(move?.move).toBe('confirm');
        }
        const opened = result.decision.events.find((e) => e.type === 'prompt-opened');
        if (opened) seen.opened++;
        if (move && result.decision.events.some((e) => e.by === actor.id && e.type !== 'pace-set')) seen.turns++;
        const after = talkOf(result.state);
        if (opened) {
          expect(Object.values(after.pace).every((p) => p.kind === 'ready'), `seed ${seed}`).toBe(true);
          expect(after.groundRules.agreed).not.toBeNull();
          // Just before it opened, no prompt was in progress.
          const primary = result.decision.events.filter((e) => e.type !== 'prompt-opened');
          const justBefore = talkOf(primary.reduce(evolve, s));
          expect(justBefore.current === null || justBefore.current.step === 'done', `seed ${seed}`).toBe(true);
        }
        // Nothing is ever left waiting that could open: the referee opens it in the same step.
        expect(nextPrompt(after, decks), `seed ${seed} step ${step}`).toBeNull();
        s = result.state;
      }
    }
    // The walk must reach the interesting states, or it proves nothing.
    expect(seen.opened).toBeGreaterThan(200);
    expect(seen.turns).toBeGreaterThan(1000);
    expect(seen.refused).toBeGreaterThan(1000);
  });
});
