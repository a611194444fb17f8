// The gentle-language check for notes to the other person (P2, P8): it points at pressure,
// blame, ultimatums, urgency and the past used as a weapon, and offers another way to say
// each. It advises and never blocks: the writer decides. The phrases, explanations and
// suggestions are content (content/<locale>/checks/gentle.json); this file only applies them.
import { clauseAt, findRuleSet, readDoc, sentenceAt } from './match.ts';
import type { Doc, Span } from './match.ts';
import type { GentleKind, GentleLists, GentleRule } from './schema.ts';
import type { Grammar } from './grammar.ts';

export type { GentleKind } from './schema.ts';

export interface GentleFinding {
  readonly kind: GentleKind;
  /** The content rule that found it, e.g. "pressure.demand". */
  readonly rule: string;
  /** Offsets into the text as given (end exclusive), for highlighting. */
  readonly start: number;
  readonly end: number;
  /** The words as the person wrote them: text.slice(start, end). */
  readonly match: string;
  readonly explanation: string;
  readonly suggestion: string;
  /** Which sentence of the text it is in (0, 1, ...), by where it starts. */
  readonly sentence: number;
}

/** A finding before it is placed in its sentence. */
type Found = Omit<GentleFinding, 'sentence'>;

/** What the writer reads: one note per rule and sentence, quoting every phrase it found. */
export interface GentleNote {
  readonly kind: GentleKind;
  readonly rule: string;
  readonly matches: readonly string[];
  readonly explanation: string;
  readonly suggestion: string;
}

/**
 * Findings earliest first. Where two findings of the same kind overlap, the earlier
 * (then the longer) is kept, so one phrase is never pointed at twice for one reason.
 * A rule that yields to other kinds is left out of a sentence where one of them is found
 * (yieldsTo), or out of a clause that a finding of one of them touches (yieldsInClauseTo).
 * Only the first MAX_CHECKED_CHARS characters are read. The grammar, once loaded, lets the
 * lists' "#class" words match; without it those patterns simply find nothing yet.
 */
export function checkGentle(text: string, lists: GentleLists, grammar?: Grammar): GentleFinding[] {
  return readGentle(text, lists, grammar).findings;
}

/** What checkGentle finds, and the sentences it read as a memory told fondly: there the past
 *  is not a weapon, and a guess about the past (guess.ts) is not made either. */
export interface GentleReading {
  readonly findings: GentleFinding[];
  readonly fondSentences: ReadonlySet<number>;
}

