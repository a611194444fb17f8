// The trained model's guesses beside the rules (issue 11): read per sentence, only where the
// rules found nothing of that kind there, quoting the words that weighed most, and worded as a
// guess in every language. The example sentences are ones the committed model raises and the
// rules miss; a retrained model may need new ones (find them with modelFindings).
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { gentleKindsOf } from '../eval/measure.ts';
import { checkGentle, gentleNotes } from '../../shared/text-checks/gentle.ts';
import { guessNotes, guessWords, modelFindings, sentencesOf } from '../../shared/text-checks/guess.ts';
import { hashSlot, modelKinds, namedFeatures } from '../../shared/text-checks/model.ts';
import type { GentleModel } from '../../shared/text-checks/model.ts';
import { GENTLE_KINDS } from '../../shared/text-checks/schema.ts';
import type { GentleKind } from '../../shared/text-checks/schema.ts';
import { MAX_CHECKED_CHARS } from '../../shared/text-checks/tokenize.ts';

const content = { en: checkContentFor('en'), nl: checkContentFor('nl') };
const modelOf = (lang: 'en' | 'nl'): GentleModel => {
  const model = content[lang].model;
  if (!model) throw new Error(`no model for ${lang}`);
  return model;
};
const guessesIn = (lang: 'en' | 'nl', text: string) => {
  const c = content[lang];
  return modelFindings(text, modelOf(lang), c.grammar, checkGentle(text, c.gentle, c.grammar));
};

/** Each word's weight for a kind, worked out here from the features by name. */
function wordWeights(lang: 'en' | 'nl', text: string, kind: GentleKind): number[] {
  const model = modelOf(lang);
  const k = GENTLE_KINDS.indexOf(kind);
  const { byWord } = namedFeatures(text, { grammar: content[lang].grammar, rulesFound: new Set(), groups: model.groups });
  return byWord.map((names) => [...new Set(names.map((n) => hashSlot(n, model.bits)))].reduce((sum, slot) => sum + (model.weights.get(slot)?.[k] ?? 0), 0));
}

const MISSED_ULTIMATUM = "I'm selling the bike unless you pay your share.";

describe('the model beside the rules', () => {
  it('notes a kind the rules miss, quoting the words that weigh most for it', () => {
    expect(checkGentle(MISSED_ULTIMATUM, content.en.gentle, content.en.grammar)).toEqual([]);
    const guesses = guessesIn('en', MISSED_ULTIMATUM);
    expect(guesses.map((g) => g.kind)).toEqual(['ultimatum']);
    // Quoted as the phrase they stand in, the word between them included.
    expect(guesses[0]?.matches).toEqual(["selling the bike unless you pay"]);
    // The quoted words are the heaviest three of the sentence for that kind.
    const weights = wordWeights('en', MISSED_ULTIMATUM, 'ultimatum');
    const words = ["i'm", 'selling', 'the', 'bike', 'unless', 'you', 'pay', 'your', 'share'];
    const heaviest = weights.map((w, i) => ({ w, word: words[i] })).sort((a, b) => b.w - a.w).slice(0, 3).map((x) => x.word);
    expect(new Set(heaviest)).toEqual(new Set(['selling', 'unless', 'pay']));
  });

  it('places a guess in its sentence, with offsets into the whole text', () => {
    const text = `Thank you for the card. ${MISSED_ULTIMATUM}`;
    const [guess] = guessesIn('en', text);
    expect(guess?.sentence).toBe(1);
    expect(text.slice(guess?.start, guess?.end)).toBe("selling the bike unless you pay");
  });

  it('adds no second note where the rules already found that kind in the sentence', () => {
    const text = "If you don't call, we're done.";
    const rules = checkGentle(text, content.en.gentle, content.en.grammar);
    expect(rules.map((f) => f.kind)).toContain('ultimatum');
    // The model agrees, and still says nothing: the rules' note is enough.
    expect(modelKinds(text, modelOf('en'), content.en.grammar, new Set(rules.map((f) => f.kind)))).toContain('ultimatum');
    expect(guessesIn('en', text)).toEqual([]);
  });

  it('stays quiet on kind sentences', () => {
    for (const text of ["I'd love to see you when you're ready.", 'Thank you for the card, it made my week.']) expect(guessesIn('en', text)).toEqual([]);
    expect(guessesIn('nl', 'Ik zou je graag zien als je er klaar voor bent.')).toEqual([]);
  });

  it('reads Dutch too', () => {
    const text = 'eind van de week antwoord graag';
    expect(checkGentle(text, content.nl.gentle, content.nl.grammar)).toEqual([]);
    expect(guessesIn('nl', text).map((g) => g.kind)).toEqual(['urgency']);
  });

  it('reads only as far as the rules do', () => {
    const text = `${'Thank you for the card. '.repeat(Math.ceil(MAX_CHECKED_CHARS / 24))}${MISSED_ULTIMATUM}`;
    expect(guessesIn('en', text)).toEqual([]);
    expect(sentencesOf(text).every((s) => s.start < MAX_CHECKED_CHARS)).toBe(true);
  });

  it('counts in the measured figures: the product finds what rules and model find', () => {
    expect(gentleKindsOf(MISSED_ULTIMATUM, content.en)).toEqual(new Set(['ultimatum']));
    expect(gentleKindsOf(MISSED_ULTIMATUM, { ...content.en, model: undefined })).toEqual(new Set());
  });
});

describe('guess notes', () => {
  it.each(['en', 'nl'] as const)('are worded for every kind, and say they are a guess, in %s', (lang) => {
    const words = content[lang].gentle.guess;
    if (!words) throw new Error(`no guess words in content/${lang}/checks/gentle.json`);
    for (const kind of GENTLE_KINDS) {
      const { explanation, suggestion } = guessWords(words, kind);
      expect(explanation.endsWith(words.onlyGuess), kind).toBe(true);
      expect(explanation.length).toBeGreaterThan(words.onlyGuess.length + 1);
      expect(suggestion, kind).toBe(words.kinds[kind].suggestion);
    }
  });

  it('join the rules’ notes, one per kind and sentence, with the guess’s own words', () => {
    const text = `You never listen. ${MISSED_ULTIMATUM}`;
    const found = checkGentle(text, content.en.gentle, content.en.grammar);
    const words = content.en.gentle.guess;
    if (!words) throw new Error('no guess words');
    const notes = [...gentleNotes(found), ...guessNotes(modelFindings(text, modelOf('en'), content.en.grammar, found), (kind) => guessWords(words, kind))];
    const guess = notes.find((n) => n.rule === 'guess.ultimatum');
    expect(guess).toEqual({
      kind: 'ultimatum',
      rule: 'guess.ultimatum',
      matches: ["selling the bike unless you pay"],
      explanation: `${words.kinds.ultimatum.explanation} ${words.onlyGuess}`,
      suggestion: words.kinds.ultimatum.suggestion,
    });
    expect(notes.filter((n) => n.rule.startsWith('guess.'))).toHaveLength(1);
    expect(notes.some((n) => n.kind === 'past' && !n.rule.startsWith('guess.'))).toBe(true);
  });
});
