// Beside "I agree to these": before the ground rules were first agreed, agreeing opens the first
// prompt; after, the words may change while the conversation goes on, and the line must not
// promise a first prompt that opened long ago (seen in a browser walk, in both languages).
import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { nl } from '../../content/nl/index.ts';
import { lookup } from '../../shared/copy.ts';
import { agreeHintKey, mayAgree, rulesStateKey, shownStateKey } from '../../client/lib/rules-words.ts';
import { agreeRules, invitee, opener, openSpace, runAll, talkOf } from '../helpers/talk.ts';

describe('the line beside "I agree to these"', () => {
  it('says the first prompt opens only while the rules were never agreed', () => {
    const fresh = openSpace();
    expect(agreeHintKey(talkOf(fresh), 'We speak about today.')).toBe('rules.agreeHint');
    // One has agreed, the other not yet: still nothing has opened.
    const half = runAll(fresh, [agreeRules()[0]!]);
    expect(agreeHintKey(talkOf(half), 'We speak about today.')).toBe('rules.agreeHint');
  });

  it('once agreed and a prompt opened, changed words ask for agreement without promising a first prompt', () => {
    const talking = runAll(openSpace(), [...agreeRules(), [invitee, { type: 'share', deckId: 'light', promptId: 'p1', text: 'Tired.' }]]);
    expect(talkOf(talking).current).not.toBeNull();
    const changed = runAll(talking, [[opener, { type: 'agree-ground-rules', text: 'We speak about today. We may pause.' }]]);
    expect(agreeHintKey(talkOf(changed), 'We speak about today. We may pause.')).toBe('rules.agreeAgainHint');
  });

  it('has both lines in every language, and only the first speaks of the first prompt', () => {
    for (const [ui, firstPrompt, ready] of [[en.ui, /first prompt/, /both ready/], [nl.ui, /eerste vraag/, /allebei klaar/]] as const) {
      expect(lookup(ui, 'rules.agreeHint')).toMatch(firstPrompt);
      // Agreeing alone does not open it while one of the two is taking their time.
      expect(lookup(ui, 'rules.agreeHint')).toMatch(ready);
      const again = lookup(ui, 'rules.agreeAgainHint');
      expect(again).toBeTruthy();
      expect(again).not.toMatch(firstPrompt);
    }
  });

  it('says so when there are no ground rules, rather than "these"', () => {
    const fresh = openSpace();
    expect(agreeHintKey(talkOf(fresh), '  \n')).toBe('rules.agreeEmptyHint');
    const one = runAll(fresh, [[opener, { type: 'agree-ground-rules', text: '' }]]);
    expect(rulesStateKey(talkOf(one), '', opener.id, invitee.id)).toBe('rules.youAgreedEmpty');
    expect(rulesStateKey(talkOf(one), '', invitee.id, opener.id)).toBe('rules.otherAgreedEmpty');
    const both = runAll(one, [[invitee, { type: 'agree-ground-rules', text: '' }]]);
    expect(rulesStateKey(talkOf(both), '', opener.id, invitee.id)).toBe('rules.bothAgreedEmpty');
    // Words written afterwards are no longer what both agreed to: the first agreer hears they changed.
    expect(rulesStateKey(talkOf(both), 'We may pause.', opener.id, invitee.id)).toBe('rules.changed');
  });

  it('speaks of "these ground rules" only over words both agreed to', () => {
    const rules = 'We speak about today.';
    const one = runAll(openSpace(), [[opener, { type: 'agree-ground-rules', text: rules }]]);
    expect(rulesStateKey(talkOf(one), rules, opener.id, invitee.id)).toBe('rules.youAgreed');
    expect(rulesStateKey(talkOf(one), rules, invitee.id, opener.id)).toBe('rules.otherAgreed');
    expect(rulesStateKey(talkOf(openSpace()), rules, invitee.id, opener.id)).toBeNull();
    const both = runAll(one, [[invitee, { type: 'agree-ground-rules', text: rules }]]);
    expect(rulesStateKey(talkOf(both), rules, invitee.id, opener.id)).toBe('rules.bothAgreed');
  });

  it('offers agreeing only while the words standing now are not already mine', () => {
    const rules = 'We speak about today.';
    const key = (talk: ReturnType<typeof openSpace>, words: string, me: typeof opener) =>
      rulesStateKey(talkOf(talk), words, me.id, (me === opener ? invitee : opener).id);
    const fresh = openSpace();
    expect(mayAgree(key(fresh, rules, opener))).toBe(true);
    const one = runAll(fresh, [[opener, { type: 'agree-ground-rules', text: rules }]]);
    expect(mayAgree(key(one, rules, opener))).toBe(false);
    expect(mayAgree(key(one, rules, invitee))).toBe(true);
    // Changed after agreeing: mine again to agree to.
    expect(mayAgree(key(one, `${rules} We may pause.`, opener))).toBe(true);
    const both = runAll(one, [[invitee, { type: 'agree-ground-rules', text: rules }]]);
    expect(mayAgree(key(both, rules, opener))).toBe(false);
    expect(mayAgree(key(both, rules, invitee))).toBe(false);
    const none = runAll(fresh, [[opener, { type: 'agree-ground-rules', text: '' }]]);
    expect(mayAgree(key(none, '', opener))).toBe(false);
    expect(mayAgree(key(none, '', invitee))).toBe(true);
  });

  it('has the empty-rules lines in every language, naming no rules as "these"', () => {
    for (const ui of [en.ui, nl.ui]) {
      for (const key of ['rules.agreeEmptyHint', 'rules.bothAgreedEmpty', 'rules.youAgreedEmpty', 'rules.otherAgreedEmpty']) {
        expect(lookup(ui, key)).toBeTruthy();
        expect(lookup(ui, key)).not.toMatch(/\b(these|deze)\b/);
      }
    }
  });
});

describe('the line under the ground rules in a read-only space (walk 19)', () => {
  it('never asks to agree once the space is closed or the other has left, and still says what both agreed', () => {
    const half = talkOf(runAll(openSpace(), [agreeRules()[1]!]));
    const key = rulesStateKey(half, 'We speak about today.', opener.id, invitee.id);
    expect(key).toBe('rules.otherAgreed');
    expect(shownStateKey(key, false)).toBe('rules.otherAgreed');
    expect(shownStateKey(key, true)).toBeNull();
    expect(shownStateKey('rules.otherAgreedEmpty', true)).toBeNull();
    expect(shownStateKey('rules.changed', true)).toBeNull();
    expect(shownStateKey('rules.bothAgreed', true)).toBe('rules.bothAgreed');
    expect(shownStateKey('rules.youAgreed', true)).toBe('rules.youAgreed');
  });
});
