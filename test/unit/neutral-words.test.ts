// The other person is never given a gender. In Dutch "vriend" reads as a man and "vriendin"
// as a woman, and many pairs are two women, or anyone else; so Dutch copy names the other by
// name where the screen has it, else "de ander", "degene die ...", "jullie", "elkaar".
// "Vriendschap", "vriendelijk" and "bevriend" carry no gender and stay. In English the other
// is "they" or their name, never "he" or "she".
//
// Every JSON file under content/<language>/ is read, all of it, except what only matches what a
// person types (the text checks' phrases and word lists, and the trained model's numbers):
// people do write "mijn beste vriendin", and the checks must keep recognising it.
import { describe, expect, it } from 'vitest';
import { readable, readableTexts } from '../helpers/content-text.ts';

const GENDERED_NL = /(?<!\p{L})vriend(?:in)?(?:nen|en|je|jes|netje|netjes)?(?!\p{L})/giu;
const GENDERED_EN = /(?<!\p{L})(?:he|she|him|her|his|hers|himself|herself)(?!\p{L})/giu;

/** "file key: the gendered word in its sentence" for each place a pattern finds. */
const gendered = (language: string, pattern: RegExp): string[] =>
  readableTexts(language).flatMap(({ where, text }) => [...text.matchAll(pattern)].map((m) => `${where}: "${m[0]}" in "${text}"`));

describe('words for the other person', () => {
  it('finds what it looks for, and leaves friendship and kindness alone', () => {
    const found = (text: string) => [...text.matchAll(GENDERED_NL)].map((m) => m[0]);
    expect(found('Wat wil je dat je vriend begrijpt? Een vriendin, vrienden, vriendinnen.')).toEqual(['vriend', 'vriendin', 'vrienden', 'vriendinnen']);
    expect(found('Onze vriendschap, vriendelijk, bevriend, vriendschappen.')).toEqual([]);
    expect([...'She asked him; they answered.'.matchAll(GENDERED_EN)].map((m) => m[0])).toEqual(['She', 'him']);
    expect(readable({ phrases: ['mijn vriendin'], label: 'x' })).toEqual([{ path: 'label', text: 'x' }]);
  });

  it('Dutch never calls the other "vriend" or "vriendin"', () => {
    expect(gendered('nl', GENDERED_NL)).toEqual([]);
  });

  it('English never calls the other "he" or "she"', () => {
    expect(gendered('en', GENDERED_EN)).toEqual([]);
  });
});
