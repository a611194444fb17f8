// The gentle-language check for notes to the other person (P2, P8): it points at pressure,
// blame, ultimatums, urgency and the past used as a weapon, and offers another way to say
// each. It advises and never blocks: the writer decides. The phrases, explanations and
// suggestions are content (content/<locale>/checks/gentle.json); this file only applies them.
import { findRuleSet, readDoc } from './match.ts';
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
 * Only the first MAX_CHECKED_CHARS characters are read.
 */
export function checkGentle(text: string, lists: GentleLists, _grammar?: Grammar): GentleFinding[] {
  const doc = readDoc(text);
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
  const kept: GentleFinding[] = [];
  for (const finding of all) {
    const clash = kept.some((k) => k.kind === finding.kind && k.start < finding.end && finding.start < k.end);
    if (!clash) kept.push(finding);
  }
  return kept;
}
