/// <reference types="vite/client" />
// Checks every deck, the reflection guide and the word lists in content/en against
// the schemas in shared/decks.ts, plus the voice rules a schema cannot express.
import { describe, expect, it } from 'vitest';
import {
  deckListSchema,
  deckSchema,
  findPrompt,
  reflectionGuideSchema,
  sortDecks,
  wordListsSchema,
} from '../../shared/decks.ts';
import type { Deck, Prompt } from '../../shared/decks.ts';
import reflectionJson from '../../content/en/reflection.json';
import wordsJson from '../../content/en/words.json';

const deckFiles = Object.entries(
  import.meta.glob<unknown>('../../content/en/decks/*.json', { eager: true, import: 'default' }),
);

/** The journey's themes, light to deep; more decks may sit between or after them. */
const JOURNEY_DECK_IDS = ['catching-up', 'the-distance', 'being-understood', 'my-part', 'missing-and-needing'];

const EMOJI = /\p{Extended_Pictographic}/u;
const INSTRUCTING_OPENERS = /^(explain|tell|describe|justify|admit|list|write|say)\b/i;
// Pressure, blame, "the past as a weapon", therapy jargon and fishing for forgiveness.
const FORBIDDEN_PHRASES = [
  'you should', 'you must', 'you need to', 'why did you', 'your fault', 'you always', 'you never',
  'last time you', 'trauma', 'boundaries', 'process your', 'closure', 'toxic', 'forgive', 'healing journey',
];
// Words that describe what someone else did rather than how I feel; they read as blame.
const ACCUSING_FEELINGS = [
  'abandoned', 'attacked', 'betrayed', 'blamed', 'cheated', 'ignored', 'let down', 'manipulated', 'rejected', 'used',
];
const MAX_PROMPT_LENGTH = 90;
const MAX_HINT_LENGTH = 80;

function makePrompt(id: string): Prompt {
  return { id, text: `What is ${id} like for you?` };
}

function makeDeck(id: string, order: number, promptIds = ['one', 'two', 'three', 'four', 'five', 'six']): Deck {
  return { id, order, title: `Deck ${id}`, intro: 'A gentle place to begin.', prompts: promptIds.map(makePrompt) };
}

/** The decks that pass the schema; a file that fails is reported by its own test, not by every test. */
function loadDecks(): Deck[] {
  return deckFiles.flatMap(([, raw]) => {
    const result = deckSchema.safeParse(raw);
    return result.success ? [result.data] : [];
  });
}

function deckCopy(deck: Deck): string[] {
  return [deck.title, deck.intro, ...deck.prompts.flatMap((p) => [p.text, p.hint ?? ''])];
}

function voiceProblems(text: string): string[] {
  const lower = text.toLowerCase();
  return [
    ...(text.includes('!') ? ['exclamation mark'] : []),
    ...(EMOJI.test(text) ? ['emoji'] : []),
    ...(text.includes('\u2014') ? ['em dash'] : []),
    ...FORBIDDEN_PHRASES.filter((phrase) => lower.includes(phrase)),
  ].map((problem) => `${problem} in "${text}"`);
}

