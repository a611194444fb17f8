// The phrase-matching engine both text checks share: it finds a content file's patterns
// in a draft and drops any that an "unless" pattern explains away ("you always" is set
// aside inside "you always made me laugh"). Matching walks words, not characters, with
// bounded gaps, so a hostile or very long draft costs time in proportion to its length.
import { tokenize } from './tokenize.ts';
import type { Word } from './tokenize.ts';
import { MAX_GAP, parsePattern } from './pattern.ts';
import type { Pattern, Step, WordTest } from './pattern.ts';
import { classesOf, standardOf } from './grammar.ts';
import type { Grammar } from './grammar.ts';

/** A stretch of the original text: offsets (end exclusive) and the words as written. */
export interface Span {
  readonly start: number;
  readonly end: number;
  readonly match: string;
}

/** A draft read once into words (with their word classes), then matched against many patterns. */
export interface Doc {
  readonly text: string;
  readonly words: readonly Word[];
  /** The grammar's classes for each word; all empty when no grammar has been loaded. */
  readonly classes: readonly ReadonlySet<string>[];
  /** For each word, the standard word its spelling stands for ("egt" -> "echt"), or null. */
  readonly standards?: readonly (string | null)[];
}

/** Phrases to look for, and phrases that, where they match over the same words, cancel them. */
export interface RuleSet {
  readonly phrases: readonly string[];
  readonly unless?: readonly string[] | undefined;
  /** Patterns that void an unless match they overlap or directly follow: a kind word that is
   *  itself lost or negated ("mijn beste vriendin kwijt", "niet meer gelukkig", "thuis zonder
   *  baan") makes nothing kind. */
  readonly despite?: readonly string[] | undefined;
}

/** Word indexes: the highlighted part [from, to) and the whole match [wholeFrom, wholeTo). */
interface Hit {
  readonly from: number;
  readonly to: number;
  readonly wholeFrom: number;
  readonly wholeTo: number;
}

const NO_CLASSES: ReadonlySet<string> = new Set();

export function readDoc(text: string, grammar?: Grammar): Doc {
  const words = tokenize(text);
  const standards = words.map((w, i) => {
    const next = words[i + 1];
    return grammar ? standardOf(grammar, w.text, next && !next.breakBefore ? next.text : undefined) : null;
  });
  const classes = words.map((w, i) => {
    if (!grammar) return NO_CLASSES;
    const own = classesOf(grammar, w.text);
    const standard = standards[i];
    // A typed spelling belongs to the classes of the word it stands for, as well as its own.
    return standard ? new Set([...own, ...classesOf(grammar, standard)]) : own;
  });
  return { text, words, classes, standards };
}

/** A parsed pattern, with the words it can begin with when that is a closed set. */
interface Compiled {
  readonly pattern: Pattern;
  /** Null when the first step may begin with any word (a glob or a word class). */
  readonly firstWords: ReadonlySet<string> | null;
}

// Content is a fixed, small set of strings, so parsed patterns are kept for the life of the page.
const parsed = new Map<string, Compiled>();

function firstWordsOf(pattern: Pattern): ReadonlySet<string> | null {
  const first = pattern.steps[0];
  if (first === undefined || first.kind !== 'choice') return null;
  const words = new Set<string>();
  for (const option of first.options) {
    const test = option[0];
    // An empty option lets the next step begin the match: no closed set then.
    if (test === undefined || test.kind !== 'exact') return null;
    words.add(test.word);
  }
  return words;
}

function compile(source: string): Compiled {
  let compiled = parsed.get(source);
  if (!compiled) {
    const pattern = parsePattern(source);
    compiled = { pattern, firstWords: firstWordsOf(pattern) };
    parsed.set(source, compiled);
  }
  return compiled;
}

function passes(test: WordTest, word: string, classes: ReadonlySet<string>, standard: string | null = null): boolean {
  if (test.kind === 'class') return classes.has(test.name);
  if (standard !== null && passes(test, standard, classes)) return true;
  if (test.kind === 'exact') return word === test.word;
  if (test.prefix === '' && test.suffix === '') return true;
  // The star stands for at least one letter: "*ing" matches "missing", not "ing".
  return word.length > test.prefix.length + test.suffix.length &&
    word.startsWith(test.prefix) && word.endsWith(test.suffix);
}

/** Can word k join a match that began at word `first` (it exists, same sentence)? */
function canTake(words: readonly Word[], k: number, first: number): boolean {
  const word = words[k];
  return word !== undefined && (k === first || !word.breakBefore);
}

