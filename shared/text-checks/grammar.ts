// The small grammar the checks read with: word classes such as "#past" (a verb in the past
// tense), "#neg" (a negation) or "#modal", defined per language in content/<locale>/checks/
// grammar.json by listing words and regular endings. A pattern token "#past" then covers
// "called", "came" and "forgot" in one rule, and "you never #past" is told apart from
// "you never have to". Closed word lists plus endings, not a statistical tagger: it is a few
// kilobytes, reads Dutch as well as English, and its every decision can be read in content.
import { z } from 'zod';

const word = z.string().min(1).transform((w) => w.toLowerCase().replace(/[\u2019\u2018\u02BC\u2032`]/g, "'"));

const wordClassSchema = z.object({
  /** Whole words in the class. */
  words: z.array(word).default([]),
  /** Regular endings ("ed"): a word with one, and at least `minStem` letters before it, is in. */
  endings: z.array(word).default([]),
  /** Regular beginnings ("ge" of a Dutch participle); with endings too, a word needs both. */
  starts: z.array(word).default([]),
  /** Letters needed between a beginning and an ending; 0 where a class is whole words joined
   *  (Dutch "vrijdag" + "avond"). */
  minStem: z.number().int().min(0).default(3),
  /** Words that have an ending but are not in the class ("need", "bed"). */
  except: z.array(word).default([]),
});

export const grammarSchema = z.object({
  classes: z.record(z.string().regex(/^[a-z]+$/, 'A class name is lower-case letters.'), wordClassSchema),
  /** Spellings people type for a word ("egt", "nie", "ff"): a draft's "egt" then matches every
   *  pattern written with "echt", so a list need not repeat each chat spelling. Optional. */
  spellings: z
    .record(z.string().regex(/^[\p{Ll}\p{N}']+$/u, 'A spelling is one lower-case word.'), word)
    .default({}),
  /** Spellings that stand for their word only before a word of a class: Limburgish "doe" is
   *  "jij" before a second-person verb ("doe höbs", "doe moos"), and stays the order "doe"
   *  anywhere else ("doe normaal"). Optional. */
  spellingsBefore: z
    .record(
      z.string().regex(/^[\p{Ll}\p{N}']+$/u, 'A spelling is one lower-case word.'),
      z.object({ word, before: z.string().regex(/^[a-z]+$/, 'Name a word class.') }),
    )
    .default({}),
});

export type Grammar = z.infer<typeof grammarSchema>;
export type GrammarInput = z.input<typeof grammarSchema>;

interface FormRule {
  readonly name: string;
  readonly endings: readonly string[];
  readonly starts: readonly string[];
  readonly minStem: number;
  readonly except: ReadonlySet<string>;
}

function hasForm(rule: FormRule, text: string): boolean {
  const start = rule.starts.length === 0 ? '' : rule.starts.find((s) => text.startsWith(s));
  if (start === undefined) return false;
  const end = rule.endings.length === 0 ? '' : rule.endings.find((e) => text.endsWith(e));
  if (end === undefined) return false;
  return text.length - start.length - end.length >= rule.minStem;
}

/** A grammar made ready for fast look-ups, with a cache of the words already read. */
interface ReadyGrammar {
  readonly byWord: Map<string, string[]>;
  readonly byForm: readonly FormRule[];
  readonly seen: Map<string, ReadonlySet<string>>;
}

const ready = new WeakMap<Grammar, ReadyGrammar>();
const NONE: ReadonlySet<string> = new Set();
// The cache is per grammar and bounded, so a long session of typing cannot grow it forever.
const MAX_CACHED_WORDS = 5_000;

function prepare(grammar: Grammar): ReadyGrammar {
  let r = ready.get(grammar);
  if (r) return r;
  const byWord = new Map<string, string[]>();
  for (const [name, cls] of Object.entries(grammar.classes)) {
    for (const w of cls.words) byWord.set(w, [...(byWord.get(w) ?? []), name]);
  }
  const byForm = Object.entries(grammar.classes)
    .filter(([, cls]) => cls.endings.length > 0 || cls.starts.length > 0)
    .map(([name, cls]) => ({ name, endings: cls.endings, starts: cls.starts, minStem: cls.minStem, except: new Set(cls.except) }));
  r = { byWord, byForm, seen: new Map() };
  ready.set(grammar, r);
  return r;
}

/** The classes a lower-cased word belongs to. */
export function classesOf(grammar: Grammar, text: string): ReadonlySet<string> {
  const g = prepare(grammar);
  const cached = g.seen.get(text);
  if (cached) return cached;
  const names = new Set(g.byWord.get(text) ?? []);
  for (const rule of g.byForm) {
    if (!names.has(rule.name) && !rule.except.has(text) && hasForm(rule, text)) names.add(rule.name);
  }
  const result = names.size === 0 ? NONE : names;
  if (g.seen.size >= MAX_CACHED_WORDS) g.seen.clear();
  g.seen.set(text, result);
  return result;
}

/** The standard word a typed spelling stands for ("egt" -> "echt"), or null when it has none.
 *  `next` is the word after it in the same sentence, for the spellings that hold only before a
 *  word of a class ("doe höbs": "doe" is "jij"). */
export function standardOf(grammar: Grammar, text: string, next?: string): string | null {
  const before = Object.hasOwn(grammar.spellingsBefore, text) ? grammar.spellingsBefore[text] : undefined;
  if (before !== undefined && next !== undefined && wordIn(grammar, next, before.before)) return before.word;
  const standard = Object.hasOwn(grammar.spellings, text) ? grammar.spellings[text] : undefined;
  return standard === undefined || standard === text ? null : standard;
}

/** Is a word, or the standard word its spelling stands for, in the class? */
function wordIn(grammar: Grammar, text: string, name: string): boolean {
  if (classesOf(grammar, text).has(name)) return true;
  const standard = Object.hasOwn(grammar.spellings, text) ? grammar.spellings[text] : undefined;
  return standard !== undefined && classesOf(grammar, standard).has(name);
}

/** Every "#class" a pattern refers to, for checking lists against their grammar. */
export function classNamesIn(pattern: string): string[] {
  return [...pattern.matchAll(/#([a-z]+)/g)].map((m) => m[1] ?? '');
}
