// A small trained model beside a check's rules: per label (a gentle kind, or an apology item or
// flag), a logistic regression over hashed features of the words (content/<locale>/checks/
// model.json and apology-model.json, made by `npm run train:checks`). The rules name what they
// find and why; the model only says "this sentence reads like pressure", so it can catch
// wordings no rule lists. Features come from
// one function, `featuresOf`, used by training and scoring alike, so the two cannot drift.
// Everything here is pure and runs in the browser; no draft leaves it.
import { z } from 'zod';
import { GENTLE_KINDS } from './schema.ts';
import type { GentleKind } from './schema.ts';
import { classesOf, standardOf } from './grammar.ts';
import type { Grammar } from './grammar.ts';
import { tokenize } from './tokenize.ts';
import type { Word } from './tokenize.ts';

/** The groups of features a model may be trained on; model.json names the ones it used. */
export const FEATURE_GROUPS = ['words', 'chars', 'classes', 'punct', 'rules'] as const;
export type FeatureGroup = (typeof FEATURE_GROUPS)[number];
/** Bumped whenever a group's features change meaning, so an old model.json is refused. */
const RECIPE_VERSION = 'v2';
/**
 * The groups training uses unless told otherwise. With the rules' findings among them the
 * model learns where the rules are trusted and adds to them; on the replayed rounds
 * (scripts/checks-model/replay.ts) it gained as much as without them, for fewer false flags.
 */
export const DEFAULT_GROUPS: readonly FeatureGroup[] = ['words', 'chars', 'classes', 'punct', 'rules'];
/** Features are hashed into 2^bits slots: no vocabulary to ship, and unseen words cost nothing. */
export const FEATURE_BITS = 18;
const CHAR_GRAMS = [3, 4, 5] as const;
/** How far apart two word classes may be and still count as a pair ("you really #harm"). */
const CLASS_WINDOW = 3;

/** "v2:words+chars+...": the recipe string model.json carries. */
export function recipeOf(groups: readonly FeatureGroup[]): string {
  return `${RECIPE_VERSION}:${FEATURE_GROUPS.filter((g) => groups.includes(g)).join('+')}`;
}

/** The groups of a recipe string, or null for one this code does not make. */
export function groupsOfRecipe(recipe: string): FeatureGroup[] | null {
  const [version, list = ''] = recipe.split(':');
  if (version !== RECIPE_VERSION) return null;
  const groups = list.split('+').filter(Boolean);
  if (groups.length === 0 || !groups.every((g) => (FEATURE_GROUPS as readonly string[]).includes(g))) return null;
  return recipeOf(groups as FeatureGroup[]) === recipe ? (groups as FeatureGroup[]) : null;
}

/** A sentence as the model sees it: sorted distinct slots, each with the same value. */
export interface Features {
  readonly slots: Int32Array;
  /** 1/sqrt(number of slots): every sentence has length 1, so long ones do not shout. */
  readonly value: number;
}

/** FNV-1a over UTF-16 code units: the same slot in every engine, cheap, no tables. */
export function hashSlot(feature: string, bits: number = FEATURE_BITS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < feature.length; i++) {
    h ^= feature.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & ((1 << bits) - 1);
}

