// Which writing set each tuning line came from. The corpus was written in sets: the first
// lines and each "round N" batch by the person tuning the rules, and each "held-out set N" by
// a blind writer, later moved into tuning, or "blind set N" by a blind writer for tuning. A set's lines start after a comment naming it, so
// the source file is read as text to find them (the `lines` arrays have lost their comments).
// Used to measure the model "leave one set out": trained without a writer's set, tested on it,
// which is the nearest the tuning part comes to a fresh writer.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SetOfLine {
  /** The comment that opened the set, e.g. "held-out set 4, studied in round 9". */
  readonly name: string;
  /** Written by a blind writer (a held-out set), not by the person tuning the rules. */
  readonly blind: boolean;
}

/** A comment that opens a new set, as opposed to one that heads a kind within a set. */
const SET_START = /^\s*\/\/\s*(held-out sets? \d|held out until|blind set \d|round \d|(second|third) round|(tweede|derde|vierde) ronde)/i;
const BLIND = /^\s*\/\/\s*(held-out sets? \d|held out until|blind set \d)/i;
const ENTRY = /^\s*\[\s*['"]/;

/** The set of each entry of a tuning file's `lines`, in order. */
export function setsInSource(source: string): SetOfLine[] {
  let current: SetOfLine = { name: 'first lines', blind: false };
  const out: SetOfLine[] = [];
  for (const line of source.split('\n')) {
    if (SET_START.test(line)) current = { name: line.replace(/^\s*\/\/\s*/, '').trim(), blind: BLIND.test(line) };
    else if (ENTRY.test(line)) out.push(current);
  }
  return out;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Sets of the tuning lines of one language and check; throws if they do not line up with `count`. */
export function tuningSets(lang: 'en' | 'nl', count: number, check: 'gentle' | 'apology' = 'gentle'): SetOfLine[] {
  const sets = setsInSource(fs.readFileSync(path.join(here, lang, `${check}.tuning.ts`), 'utf8'));
  if (sets.length !== count) throw new Error(`${lang}: found ${sets.length} entries in the tuning source, but ${count} lines were loaded.`);
  return sets;
}
