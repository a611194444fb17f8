// Splits free text into lower-cased words that remember where they sit in the original.
// The checks compare words, so case, curly apostrophes and runs of spaces or new lines
// stop mattering, yet every finding can still highlight exactly what the person wrote.
// One linear pass, no regex over the whole text: cost grows with length and nothing else.

/** Only this much of a draft is read; a longer text is checked up to here and no further. */
export const MAX_CHECKED_CHARS = 20_000;

export interface Word {
  /** Lower-cased, with any apostrophe written as a straight one ("don’t" -> "don't"). */
  readonly text: string;
  /** Offsets into the original text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** True when a sentence ended between this word and the one before (or it is the first). */
  readonly breakBefore: boolean;
  /** True when a sentence or a clause (after , : or a dash) begins at this word. */
  readonly clauseStart: boolean;
  /** True when the sentence this word is in ends with a question mark: "you're coming
   *  saturday?" asks, where "you're coming saturday." tells. */
  readonly inQuestion: boolean;
}

/** Straight, curly and look-alike apostrophes people type on phones and keyboards. */
const APOSTROPHES = new Set(["'", '\u2019', '\u2018', '\u02BC', '\u2032', '`']);

/** Marks that end a sentence or a thought; a phrase never runs across one. */
const SENTENCE_ENDS = new Set(['.', '!', '?', ';', '\u2026', '\n', '\r']);

/** Marks that begin a new clause inside a sentence, where an order like "answer me" can start. */
const CLAUSE_ENDS = new Set([',', ':', '\u2013', '\u2014', '(', '"', '\u201C']);

const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

function charAt(text: string, index: number): string {
  const code = text.codePointAt(index);
  return code === undefined ? '' : String.fromCodePoint(code);
}

function isWordChar(ch: string): boolean {
  return ch !== '' && WORD_CHAR.test(ch);
}

const DIGIT = /^\p{N}$/u;
const LETTER = /^\p{L}$/u;

/**
 * Is the "." at `dot` part of the word that began at `start`? Between two digits it is ("3.800",
 * "9.30"); so is a dotted abbreviation of single letters ("z.s.m.", "a.u.b.", "i.p.v."), where
 * the part before the dot and the part after it are one letter each. Anything else ends a
 * sentence as before, so "k.heb" or "ok.dan" still split.
 */
function dotInsideWord(text: string, start: number, dot: number): boolean {
  const before = charAt(text, dot - 1);
  const after = charAt(text, dot + 1);
  if (DIGIT.test(before) && DIGIT.test(after)) return true;
  const partStart = dot - 1 === start || charAt(text, dot - 2) === '.';
  const partEnd = !isWordChar(charAt(text, dot + 2));
  return LETTER.test(before) && LETTER.test(after) && partStart && partEnd;
}

export function tokenize(text: string): Word[] {
  const limit = Math.min(text.length, MAX_CHECKED_CHARS);
  const words: Word[] = [];
  let sentenceEnded = true;
  let clauseEnded = true;
  // Words of the sentence being read, from this index on; marked once its end is known.
  let sentenceFrom = 0;
  const endSentence = (asks: boolean): void => {
    if (asks) for (let k = sentenceFrom; k < words.length; k += 1) words[k] = { ...(words[k] as Word), inQuestion: true };
    sentenceFrom = words.length;
  };
  let i = 0;
  while (i < limit) {
    const ch = charAt(text, i);
    if (!isWordChar(ch)) {
      // A "?" ends a question; the first mark after the last word decides ("?!" asks, "!?" too).
      if (SENTENCE_ENDS.has(ch) && sentenceFrom < words.length) endSentence(ch === '?' || (ch === '!' && charAt(text, i + 1) === '?'));
      if (SENTENCE_ENDS.has(ch)) sentenceEnded = true;
      if (CLAUSE_ENDS.has(ch) || (ch === '-' && /\s/.test(charAt(text, i + 1) || ' '))) clauseEnded = true;
      i += ch.length || 1;
      continue;
    }
    const start = i;
    let normal = '';
    while (i < limit) {
      const c = charAt(text, i);
      if (isWordChar(c)) {
        normal += c.toLowerCase();
        i += c.length;
      } else if (APOSTROPHES.has(c) && isWordChar(charAt(text, i + 1)) && i + 1 < limit) {
        normal += "'";
        i += 1;
      } else if (c === '.' && i + 1 < limit && dotInsideWord(text, start, i)) {
        // "3.800", "9.30" and "z.s.m." are one word ("3800", "zsm"), not ends of sentences.
        i += 1;
      } else {
        break;
      }
    }
    words.push({ text: normal, start, end: i, breakBefore: sentenceEnded, clauseStart: sentenceEnded || clauseEnded, inQuestion: false });
    sentenceEnded = false;
    clauseEnded = false;
  }
  endSentence(false);
  return words;
}
