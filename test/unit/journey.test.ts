// The journey path marks only the steps a pair really took: skipping ahead to small promises
// does not tick "Meeting again" or "Talking it through".
import { describe, expect, it } from 'vitest';
import { journeySteps } from '../../client/lib/journey.ts';
import type { Command, SpaceState } from '../../shared/space/types.ts';
import { agreeRules, invitee, opener, openSpace, runAll } from '../helpers/talk.ts';

const path = (s: SpaceState) => {
  if (s.phase !== 'open' && s.phase !== 'closed') throw new Error('not open');
  return Object.fromEntries(journeySteps(s.talk, s.rebuild, s.phase === 'closed').map((step) => [step.key.replace('journey.', ''), step.state]));
};
const on = { deckId: 'light', promptId: 'p1' };
const firstPromptDone: [typeof opener, Command][] = [
  [invitee, { type: 'share', ...on, text: 'Tired.' }],
  [opener, { type: 'hear', ...on, text: 'You are tired.' }],
  [invitee, { type: 'confirm', ...on }],
  [opener, { type: 'share', ...on, text: 'Scared.' }],
  [invitee, { type: 'hear', ...on, text: 'You were scared.' }],
  [opener, { type: 'confirm', ...on }],
];
const promise: [typeof opener, Command] = [invitee, { type: 'propose-commitment', text: 'I will call you on Friday.' }];

describe('the journey path', () => {
  it('starts at the ground rules, then talking', () => {
    expect(path(openSpace())).toMatchObject({ joined: 'done', groundRules: 'current', rounds: 'upcoming' });
    expect(path(runAll(openSpace(), agreeRules()))).toMatchObject({ groundRules: 'done', rounds: 'current', meeting: 'upcoming' });
  });

  it('does not tick a meeting that never happened when a pair goes on to small promises', () => {
    const s = runAll(openSpace(), [...agreeRules(), ...firstPromptDone, promise]);
    expect(path(s)).toEqual({ joined: 'done', groundRules: 'done', rounds: 'done', meeting: 'upcoming', rebuilding: 'current', deciding: 'upcoming' });
  });

  it('does not tick talking when no prompt was finished', () => {
    const s = runAll(openSpace(), [...agreeRules(), promise]);
    expect(path(s)).toMatchObject({ rounds: 'upcoming', rebuilding: 'current' });
  });

  it('has no "here" once the space is closed: only the steps the pair took are ticked', () => {
    const s = runAll(openSpace(), [...agreeRules(), ...firstPromptDone, promise, [opener, { type: 'leave' }]]);
    expect(s.phase).toBe('closed');
    expect(path(s)).toEqual({ joined: 'done', groundRules: 'done', rounds: 'done', meeting: 'upcoming', rebuilding: 'done', deciding: 'upcoming' });
  });
});