describe('deck content files', () => {
  it('finds at least five valid deck files', () => {
    expect(deckFiles.length).toBeGreaterThanOrEqual(5);
    expect(loadDecks().length).toBe(deckFiles.length);
  });

  it.each(deckFiles)('%s matches the deck schema and is named after its id', (path, raw) => {
    const result = deckSchema.safeParse(raw);
    expect(result.error).toBeUndefined();
    expect(path.endsWith(`/${result.data?.id}.json`)).toBe(true);
  });

  it('has unique deck ids and unique orders across files', () => {
    const decks = loadDecks();
    expect(deckListSchema.safeParse(decks).error).toBeUndefined();
    expect(new Set(decks.map((d) => d.id)).size).toBe(decks.length);
    expect(new Set(decks.map((d) => d.order)).size).toBe(decks.length);
  });

  it('gives every deck at least six prompts with ids unique inside it', () => {
    for (const deck of loadDecks()) {
      expect(deck.prompts.length, deck.id).toBeGreaterThanOrEqual(6);
      expect(new Set(deck.prompts.map((p) => p.id)).size, deck.id).toBe(deck.prompts.length);
    }
  });

  it('walks the journey from light to deep in order', () => {
    const sortedIds = sortDecks(loadDecks()).map((d) => d.id);
    const journey = sortedIds.filter((id) => JOURNEY_DECK_IDS.includes(id));
    expect(journey).toEqual(JOURNEY_DECK_IDS);
  });

  it('speaks in Mend\u2019s voice: no exclamation marks, emoji, em dashes, pressure or jargon', () => {
    expect(loadDecks().flatMap(deckCopy).flatMap(voiceProblems)).toEqual([]);
  });

  it('asks every prompt as a short question that invites rather than instructs', () => {
    for (const prompt of loadDecks().flatMap((d) => d.prompts)) {
      expect(prompt.text.endsWith('?'), prompt.text).toBe(true);
      expect(prompt.text.length, prompt.text).toBeLessThanOrEqual(MAX_PROMPT_LENGTH);
      expect(INSTRUCTING_OPENERS.test(prompt.text), prompt.text).toBe(false);
      expect((prompt.hint ?? '').length, prompt.hint).toBeLessThanOrEqual(MAX_HINT_LENGTH);
    }
  });
});

describe('deckSchema', () => {
  it('accepts a well-formed deck', () => {
    expect(deckSchema.safeParse(makeDeck('catching-up', 1)).success).toBe(true);
  });

  it('rejects ids that are not kebab-case', () => {
    expect(deckSchema.safeParse(makeDeck('Catching_Up', 1)).success).toBe(false);
    expect(deckSchema.safeParse(makeDeck('catching-up', 1, ['one', 'two', 'three', 'four', 'five', 'Six'])).success).toBe(false);
  });

  it('rejects a deck with fewer than six prompts', () => {
    expect(deckSchema.safeParse(makeDeck('short', 1, ['one', 'two', 'three', 'four', 'five'])).success).toBe(false);
  });

  it('rejects a prompt id used twice in one deck', () => {
    const result = deckSchema.safeParse(makeDeck('twice', 1, ['one', 'two', 'three', 'four', 'five', 'one']));
    expect(result.error?.issues[0]?.message).toContain('"one"');
  });

  it('rejects blank or padded copy and unknown fields', () => {
    expect(deckSchema.safeParse({ ...makeDeck('blank', 1), title: '  ' }).success).toBe(false);
    expect(deckSchema.safeParse({ ...makeDeck('padded', 1), intro: 'Hello ' }).success).toBe(false);
    expect(deckSchema.safeParse({ ...makeDeck('extra', 1), colour: 'blue' }).success).toBe(false);
  });

  it('rejects two decks with the same id or the same order in one list', () => {
    expect(deckListSchema.safeParse([makeDeck('a', 1), makeDeck('a', 2)]).success).toBe(false);
    expect(deckListSchema.safeParse([makeDeck('a', 1), makeDeck('b', 1)]).success).toBe(false);
    expect(deckListSchema.safeParse([makeDeck('a', 1), makeDeck('b', 2)]).success).toBe(true);
  });
});

describe('sortDecks', () => {
  it('orders decks by their order, lowest first', () => {
    const sorted = sortDecks([makeDeck('deep', 5), makeDeck('light', 1), makeDeck('middle', 3)]);
    expect(sorted.map((d) => d.id)).toEqual(['light', 'middle', 'deep']);
  });

  it('returns a new array and leaves the input as it was', () => {
    const decks = [makeDeck('b', 2), makeDeck('a', 1)];
    const sorted = sortDecks(decks);
    expect(sorted).not.toBe(decks);
    expect(decks.map((d) => d.id)).toEqual(['b', 'a']);
  });

  it('breaks a tie in order by id so the result does not depend on input order', () => {
    expect(sortDecks([makeDeck('b', 1), makeDeck('a', 1)]).map((d) => d.id)).toEqual(['a', 'b']);
  });
});

