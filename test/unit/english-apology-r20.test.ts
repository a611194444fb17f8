// Round 20 of the English apology checklist: shapes read after held-out sets 16 and 16b, each
// caught in the misses of two or more writers' sets. Each shape has paraphrases of my own that
// must be found and kind look-alikes sharing its words that must stay quiet, so a rule that fits
// one corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkReaders } from '../helpers/check-readers.ts';

const { stateOf, flagsOf } = checkReaders('en');

// The effect told as a story of what followed: what other people then did to them ("people
// were messaging you", "the lads have been ribbing you", "everyone went quiet on you"), the
// stick or warning they got, what they could not do for a span after ("you didn't sleep",
// "you haven't been back since"), "it stayed with you", "made it hell for you", "put your job
// at risk", "your mum had to hear it". The other's own choice or my own doing stays no effect.
describe('the English apology checklist reads an effect told as what followed (round 20)', () => {
  it.each([
    "I'm sorry I shared your news. Half the office were messaging you about it by lunch.",
    "Sorry I told the team about the interview. They've been teasing you ever since.",
    "I'm sorry I said it at the dinner. The whole table went quiet on you.",
    "I'm sorry I posted the clip. You got so much grief for it at school.",
    "I'm sorry I reported the till short. You got a written warning.",
    "I'm sorry I lost the dog. You didn't sleep for three nights.",
    "Sorry for what I said at choir. You haven't been back since.",
    "I'm sorry I called you that. I know it stayed with you for months.",
    "I'm sorry I undermined you at work. It made the whole year hell for you.",
    "I'm sorry about the email to your manager. It put your job at risk.",
    "I'm sorry I told the street. Your dad had to hear it from the postman.",
    "I'm sorry I forgot to collect you. You waited at the station for me till midnight.",
    "I'm sorry I left early. You've been doing the accounts on your own since May.",
  ])('reads an effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).toBe('met');
  });

  it.each([
    "I'm sorry I went quiet on you for a year.",
    "I'm sorry I was messaging you so late at night.",
    "I'm sorry I shouted. You chose to go home alone, and that was fair.",
    "I'm sorry I missed the party. As your friend I had to be honest about why.",
  ])('reads no effect in "%s"', (text) => {
    expect(stateOf(text, 'namesEffect')).not.toBe('met');
  });
});

// A change told as a plan in any form: the present for the future ("I'm paying it back"), a
// refusal with its condition ("I won't ... without asking", "not while", "any more"), "I will
// never again", "from next month", "henceforth", "I'll ensure", a step already taken ("I've
// stood down", "I've asked to be moved", "I already booked"), a time put first ("On Sunday I'll
// ..."). A wish, a feeling or a sad "never again" stays short of it.
describe('the English apology checklist reads a change told as a plan in any form (round 20)', () => {
  it.each([
    "I'm sorry I broke the lamp. I'm buying you a new one back from the same shop.",
    "I'm sorry I read your texts. I won't touch your phone without asking.",
    "I'm sorry I brought him. I won't invite him to ours any more.",
    "I'm sorry I gossiped. I will never again repeat what you tell me.",
    "I'm sorry I took the slot. From next week the slot is yours.",
    "I apologise for the tone of my letter. Henceforth all correspondence will come to you first.",
    "I apologise for the delay. I will ensure the deposit reaches you this week.",
    "I'm sorry I ran the meeting over you. I've stepped down as chair.",
    "I'm sorry I missed the christening. I already booked the train for the party.",
    "I'm sorry I forgot your birthday. On Saturday I'll take you for lunch.",
    "I'm sorry I was late again. I'm leaving the house an hour early every week before training.",
  ])('reads a change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).toBe('met');
  });

  it.each([
    "I'm sorry. I won't ask you to reply unless you want to.",
    "I'm sorry. At least I'll know I said it.",
    "I'm sorry. We may never again talk the way we did.",
    "I'm sorry I missed it. I'm not sure what else to say.",
  ])('reads no change in "%s"', (text) => {
    expect(stateOf(text, 'doesDifferently')).not.toBe('met');
  });
});

// Asking something back in more words: a meeting put as a question ("Pint?", "coffee on
// Sunday?"), "text me back", "can you at least reply", "I'd love it if you'd reply", "can we be
// ok?", "let us move on", "when you apologise for ...", "consider accepting this apology". A
// promise that waits for them ("unless you say it's okay"), a formal "please accept my
// apologies" and a rhetorical "how could I have ...?" ask nothing.
describe('the English apology checklist reads more ways of asking back (round 20)', () => {
  it.each([
    "I'm sorry I snapped at you. Coffee on Sunday?",
    "Sorry I forgot the tickets. Drink?",
    "I'm sorry I missed your call. Ring me back when you get this.",
    "I'm sorry I was short with you. Can you at least reply to this?",
    "I'm sorry I left. I'd love it if you'd write back.",
    "sorry about the party. can we be ok again?",
    "I regret my words at the meeting. Let us put it behind us.",
    "I'll say sorry for the wedding when you say sorry for the christening.",
    'I apologise for the letter, and I ask that you consider accepting this apology.',
  ])('reads an ask in "%s"', (text) => {
    expect(flagsOf(text)).toContain('asksNothing');
  });

  it.each([
    "I'm sorry I told your sister. I won't share anything of yours unless you say it's okay.",
    "I'm sorry I read your diary. How could I have done that to you?",
    "Please accept my sincere apologies for reading your diary.",
  ])('reads no ask in "%s"', (text) => {
    expect(flagsOf(text)).not.toContain('asksNothing');
  });
});

// Older rules that flagged sound apologies, tightened: the bare-owning general sorry stands
// down where a deed is told after it ("Sorry, mate, for taking ..."), "but really I was ..."
// owns more rather than hedging, "you had to ... as well" is an effect, "I told them you were
// ..." is my act. A sorry that names nothing is still a general sorry, and a real "but you ..."
// is still a hedge.
describe('the English apology checklist leaves sound apologies unflagged (round 20)', () => {
  it.each([
    'Sorry, love, for shouting at you in the car park.',
    'I am sorry, truly, that I used the holiday money without asking.',
    'sorry. for the photo. for sending it round.',
    "I told them I was worried for you, but really I was stirring, and I'm sorry.",
    "I'm sorry I missed the match. You had to play two positions as well.",
    "I'm sorry I told the boss you were too ill to come in.",
  ])('flags nothing in "%s"', (text) => {
    expect(flagsOf(text)).toEqual([]);
  });

  it.each([
    ["I'm sorry, mate.", 'namesAct'],
    ["I'm sorry I shouted, but you wound me up.", 'ownsIt'],
  ] as const)('still flags "%s"', (text, id) => {
    expect(flagsOf(text)).toContain(id);
  });
});

// Owning told as a judgement on myself in any noun ("I was the worst", "a right numpty", "an
// absolute galah"), "I take the blame": with no act named, a general sorry. The same words
// about someone else own nothing.
describe('the English apology checklist reads a self-judgement as owning (round 20)', () => {
  it.each(['Honestly, I was the worst.', "I've been a total clown about all of it.", 'I take the blame, all of it.'])(
    'reads owning without an act in "%s"',
    (text) => {
      expect(stateOf(text, 'ownsIt')).toBe('met');
      expect(stateOf(text, 'namesAct')).toBe('flagged');
    },
  );

  it.each(['He was the worst at keeping secrets.', 'You were a total clown at the wedding, and it was brilliant.'])(
    'reads no owning in "%s"',
    (text) => {
      expect(stateOf(text, 'ownsIt')).not.toBe('met');
    },
  );
});