/** Tries steps[s..] from word w; on success, bounds[i] holds where step i began. */
function matchFrom(doc: Doc, steps: readonly Step[], s: number, w: number, first: number, bounds: number[], atEnd: boolean): boolean {
  const words = doc.words;
  bounds[s] = w;
  const step = steps[s];
  // With a trailing $, the word after the match must begin a new sentence or clause (or be none).
  if (step === undefined) return !atEnd || (doc.words[w]?.clauseStart ?? true);
  if (step.kind === 'gap') {
    for (let n = 0; n <= MAX_GAP; n += 1) {
      if (n > 0 && !canTake(words, w + n - 1, first)) return false;
      if (matchFrom(doc, steps, s + 1, w + n, first, bounds, atEnd)) return true;
    }
    return false;
  }
  for (const option of step.options) {
    let k = w;
    while (k - w < option.length) {
      const test = option[k - w];
      if (test === undefined || !canTake(words, k, first) || !passes(test, words[k]?.text ?? '', doc.classes[k] ?? NO_CLASSES, doc.standards?.[k] ?? null)) break;
      k += 1;
    }
    if (k - w === option.length && matchFrom(doc, steps, s + 1, k, first, bounds, atEnd)) return true;
  }
  return false;
}

function findHits(doc: Doc, { pattern, firstWords }: Compiled): Hit[] {
  const hits: Hit[] = [];
  const bounds: number[] = [];
  const last = pattern.steps.length;
  for (let first = 0; first < doc.words.length; first += 1) {
    // Most patterns begin with one of a few words: skip every other start at a glance.
    if (firstWords !== null && !firstWords.has(doc.words[first]?.text ?? '') && !firstWords.has(doc.standards?.[first] ?? '')) continue;
    if (pattern.anchored && !doc.words[first]?.clauseStart) continue;
    if (pattern.inQuestion && !doc.words[first]?.inQuestion) continue;
    if (!matchFrom(doc, pattern.steps, 0, first, first, bounds, pattern.anchoredEnd)) continue;
    const wholeTo = bounds[last] ?? first;
    const from = bounds[pattern.focusFrom] ?? first;
    const to = bounds[pattern.focusTo] ?? wholeTo;
    // An empty highlight (an optional part left out) falls back to the whole match.
    hits.push(to > from ? { from, to, wholeFrom: first, wholeTo } : { from: first, to: wholeTo, wholeFrom: first, wholeTo });
  }
  return hits;
}

/** Earliest first, longer first at the same start, then drop any that overlap one kept. */
function withoutOverlaps(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.from - b.from || b.to - a.to);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const previous = kept.at(-1);
    if (previous === undefined || hit.from >= previous.to) kept.push(hit);
  }
  return kept;
}

function toSpan(doc: Doc, fromWord: number, toWord: number): Span {
  const start = doc.words[fromWord]?.start ?? 0;
  const end = doc.words[toWord - 1]?.end ?? start;
  return { start, end, match: doc.text.slice(start, end) };
}

/** Where a rule set's phrases occur, minus any whose highlighted words an "unless" match
 *  touches, where no "despite" match overlaps (or directly follows) that unless match. */
export function findRuleSet(doc: Doc, rules: RuleSet): Span[] {
  const hits = rules.phrases.flatMap((source) => findHits(doc, compile(source)));
  if (hits.length === 0) return [];
  const found = (rules.unless ?? []).flatMap((source) => findHits(doc, compile(source)));
  const voids = found.length === 0 ? [] : (rules.despite ?? []).flatMap((source) => findHits(doc, compile(source)));
  // A despite match voids an unless match it overlaps or directly follows ("thuis | zonder baan").
  const blockers = found.filter((b) => !voids.some((v) => v.wholeFrom <= b.wholeTo && b.wholeFrom < v.wholeTo));
  const standing = hits.filter((hit) => !blockers.some((b) => b.wholeFrom < hit.to && hit.from < b.wholeTo));
  return withoutOverlaps(standing).map((hit) => toSpan(doc, hit.from, hit.to));
}

/** Spans from several sets, earliest first (longer first at a tie), none overlapping another. */
export function mergeSpans<T extends Span>(spans: readonly T[]): T[] {
  const kept: T[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const previous = kept.at(-1);
    if (previous === undefined || span.start >= previous.end) kept.push(span);
  }
  return kept;
}

/** Which part (0, 1, ...) the word that begins at or after `offset` belongs to, where a part
 *  begins at each word for which `starts` is true. */
function partAt(doc: Doc, offset: number, starts: (word: Doc['words'][number]) => boolean): number {
  let part = -1;
  for (const word of doc.words) {
    if (starts(word)) part += 1;
    if (word.end > offset) break;
  }
  return Math.max(part, 0);
}

/** Which clause of the whole text: a new one begins with each sentence and after , : a dash or
 *  an opening quote, and at each of `joins` (offsets of words that join a second order). */
export const clauseAt = (doc: Doc, offset: number, joins: ReadonlySet<number> = new Set()): number =>
  partAt(doc, offset, (w) => Boolean(w.clauseStart) || joins.has(w.start));

/** Which sentence. */
export const sentenceAt = (doc: Doc, offset: number): number => partAt(doc, offset, (w) => Boolean(w.breakBefore));