/** "don't", "dont" and "don’t" are one word to the model, and "egt" is "echt". */
function plainWord(w: Word, grammar: Grammar | undefined): string {
  const standard = grammar ? standardOf(grammar, w.text) : null;
  return (standard ?? w.text).replace(/'/g, '');
}

/** What else the model reads beside the words: the grammar, and what the rules found. */
export interface FeatureContext {
  readonly grammar?: Grammar;
  /** The labels the rules raised on this text (needed for the 'rules' group). */
  readonly rulesFound?: ReadonlySet<string>;
  readonly groups?: readonly FeatureGroup[];
}

/**
 * The named features of a text, before hashing: word unigrams and bigrams (with a marker at
 * the start of a sentence or clause, where orders begin), character 3-5-grams within words,
 * the grammar's word classes alone, next to a word, and in pairs a few words apart, question
 * marks, exclamation marks and shouting, and the kinds the rules found. Readable, for tests
 * and for study.
 */
export function featureNames(text: string, context: FeatureContext = {}): string[] {
  return namedFeatures(text, context).names;
}

/** The named features, and for each word the ones it produced itself (its words, characters
 *  and classes; not the punctuation or the rules), so a raised kind can point at its words. */
export function namedFeatures(text: string, context: FeatureContext = {}): { names: string[]; byWord: string[][] } {
  const { grammar, rulesFound } = context;
  const on = new Set(context.groups ?? DEFAULT_GROUPS);
  const words = tokenize(text);
  const out = new Set<string>();
  const byWord: string[][] = words.map(() => []);
  const plain = words.map((w) => plainWord(w, grammar));
  const classes = words.map((w) => (grammar && on.has('classes') ? [...classesOf(grammar, w.text)].sort().map((c) => `#${c}`) : []));
  words.forEach((w, i) => {
    const mine = byWord[i] as string[];
    const add = (feature: string): void => {
      out.add(feature);
      mine.push(feature);
    };
    const word = plain[i] ?? '';
    if (on.has('words')) {
      const prev = w.breakBefore ? '<s>' : w.clauseStart ? '<c>' : (plain[i - 1] ?? '<s>');
      add(`w|${word}`);
      add(`b|${prev} ${word}`);
    }
    if (on.has('chars')) {
      const padded = `<${word}>`;
      for (const n of CHAR_GRAMS) for (let c = 0; c + n <= padded.length; c++) add(`c|${padded.slice(c, c + n)}`);
    }
    const own = classes[i] ?? [];
    for (const cls of own) add(`k|${cls}`);
    if (i > 0 && !w.breakBefore && (own.length > 0 || (classes[i - 1] ?? []).length > 0)) {
      const before = [plain[i - 1] ?? '', ...(classes[i - 1] ?? [])];
      const here = [word, ...own];
      for (const a of before) for (const b of here) if (a.startsWith('#') || b.startsWith('#')) add(`kb|${a} ${b}`);
    }
    for (let j = i + 1; j < Math.min(words.length, i + 1 + CLASS_WINDOW); j++) {
      if (words[j]?.breakBefore) break;
      for (const a of own) for (const b of classes[j] ?? []) add(`kw|${a} ${b}`);
    }
    if (on.has('punct') && w.end - w.start >= 2 && /\p{Lu}/u.test(text.slice(w.start, w.end)) && !/\p{Ll}/u.test(text.slice(w.start, w.end)) && word !== 'i') {
      out.add('p|caps');
    }
  });
  if (on.has('punct')) {
    if (text.includes('?')) out.add('p|?');
    if (text.includes('!')) out.add('p|!');
    if (/[!?]{2,}/.test(text)) out.add('p|!!');
  }
  if (on.has('rules')) {
    if (!rulesFound) throw new Error("The 'rules' features need the kinds the rules found.");
    for (const kind of rulesFound) out.add(`r|${kind}`);
    if (rulesFound.size === 0) out.add('r|none');
  }
  return { names: [...out], byWord };
}

/** The hashed features of a text: what training learns from and scoring reads. */
export function featuresOf(text: string, context: FeatureContext = {}, bits: number = FEATURE_BITS): Features {
  const slots = Int32Array.from(new Set(featureNames(text, context).map((f) => hashSlot(f, bits)))).sort();
  return { slots, value: slots.length === 0 ? 0 : 1 / Math.sqrt(slots.length) };
}

// model.json: the slots that carry a weight for any label, sorted and stored as gaps from the
// one before, then per label a bias, a threshold on the score and one weight per slot, in
// thousandths (0 where the label's weight was pruned). Whole numbers, each slot once: that is
// what keeps the file small once gzipped. Any extra thresholds a check reads (the apology
// model's vetoes) sit beside the threshold, named.
const kindModelSchema = z.object({
  bias: z.number(),
  threshold: z.number(),
  /** Optional: below this score, the model overrules the rules' own finding of the label. */
  veto: z.number().optional(),
  weights: z.array(z.number().int()),
});

/** The schema of a model file for these labels, in this order. */
export function modelSchemaFor<L extends string>(labels: readonly L[]) {
  return z
    .object({
      recipe: z.string().refine((r) => groupsOfRecipe(r) !== null, 'A feature recipe this code does not make.'),
      bits: z.number().int().min(8).max(24),
      slots: z.array(z.number().int().min(0)),
      kinds: z.object(Object.fromEntries(labels.map((k) => [k, kindModelSchema])) as Record<L, typeof kindModelSchema>),
    })
    .refine((m) => labels.every((k) => (m.kinds as Record<L, { weights: number[] }>)[k].weights.length === m.slots.length), 'Every label needs one weight per slot.');
}

/** A model file for these labels. */
export interface ModelFile<L extends string> {
  recipe: string;
  bits: number;
  slots: number[];
  kinds: Record<L, { bias: number; threshold: number; veto?: number | undefined; weights: number[] }>;
}

export const gentleModelSchema = modelSchemaFor(GENTLE_KINDS);
export type GentleModelFile = ModelFile<GentleKind>;

/** A model made ready for scoring: per slot, the weights of the labels in `labels` order. */
export interface LabelModel<L extends string> {
  readonly labels: readonly L[];
  readonly bits: number;
  readonly groups: readonly FeatureGroup[];
  readonly weights: ReadonlyMap<number, Float64Array>;
  readonly kinds: Record<L, { readonly bias: number; readonly threshold: number; readonly veto?: number | undefined }>;
}
export type GentleModel = LabelModel<GentleKind>;

export function readyLabelModel<L extends string>(file: ModelFile<L>, labels: readonly L[]): LabelModel<L> {
  const weights = new Map<number, Float64Array>();
  let slot = 0;
  file.slots.forEach((gap, i) => {
    slot += gap;
    weights.set(slot, Float64Array.from(labels, (kind) => (file.kinds[kind].weights[i] ?? 0) / 1000));
  });
  const kinds = {} as LabelModel<L>['kinds'];
  for (const kind of labels) {
    const { bias, threshold, veto } = file.kinds[kind];
    kinds[kind] = veto === undefined ? { bias, threshold } : { bias, threshold, veto };
  }
  const groups = groupsOfRecipe(file.recipe);
  if (!groups) throw new Error(`Unknown feature recipe ${file.recipe}`);
  return { labels, bits: file.bits, groups, weights, kinds };
}

export function readyModel(file: GentleModelFile): GentleModel {
  return readyLabelModel(file, GENTLE_KINDS);
}

/** The model's score for each label (a log-odds; above the label's threshold means "raise it"). */
export function scoreFeatures<L extends string>(features: Features, model: LabelModel<L>): Record<L, number> {
  const sums = new Float64Array(model.labels.length);
  for (const slot of features.slots) {
    const w = model.weights.get(slot);
    if (w) for (let k = 0; k < sums.length; k++) sums[k] = (sums[k] as number) + (w[k] as number);
  }
  const scores = {} as Record<L, number>;
  model.labels.forEach((kind, k) => (scores[kind] = model.kinds[kind].bias + (sums[k] as number) * features.value));
  return scores;
}

/** The model's scores for a text; `rulesFound` is what the rules raised on it (the model reads it). */
export function scoreText<L extends string>(text: string, model: LabelModel<L>, grammar?: Grammar, rulesFound?: ReadonlySet<string>): Record<L, number> {
  return scoreFeatures(featuresOf(text, { grammar, rulesFound, groups: model.groups }, model.bits), model);
}

/** The labels the model would raise on this text, read as one unit (as the corpus labels it). */
export function modelKinds<L extends string>(text: string, model: LabelModel<L>, grammar?: Grammar, rulesFound?: ReadonlySet<string>): Set<L> {
  const scores = scoreText(text, model, grammar, rulesFound);
  return new Set(model.labels.filter((kind) => scores[kind] > model.kinds[kind].threshold));
}
