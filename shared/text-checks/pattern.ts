// The small phrase language that the lists in content/<locale>/checks/ are written in.
// It is parsed here, once, into steps over words, so that a translator can write
// "if you (don't|do not) ... then" and never meet a regular expression.
//
//   word        one whole word; case and apostrophe style don't matter ("don't" = "Don’t").
//   (a|b c|)    one of the choices; a choice may be several words, or empty (optional).
//   *           any one word.        pre* / *ing / a*b    a word with that start and/or end.
//   ...         a gap of 0 to 12 words (MAX_GAP). At most two gaps in a pattern.
//   [ ... ]     the part to highlight; without brackets the whole match is highlighted.
//   #name       any word in the word class "name" (content/<locale>/checks/grammar.json),
//               e.g. "#past" for a verb in the past tense; usable inside ( | ) too.
//   ^           first, before everything: the match must begin a sentence or a clause
//               (after . ! ? ; , : or a dash), as an order like "answer me" does.
//   $           last, after everything: the match must end a sentence or a clause, so a
//               one-word order ("Respond.") is told from the same word inside a longer thought.
//   ?           last of all (after any $): the match must lie in a sentence that ends with a
//               question mark, so "you're coming saturday?" (asking) is told from
//               "you're coming saturday." (telling). Mostly useful in "unless" lists.
//
// A match never runs across the end of a sentence (. ! ? ; … or a new line), so a
// gap cannot reach into the next sentence. No nesting, no other syntax. Lists pair their
// phrases with "unless" patterns: a phrase match is dropped when an unless pattern matches
// over any of its highlighted words (see findRuleSet in match.ts).

/** Longest gap "..." can span. With at most two gaps, one start costs at most 13 x 13 tries. */
export const MAX_GAP = 12;
const MAX_GAPS_PER_PATTERN = 2;

export type WordTest =
  | { readonly kind: 'exact'; readonly word: string }
  | { readonly kind: 'glob'; readonly prefix: string; readonly suffix: string }
  | { readonly kind: 'class'; readonly name: string };

export type Step =
  | { readonly kind: 'choice'; readonly options: readonly (readonly WordTest[])[] }
  | { readonly kind: 'gap' };

export interface Pattern {
  readonly source: string;
  readonly steps: readonly Step[];
  /** Steps [focusFrom, focusTo) are highlighted; by default all of them. */
  readonly focusFrom: number;
  readonly focusTo: number;
  /** Set by a leading ^: the match must start a sentence or clause. */
  readonly anchored: boolean;
  /** Set by a trailing $: the match must end a sentence or clause. */
  readonly anchoredEnd: boolean;
  /** Set by a final ?: the match must lie in a sentence that ends with a question mark. */
  readonly inQuestion: boolean;
}

export class PatternError extends Error {
  override readonly name = 'PatternError';
  constructor(source: string, problem: string) {
    super(`Pattern "${source}": ${problem}`);
  }
}

const PATTERN_WORD = /^[\p{L}\p{M}\p{N}'*]+$/u;
const CLASS_TOKEN = /^#[a-z]+$/;

function wordTest(source: string, token: string): WordTest {
  if (token.startsWith('#')) {
    if (!CLASS_TOKEN.test(token)) throw new PatternError(source, `"${token}" is not a word class`);
    return { kind: 'class', name: token.slice(1) };
  }
  if (!PATTERN_WORD.test(token)) throw new PatternError(source, `"${token}" is not a word`);
  const star = token.indexOf('*');
  if (star === -1) return { kind: 'exact', word: token };
  if (token.indexOf('*', star + 1) !== -1) throw new PatternError(source, `"${token}" has more than one *`);
  return { kind: 'glob', prefix: token.slice(0, star), suffix: token.slice(star + 1) };
}

function normalise(source: string): string {
  return source.toLowerCase().replace(/[\u2019\u2018\u02BC\u2032`]/g, "'").replace(/\u2026/g, '...');
}

/** Smallest number of words a run of steps can match; a pattern must need at least one. */
function minWords(steps: readonly Step[]): number {
  return steps.reduce((sum, step) => sum + (step.kind === 'gap' ? 0 : Math.min(...step.options.map((o) => o.length))), 0);
}

export function parsePattern(input: string): Pattern {
  const whole = normalise(input.trim());
  const inQuestion = whole.endsWith('?');
  const trimmed = inQuestion ? whole.slice(0, -1).trimEnd() : whole;
  if (trimmed.includes('?')) throw new PatternError(input, '? may only come last');
  const anchored = trimmed.startsWith('^');
  const anchoredEnd = trimmed.endsWith('$');
  const source = trimmed.slice(anchored ? 1 : 0, anchoredEnd ? -1 : undefined);
  if (source.includes('^')) throw new PatternError(input, '^ may only come first');
  if (source.includes('$')) throw new PatternError(input, '$ may only come last');
  const steps: Step[] = [];
  let focusFrom = -1;
  let focusTo = -1;
  let i = 0;
  while (i < source.length) {
    const ch = source[i] ?? '';
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '[') {
      if (focusFrom !== -1) throw new PatternError(input, 'only one [ ] is allowed');
      focusFrom = steps.length;
      i += 1;
    } else if (ch === ']') {
      if (focusFrom === -1 || focusTo !== -1) throw new PatternError(input, '] without [');
      focusTo = steps.length;
      i += 1;
    } else if (ch === '(') {
      const close = source.indexOf(')', i);
      const body = close === -1 ? '' : source.slice(i + 1, close);
      if (close === -1 || /[()[\]]|\.\.\./.test(body)) throw new PatternError(input, 'a ( ) group must close and hold only words');
      const options = body.split('|').map((o) => o.split(/\s+/).filter(Boolean).map((w) => wordTest(input, w)));
      steps.push({ kind: 'choice', options });
      i = close + 1;
    } else {
      let end = i;
      while (end < source.length && !/[\s()[\]]/.test(source[end] ?? ' ')) end += 1;
      const token = source.slice(i, end);
      steps.push(token === '...' ? { kind: 'gap' } : { kind: 'choice', options: [[wordTest(input, token)]] });
      i = end;
    }
  }
  if (focusFrom !== -1 && (focusTo === -1 || focusTo === focusFrom)) throw new PatternError(input, '[ ] must close around words');
  const gaps = steps.filter((s) => s.kind === 'gap').length;
  if (gaps > MAX_GAPS_PER_PATTERN) throw new PatternError(input, `at most ${MAX_GAPS_PER_PATTERN} gaps`);
  if (steps[0]?.kind === 'gap' || steps.at(-1)?.kind === 'gap') throw new PatternError(input, 'a gap must sit between words');
  if (minWords(steps) === 0) throw new PatternError(input, 'it must need at least one word');
  return {
    source: input,
    steps,
    focusFrom: focusFrom === -1 ? 0 : focusFrom,
    focusTo: focusFrom === -1 ? steps.length : focusTo,
    anchored,
    anchoredEnd,
    inQuestion,
  };
}

/** For schemas: what is wrong with a pattern, or null when it parses. */
export function patternProblem(source: string): string | null {
  try {
    parsePattern(source);
    return null;
  } catch (error) {
    if (error instanceof PatternError) return error.message;
    throw error;
  }
}
