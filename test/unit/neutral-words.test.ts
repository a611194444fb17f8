// The other person is never given a gender. In Dutch "vriend" reads as a man and "vriendin"
// as a woman, and many pairs are two women, or anyone else; so Dutch copy names the other by
// name where the screen has it, else "de ander", "degene die ...", "jullie", "elkaar".
// "Vriendschap", "vriendelijk" and "bevriend" carry no gender and stay. In English the other
// is "they" or their name, never "he" or "she".
//
// Every JSON file under content/<language>/ is read, all of it, except what only matches what a
// person types (the text checks' phrases and word lists, and the trained model's numbers):
// people do write "mijn beste vriendin", and the checks must keep recognising it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** Files that hold no words to read: the checks' spellings and word classes, and the model. */
const MATCHING_ONLY_FILES = new Set(['checks/grammar.json', 'checks/model.json']);
/** Keys under which the checks hold patterns for what a person types, not words they read. */
const MATCHING_KEYS = new Set(['phrases', 'unless', 'despite', 'words', 'except', 'starts', 'endings', 'yieldsTo', 'yieldsInClauseTo']);

const GENDERED_NL = /(?<!\p{L})vriend(?:in)?(?:nen|en|je|jes|netje|netjes)?(?!\p{L})/giu;
const GENDERED_EN = /(?<!\p{L})(?:he|she|him|her|his|hers|himself|herself)(?!\p{L})/giu;

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** Every string a person may read in one parsed file, with the path that leads to it. */
function readable(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => readable(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (MATCHING_KEYS.has(k) ? [] : readable(v, [...path, k])));
  }
  return [];
}

/** "file key: the gendered word in its sentence" for each place a pattern finds. */
export function gendered(language: string, pattern: RegExp): string[] {
  const root = join(CONTENT, language);
  return jsonFiles(root).flatMap((file) => {
    const name = relative(root, file).split('\\').join('/');
    if (MATCHING_ONLY_FILES.has(name)) return [];
    return readable(JSON.parse(readFileSync(file, 'utf8'))).flatMap(({ path, text }) =>
      [...text.matchAll(pattern)].map((m) => `${name} ${path}: "${m[0]}" in "${text}"`));
  });
}

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
