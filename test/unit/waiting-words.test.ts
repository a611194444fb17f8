// While the other rests, the one who waits is told that nothing is expected of them, never
// that they are reading or writing.
import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { lookup } from '../../shared/copy.ts';
import { expectedMove } from '../../shared/space/talk-rules.ts';
import { waitingKey, wordsWaitKey } from '../../client/lib/waiting-words.ts';
import { agreeRules, invitee, opener, openSpace, runAll, talkOf } from '../helpers/talk.ts';

const on = { deckId: 'light', promptId: 'p1' };
const heard = () =>
  runAll(openSpace(), [...agreeRules(), [invitee, { type: 'share', ...on, text: 'Tired.' }], [opener, { type: 'hear', ...on, text: 'Tired.' }]]);

describe('what the one who waits is told', () => {
  it('says the other is reading what you heard while they are ready', () => {
    expect(waitingKey(expectedMove(talkOf(heard())), opener.id, 'ready')).toBe('round.waitConfirm');
  });

  it('says the other has paused, or is taking their time, and nothing is expected of them', () => {
    const paused = talkOf(runAll(heard(), [[invitee, { type: 'set-pace', pace: 'paused' }]]));
    expect(waitingKey(expectedMove(paused), opener.id, 'paused')).toBe('paceRest.paused');
    const slow = talkOf(runAll(heard(), [[invitee, { type: 'set-pace', pace: 'taking-time' }]]));
    expect(waitingKey(expectedMove(slow), opener.id, 'taking-time')).toBe('paceRest.takingTime');
    for (const key of ['paceRest.paused', 'paceRest.takingTime']) {
      const words = lookup(en.ui, key) ?? '';
      expect(words).toMatch(/Nothing is expected of them/);
      expect(words).not.toMatch(/reading|writing/);
    }
  });

  it('tells the one whose move it is that their words will wait for the other', () => {
    const s = talkOf(runAll(openSpace(), [...agreeRules(), [opener, { type: 'set-pace', pace: 'paused' }]]));
    // The first prompt opened before the pause; Sam speaks first.
    expect(wordsWaitKey(expectedMove(s), invitee.id, true)).toBe('paceRest.wordsWait');
    expect(lookup(en.ui, 'paceRest.wordsWait')).toBeTruthy();
    expect(waitingKey(expectedMove(s), invitee.id, 'paused')).toBeNull();
  });
});