export function readGentle(text: string, lists: GentleLists, grammar?: Grammar): GentleReading {
  const read = readDoc(text, grammar);
  // A join of two orders ("... and ring me now") begins a clause, as a comma would: a pattern
  // anchored with ^ or $ reads it so, and each order keeps its own note.
  const joins = new Set(lists.clauseJoins ? findRuleSet(read, lists.clauseJoins).map((span) => span.start) : []);
  const doc = joins.size === 0 ? read : { ...read, words: read.words.map((w) => (joins.has(w.start) ? { ...w, clauseStart: true } : w)) };
  const all = lists.rules.flatMap((rule) =>
    spansOf(doc, rule).map((span) => ({
      kind: rule.kind,
      rule: rule.id,
      ...span,
      explanation: rule.explanation,
      suggestion: rule.suggestion,
    })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const rules = new Map(lists.rules.map((rule) => [rule.id, rule]));
  const scopes = { sentence: new Map<Found, Scope>(), clause: new Map<Found, Scope>(), part: new Map<Found, Scope>() };
  const scopeOf = (f: Found, within: Within): Scope => {
    let scope = scopes[within].get(f);
    if (!scope) scopes[within].set(f, (scope = yieldScope(read, f, within, joins)));
    return scope;
  };
  const meet = (a: Found, b: Found, within: Within): boolean => {
    const [aFrom, aTo] = scopeOf(a, within);
    const [bFrom, bTo] = scopeOf(b, within);
    return aFrom <= bTo && bFrom <= aTo;
  };
  // In one clause, a rush or threat reaches the orders joined after it ("ring me tonight and
  // explain yourself") but not one joined before it ("stop avoiding me and ring me now").
  const near = (f: Found, other: Found, within: Within): boolean =>
    meet(f, other, within) && (within === 'sentence' || scopeOf(f, 'part')[1] >= scopeOf(other, 'part')[0]);
  const standing = all.filter((f) => {
    const rule = rules.get(f.rule);
    const inSentence = rule?.yieldsTo ?? [];
    const inClause = rule?.yieldsInClauseTo ?? [];
    if (inSentence.length === 0 && inClause.length === 0) return true;
    return !all.some(
      (other) =>
        (inSentence.includes(other.kind) && near(f, other, 'sentence')) ||
        (inClause.includes(other.kind) && near(f, other, 'clause')),
    );
  });
  const kept: GentleFinding[] = [];
  for (const finding of standing) {
    const clash = kept.some((k) => k.kind === finding.kind && k.start < finding.end && finding.start < k.end);
    if (!clash) kept.push({ ...finding, sentence: scopeOf(finding, 'sentence')[0] });
  }
  const fondSentences = lists.fondMemory ? fondlyRemembered(read, lists.fondMemory, kept) : new Set<number>();
  const findings = fondSentences.size === 0 ? kept : kept.filter((f) => !(f.kind === 'past' && fondSentences.has(f.sentence)));
  return { findings, fondSentences };
}

/**
 * Where a rule's phrases are found. A rule read over two sentences (afterSentence) keeps a
 * phrase only where its lead matches in the sentence before, skipping a sentence of one or two
 * words between ("Wil je dat ik het vertel? Nee? Dan doe je wat ik vraag."); the finding runs
 * from the lead to the end of the phrase, so it is noted in the sentence where the threat begins.
 */
function spansOf(doc: Doc, rule: GentleRule): Span[] {
  const spans = findRuleSet(doc, rule);
  if (!rule.afterSentence || spans.length === 0) return spans;
  const leads = findRuleSet(doc, rule.afterSentence);
  if (leads.length === 0) return [];
  const sentenceWords: number[] = [];
  for (const word of doc.words) {
    if (word.breakBefore || sentenceWords.length === 0) sentenceWords.push(0);
    sentenceWords[sentenceWords.length - 1] = (sentenceWords.at(-1) ?? 0) + 1;
  }
  return spans.flatMap((span) => {
    const at = sentenceAt(doc, span.start);
    const short = (sentenceWords[at - 1] ?? 0) <= 2;
    const lead = leads.find((l) => {
      const from = sentenceAt(doc, l.start);
      return from === at - 1 || (short && from === at - 2);
    });
    return lead ? [{ start: lead.start, end: span.end, match: doc.text.slice(lead.start, span.end) }] : [];
  });
}

/**
 * Sentences that ask after a memory and tell it fondly: a recall in a sentence whose only
 * findings are the past, with a fond phrase after it in that sentence, or anywhere in the next
 * or the one before if that one finds nothing itself (a kindness told, then "I've never
 * forgotten that"), and no wrong told beside the recall ("Remember when you left me at the
 * station? I waited two hours." has no fond phrase and keeps its note).
 */
function fondlyRemembered(doc: Doc, fondMemory: NonNullable<GentleLists['fondMemory']>, findings: readonly GentleFinding[]): Set<number> {
  const fond = new Set<number>();
  const recalls = findRuleSet(doc, fondMemory.recall);
  if (recalls.length === 0) return fond;
  const fondSpans = findRuleSet(doc, fondMemory.fond);
  const grievances = findRuleSet(doc, fondMemory.grievance);
  for (const recall of recalls) {
    const sentence = sentenceAt(doc, recall.start);
    const here = findings.filter((f) => f.sentence === sentence);
    // The recall's own words ("I've never forgotten that") are no wrong told.
    const wronged = grievances.some((g) => sentenceAt(doc, g.start) === sentence && (g.end <= recall.start || g.start >= recall.end));
    if (here.length === 0 || here.some((f) => f.kind !== 'past') || wronged) continue;
    const told = fondSpans.some((span) => {
      const at = sentenceAt(doc, span.start);
      if (at === sentence) return span.start >= recall.end;
      // A kindness told just before ("You gave me my first job. I haven't forgotten that.").
      return (at === sentence + 1 || at === sentence - 1) && !findings.some((f) => f.sentence === at);
    });
    if (told) fond.add(sentence);
  }
  return fond;
}

/**
 * Findings as notes. Two phrases of one rule in one sentence ("Als je niet belt, is het
 * voorbij": the condition and the ending) are one thing to say, so they make one note that
 * quotes both; the same rule in another sentence is a note of its own.
 */
export function gentleNotes(findings: readonly GentleFinding[]): GentleNote[] {
  const notes: { key: string; note: GentleNote & { matches: string[] } }[] = [];
  for (const f of findings) {
    const key = `${f.rule}@${f.sentence}`;
    const same = notes.find((n) => n.key === key);
    if (same) same.note.matches.push(f.match);
    else notes.push({ key, note: { kind: f.kind, rule: f.rule, matches: [f.match], explanation: f.explanation, suggestion: f.suggestion } });
  }
  return notes.map((n) => n.note);
}

/**
 * The sentences, or the clauses, a finding covers, as [first, last]. A finding may run across
 * a comma ("Quick, answer me"), so at clause level it can cover more than one; two findings
 * share a scope when their ranges meet. Clauses are cut where the tokenizer starts one
 * (after , : a dash or an opening quote): crude, but the same in every language.
 */
type Within = 'sentence' | 'clause' | 'part';
type Scope = readonly [first: number, last: number];

/** A 'part' is a clause cut at the joins as well; a finding that runs across a join belongs to
 *  the part after its last one, where its deadline or threat is. */
function yieldScope(doc: Doc, finding: { start: number; end: number }, within: Within, joins: ReadonlySet<number>): Scope {
  const last = Math.max(finding.start, finding.end - 1);
  if (within === 'sentence') return [sentenceAt(doc, finding.start), sentenceAt(doc, last)];
  if (within === 'clause') return [clauseAt(doc, finding.start), clauseAt(doc, last)];
  let from = finding.start;
  for (const j of joins) if (j > from && j <= last) from = j;
  return [clauseAt(doc, from, joins), clauseAt(doc, last, joins)];
}
