// The Dutch content bundle, the same shape as content/en/index.ts: every file in content/nl/
// that code reads. A test (test/unit/content-parity.test.ts) keeps the two in step.
// The text checks' Dutch rules (checks/) are not in it: the client loads them lazily
// (client/lib/check-content.ts), as it does the English ones.
import composer from './composer.json';
import exportCopy from './export.json';
import beingUnderstood from './decks/being-understood.json';
import catchingUp from './decks/catching-up.json';
import missingAndNeeding from './decks/missing-and-needing.json';
import myPart from './decks/my-part.json';
import theDistance from './decks/the-distance.json';
import reflection from './reflection.json';
import ui from './ui.json';
import words from './words.json';

export const nl = {
  ui: { ...ui, ...composer, ...exportCopy },
  decks: [catchingUp, theDistance, beingUnderstood, myPart, missingAndNeeding],
  reflection,
  words,
};
