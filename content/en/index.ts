// The English content bundle: every file in content/en/ that code reads, in one place.
// Adding a deck means adding its JSON file and one import line here. The text checks' files
// (checks/) are not in it: the client loads them lazily (client/lib/check-content.ts).
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

export const en = {
  // The composers' and the export's copy live in their own files; all are one namespace of keys.
  ui: { ...ui, ...composer, ...exportCopy },
  decks: [catchingUp, theDistance, beingUnderstood, myPart, missingAndNeeding],
  reflection,
  words,
};
