// Round 20 of the English text checks: shapes read after held-out sets 16 and 16b, each kept
// only where writers of at least two sets used it. Each shape has paraphrases of my own that
// must be found and kind look-alikes sharing its words that must stay quiet, so a rule that
// fits one corpus line alone fails here.
import { describe, expect, it } from 'vitest';
import { checkReaders } from '../helpers/check-readers.ts';

const { kinds } = checkReaders('en');

// Blame told as a result: a bad outcome "because you" did a wrong, "since your complaint",
// "as a result of what you", "behind my back", "you made everything weird", "it was you who".
describe('the English gentle check reads blame told as a result (round 20)', () => {
  it.each([
    'My savings are gone because you stopped paying your half.',
    "The shop folded 'cause you walked off with the keys.",
    'I was awake all night bc u left the door open.',
    'Nobody at work will talk to me since your complaint.',
    'The band dropped me after your outburst at the gig.',
    'I lost my place on the course as a direct result of what you said.',
    'You went to my manager behind my back.',
    'you made everything so awkward at the party',
    "You've made every song we wrote together feel worthless.",
    'My knee will never be right, and that is down to you.',
    'Your doing.',
    'It was you who leaked the photos.',
    'yr the one who walked out on the band, not me',
    'You put me in hospital with that stunt.',
    'Thanks for nothing.',
  ])('finds blame in "%s"', (text) => {
    expect(kinds(text)).toContain('blame');
  });

  it.each([
    'I smiled all day because you called.',
    'I stayed because you asked me to, and I am glad I did.',
    "You'd never go behind my back, I know that.",
    'As a result of your help I passed the exam.',
    'You made everything feel easier that year.',
    "I'm so much happier now, and part of that is down to you.",
    "The new kitchen looks amazing, and that's down to you.",
    'It was you who taught me to swim.',
    'Because of you I still climb every weekend. Thank you.',
    "It wasn't because of you that I moved away.",
    "It's your fault I'm hooked on crosswords now, ha.",
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('blame');
  });

  it('still reads a hurt that lasts after "because of you I still"', () => {
    expect(kinds("Because of you I still can't sleep.")).toContain('blame');
  });
});

// The past as the same thing done to others before, a promise said before, wrongs counted.
describe('the English gentle check reads an old wrong done before (round 20)', () => {
  it.each([
    'You did it to Sam and now you are doing it to me.',
    'You did the same thing to your sister a few years back.',
    'You did this with the last flatmate too.',
    'the same trick you pulled on my cousin',
    "You said you'd change after the last fight. You didn't.",
    'first the rent, then the car, now this',
  ])('finds the past in "%s"', (text) => {
    expect(kinds(text)).toContain('past');
  });

  it.each([
    'You did the same thing for me when I moved, and I never forgot it.',
    'You did it with such care, thank you.',
    'First the starter, then the main, then pudding.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('past');
  });
});

// Needing and owing in every pronoun a writer uses, and an order to read it all.
describe('the English gentle check reads a need put on the other (round 20)', () => {
  it.each([
    'Tha needs to give us the ladder back.',
    "y'all need to come get your boxes",
    'You do still need to pay me back for the tickets.',
    'Yer owe me forty quid for the taxi.',
    'Please read the whole letter.',
    'Read the whole letter, every word.',
  ])('finds pressure in "%s"', (text) => {
    expect(kinds(text)).toContain('pressure');
  });

  it.each([
    "y'all need to come see the new puppy, she's gorgeous",
    'Read it whenever you like, or not at all.',
    'I need to give you your ladder back.',
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).not.toContain('pressure');
  });
});

// "or else" offering another way, not a threat.
describe('the English gentle check hears "or else" in a kind offer (round 20)', () => {
  it.each([
    "We could meet at the cafe, or else just talk on the phone, whichever's easier for you.",
    "I'll bake a cake, or else Dad will bring his fruitcake again, and nobody wants that.",
  ])('stays quiet on "%s"', (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('still reads a bare "or else" as an ultimatum', () => {
    expect(kinds('Pay me back, or else.')).toContain('ultimatum');
  });
});
