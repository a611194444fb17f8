// Sentences a person met that read as raw or said something untrue, kept from coming back.
import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { nl } from '../../content/nl/index.ts';
import { lookup } from '../../shared/copy.ts';

const ui = (key: string) => lookup(en.ui, key) ?? '';

describe('sentences people meet', () => {
  it('does not repeat a heading as the first sentence under it', () => {
    const heading = ui('spaces.phase.declined');
    expect(ui('invitationLink.declined').startsWith(heading)).toBe(false);
  });

  it('says who began a look at the friendship, in a sentence that reads', () => {
    expect(ui('events.reassessment-opened')).toBe('{name} asked to look at where your friendship is now.');
  });

  it('gives a gentle example for a date that matters', () => {
    expect(ui('dates.form.labelHint')).not.toMatch(/died/);
  });

  it('says the path is not locked, as the rule is: meeting, rebuilding and deciding are open from the start', () => {
    expect(ui('journey.anyOrder')).not.toMatch(/opens when you are both ready/);
  });

  it('promises no way back to a single prompt once all are done: a set can be chosen again, from its start (talk.test.ts)', () => {
    const nlAllDone = lookup(nl.ui, 'round.allDone') ?? '';
    expect(ui('round.allDone')).not.toMatch(/any of them/);
    expect(ui('round.allDone')).toMatch(/a set/);
    expect(nlAllDone).not.toMatch(/elke vraag/);
    expect(nlAllDone).toMatch(/een reeks/);
  });

  it('offers no skip on a check-in without a control for it', () => {
    expect(ui('checkins.skip')).not.toMatch(/skip/i);
  });

  it('tells someone signing up from an invitation a true thing about who sees their name: they invited nobody', () => {
    for (const copy of [en.ui, nl.ui]) for (const key of ['signUpNames.displayNameHint', 'account.nameHint']) {
      const hint = lookup(copy, key) ?? '';
      expect(hint).not.toMatch(/you invite|je uitnodigt/);
      expect(hint).toMatch(/share a space|een ruimte deelt/);
    }
  });
});
