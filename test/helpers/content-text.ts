// Every string a person may read in content/<language>/, with where it sits, for tests that
// hold the copy to a rule. All of every JSON file is read, except what only matches what a
// person types (the text checks' phrases and word lists, and the trained model's numbers):
// people do write "mijn beste vriendin", and the checks must keep recognising it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');

/** Files that hold no words to read: the checks' spellings and word classes, and the model. */
const MATCHING_ONLY_FILES = new Set(['checks/grammar.json', 'checks/model.json']);
/** Keys under which the checks hold patterns for what a person types, not words they read. */
const MATCHING_KEYS = new Set(['phrases', 'unless', 'despite', 'words', 'except', 'starts', 'endings', 'yieldsTo', 'yieldsInClauseTo']);

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return jsonFiles(path);
    return entry.name.endsWith('.json') ? [path] : [];
  });
}

/** Every string a person may read in one parsed file, with the path that leads to it. */
export function readable(value: unknown, path: string[] = []): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path: path.join('.'), text: value }];
  if (Array.isArray(value)) return value.flatMap((v, i) => readable(v, [...path, String(i)]));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) => (MATCHING_KEYS.has(k) ? [] : readable(v, [...path, k])));
  }
  return [];
}

/** Every readable string of one language, as "file key" and the text. */
export function readableTexts(language: string): { where: string; text: string }[] {
  const root = join(CONTENT, language);
  return jsonFiles(root).flatMap((file) => {
    const name = relative(root, file).split('\\').join('/');
    if (MATCHING_ONLY_FILES.has(name)) return [];
    return readable(JSON.parse(readFileSync(file, 'utf8'))).map(({ path, text }) => ({ where: `${name} ${path}`, text }));
  });
}