describe('findPrompt', () => {
  const decks = [makeDeck('first', 1, ['shared-id', 'b', 'c', 'd', 'e', 'f']), makeDeck('second', 2, ['shared-id', 'x', 'y', 'z', 'w', 'v'])];

  it('returns the prompt with that id from that deck', () => {
    expect(findPrompt(decks, 'second', 'x')).toEqual(makePrompt('x'));
    expect(findPrompt(decks, 'first', 'shared-id')).toBe(decks[0]?.prompts[0]);
  });

  it('returns undefined for an unknown deck or a prompt from another deck', () => {
    expect(findPrompt(decks, 'missing', 'x')).toBeUndefined();
    expect(findPrompt(decks, 'first', 'x')).toBeUndefined();
  });

  it('finds every prompt in the real decks by its ids', () => {
    const real = loadDecks();
    for (const deck of real) {
      for (const prompt of deck.prompts) expect(findPrompt(real, deck.id, prompt.id)).toBe(prompt);
    }
  });
});

describe('reflection guide', () => {
  const guide = reflectionGuideSchema.parse(reflectionJson);

  it('tells the writer it is private, in the words used everywhere else', () => {
    expect(guide.intro).toContain('Only you can see this.');
  });

  it('walks from what happened to what I can live with, in that order', () => {
    expect(guide.sections.map((s) => s.id)).toEqual(['what-happened', 'my-part', 'their-side', 'what-i-hope-for', 'if-they-say-no']);
  });

  it('speaks in Mend\u2019s voice', () => {
    const copy = [guide.title, guide.intro, ...guide.sections.flatMap((s) => [s.title, s.prompt, s.hint ?? ''])];
    expect(copy.flatMap(voiceProblems)).toEqual([]);
  });

  it('rejects a section id used twice', () => {
    const section = { id: 'same', title: 'Same', prompt: 'What happened?' };
    expect(reflectionGuideSchema.safeParse({ title: 'T', intro: 'I', sections: [section, section] }).success).toBe(false);
  });
});

describe('feelings and needs word lists', () => {
  const lists = wordListsSchema.parse(wordsJson);
  const feelings = lists.feelings.flatMap((g) => g.words);
  const needs = lists.needs.flatMap((g) => g.words);

  it('holds a useful but scannable number of words', () => {
    expect(feelings.length).toBeGreaterThanOrEqual(60);
    expect(feelings.length).toBeLessThanOrEqual(100);
    expect(needs.length).toBeGreaterThanOrEqual(40);
    expect(needs.length).toBeLessThanOrEqual(60);
  });

  it('has no word twice within a list', () => {
    expect(new Set(feelings.map((w) => w.toLowerCase())).size).toBe(feelings.length);
    expect(new Set(needs.map((w) => w.toLowerCase())).size).toBe(needs.length);
  });

  it('uses plain lower-case words without punctuation', () => {
    for (const word of [...feelings, ...needs]) expect(word, word).toMatch(/^[a-z][a-z' -]*$/i);
    expect([...feelings, ...needs, ...lists.feelings.map((g) => g.group)].flatMap(voiceProblems)).toEqual([]);
  });

  it('leaves out words that name what the other person did instead of a feeling', () => {
    expect(feelings.filter((w) => ACCUSING_FEELINGS.includes(w))).toEqual([]);
  });

  it('rejects a word repeated across groups of one list', () => {
    const repeated = { feelings: [{ group: 'A', words: ['calm'] }, { group: 'B', words: ['Calm'] }], needs: [{ group: 'C', words: ['rest'] }] };
    expect(wordListsSchema.safeParse(repeated).success).toBe(false);
  });
});
