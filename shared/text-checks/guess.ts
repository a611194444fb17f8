// The trained model's guesses, as findings the writer can read beside the rules' notes. The
// model was trained on corpus lines of one sentence or a short message, so it reads a draft
// sentence by sentence, as the rules place their findings. It only adds: where the rules
// already found a kind in a sentence, the model says nothing more about that kind there.
// It cannot say why, so a guess quotes the few words that weighed most for it and offers no
// rewrite. Pure, and run in the browser: no draft leaves it.
import type { GentleFinding, GentleNote } from './gentle.ts';
import type { Grammar } from './grammar.ts';
import { modelKinds, hashSlot, namedFeatures } from './model.ts';
import type { GentleModel } from './model.ts';
import { GENTLE_KINDS } from './schema.ts';
import type { GentleKind, GentleLists } from './schema.ts';
import { MAX_CHECKED_CHARS, tokenize } from './tokenize.ts';

/** A kind the model raised in one sentence where the rules found none of it. */
export interface GuessFinding {
  readonly kind: GentleKind;
  /** Which sentence of the text (0, 1, ...), counted as the rules count them. */
  readonly sentence: number;
  /** From the first quoted word to the last (end exclusive), for highlighting. */
  readonly start: number;
  readonly end: number;
  /** The quoted words as the person wrote them; words side by side make one quote. */
  readonly matches: readonly string[];
}

/** At most this many words are quoted: enough to show where, few enough to read at a glance. */
export const MAX_QUOTED_WORDS = 3;
/** A word is quoted only if it weighs at least this share of the heaviest one, so a sentence
 *  with one clear word ("asap") does not also quote two that barely counted. */
const QUOTE_SHARE = 1 / 3;
/** Up to this many words between two quoted ones are quoted with them. */
const QUOTE_GAP = 2;

/** The sentences of a text (within MAX_CHECKED_CHARS), each from its first word to the next
 *  sentence's first word, so its closing "?" or "!" stays with it, as in the corpus lines. */
export function sentencesOf(text: string): { start: number; text: string }[] {
  const words = tokenize(text);
  const firsts = words.filter((w) => w.breakBefore).map((w) => w.start);
  const limit = Math.min(text.length, MAX_CHECKED_CHARS);
  return firsts.map((start, i) => ({ start, text: text.slice(start, firsts[i + 1] ?? limit).trimEnd() }));
}

/**
 * The model's guesses on a text: per sentence, the kinds it raises that the rules' findings
 * (checkGentle's, on the same text) do not have in that sentence. The model reads the kinds
 * the rules found there, as it did in training.
 */
export function modelFindings(
  text: string,
  model: GentleModel,
  grammar: Grammar | undefined,
  ruleFindings: readonly GentleFinding[],
  fondSentences: ReadonlySet<number> = new Set(),
): GuessFinding[] {
  const out: GuessFinding[] = [];
  sentencesOf(text).forEach((sentence, index) => {
    const rules = new Set(ruleFindings.filter((f) => f.sentence === index).map((f) => f.kind));
    const raised = modelKinds(sentence.text, model, grammar, rules);
    // A memory the rules read as told fondly is not guessed at as a weapon either.
    if (fondSentences.has(index)) raised.delete('past');
    for (const kind of GENTLE_KINDS) {
      if (raised.has(kind) && !rules.has(kind)) out.push(quoteFor(sentence, index, kind, model, grammar, rules));
    }
  });
  return out;
}

/** The finding for one raised kind: the words that weighed most for it, in the order written. */
function quoteFor(sentence: { start: number; text: string }, index: number, kind: GentleKind, model: GentleModel, grammar: Grammar | undefined, rules: ReadonlySet<GentleKind>): GuessFinding {
  const k = GENTLE_KINDS.indexOf(kind);
  const words = tokenize(sentence.text);
  const { byWord } = namedFeatures(sentence.text, { grammar, rulesFound: rules, groups: model.groups });
  // A word's weight: the kind's weights of the features it produced, each slot once, as scored.
  const weights = byWord.map((names) => {
    let sum = 0;
    for (const slot of new Set(names.map((n) => hashSlot(n, model.bits)))) sum += model.weights.get(slot)?.[k] ?? 0;
    return sum;
  });
  const top = Math.max(...weights);
  const chosen = weights
    .map((weight, i) => ({ weight, i }))
    .filter((w) => w.weight > 0 && w.weight >= top * QUOTE_SHARE)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_QUOTED_WORDS)
    .map((w) => w.i)
    .sort((a, b) => a - b);
  // Raised by the sentence as a whole (its marks, the rules' other kinds) and no word: quote it all.
  const picked = chosen.length > 0 ? chosen : words.map((_, i) => i);
  // Quoted words close together are quoted as the phrase they stand in ("if you don't show",
  // not "if" and "don't show"): a reader sees what was meant at once.
  const runs: { start: number; end: number }[] = [];
  let lastIndex = -Infinity;
  for (const i of picked) {
    const w = words[i];
    if (!w) continue;
    const last = runs[runs.length - 1];
    if (last && i - lastIndex <= QUOTE_GAP + 1) last.end = w.end;
    else runs.push({ start: w.start, end: w.end });
    lastIndex = i;
  }
  const base = sentence.start;
  return {
    kind,
    sentence: index,
    start: base + (runs[0]?.start ?? 0),
    end: base + (runs[runs.length - 1]?.end ?? sentence.text.length),
    matches: runs.map((r) => sentence.text.slice(r.start, r.end)),
  };
}

/** The words of a guess note for a kind (gentle.json's `guess`): a guess says it is one. */
export function guessWords(words: NonNullable<GentleLists['guess']>, kind: GentleKind): { explanation: string; suggestion: string } {
  const own = words.kinds[kind];
  return { explanation: `${own.explanation} ${words.onlyGuess}`, suggestion: own.suggestion };
}

/** Guesses as notes beside the rules' ones: one per kind and sentence, its rule "guess.<kind>". */
export function guessNotes(findings: readonly GuessFinding[], words: (kind: GentleKind) => { explanation: string; suggestion: string }): GentleNote[] {
  return findings.map((f) => ({ kind: f.kind, rule: `guess.${f.kind}`, matches: f.matches, ...words(f.kind) }));
}
