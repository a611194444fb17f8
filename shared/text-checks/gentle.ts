// The gentle-language check for notes to the other person (P2, P8): it points at pressure,
// blame, ultimatums, urgency and the past used as a weapon, and offers another way to say
// each. It advises and never blocks: the writer decides. The phrases, explanations and
// suggestions are content (content/<locale>/checks/gentle.json); this file only applies them.
import { clauseAt, findRuleSet, readDoc, sentenceAt } from './match.ts';
import type { GentleKind, GentleLists } from './schema.ts';
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
  const doc = readDoc(text, grammar);
  const all = lists.rules.flatMap((rule) =>
    findRuleSet(doc, rule).map((span) => ({
      kind: rule.kind,
      rule: rule.id,
      ...span,
      explanation: rule.explanation,
      suggestion: rule.suggestion,
    })),
  );
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const yields = new Map(lists.rules.map((rule) => [rule.id, rule.yieldsTo ?? []]));
  const yieldsInClause = new Map(lists.rules.map((rule) => [rule.id, rule.yieldsInClauseTo ?? []]));
  const sentenceOf = new Map(all.map((f) => [f, sentenceAt(doc, f.start)]));
  // The clauses a finding touches, first and last: a finding may run across a comma.
  const clausesOf = new Map(all.map((f) => [f, [clauseAt(doc, f.start), clauseAt(doc, Math.max(f.start, f.end - 1))] as const]));
  const shareClause = (a: GentleFinding, b: GentleFinding): boolean => {
    const [aFrom, aTo] = clausesOf.get(a) ?? [0, 0];
    const [bFrom, bTo] = clausesOf.get(b) ?? [0, 0];
    return aFrom <= bTo && bFrom <= aTo;
  };
  const standing = all.filter((f) => {
    const giveWayTo = yields.get(f.rule) ?? [];
    const giveWayInClauseTo = yieldsInClause.get(f.rule) ?? [];
    return !all.some(
      (other) =>
        (giveWayTo.includes(other.kind) && sentenceOf.get(other) === sentenceOf.get(f)) ||
        (giveWayInClauseTo.includes(other.kind) && shareClause(other, f)),
    );
  });
  const kept: GentleFinding[] = [];
  for (const finding of standing) {
    const clash = kept.some((k) => k.kind === finding.kind && k.start < finding.end && finding.start < k.end);
    if (!clash) kept.push(finding);
  }
  return kept;
}
