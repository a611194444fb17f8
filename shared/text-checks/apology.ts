// The apology checklist (P4), shown privately to the writer only. It looks for an apology
// that names what I did and its effect on them, owns it without "but", "if" or blame, and
// asks nothing back; saying what I'll do differently is optional. Each item is met, missing
// or flagged with a reason from content/<locale>/checks/apology.json. It never scores,
// never blocks, and never assumes who was wrong (VOICE.md).
import { findRuleSet, mergeSpans, readDoc } from './match.ts';
import type { Doc, Span } from './match.ts';
import { APOLOGY_ITEM_IDS } from './schema.ts';
import type { ApologyFlag, ApologyItemId, ApologyLists } from './schema.ts';
import type { Grammar } from './grammar.ts';

export type { ApologyItemId } from './schema.ts';
export type ApologyState = 'met' | 'missing' | 'flagged';

export interface ApologyItem {
  readonly id: ApologyItemId;
  /** A short first-person name for the item, e.g. "I name what I did". */
  readonly label: string;
  readonly state: ApologyState;
  readonly reason: string;
  /** What made it met or flagged, earliest first; empty when missing. */
  readonly spans: readonly Span[];
  /** When flagged: each different reason with the first words behind it, in the text's order
   *  ("sorry if ..., but you started it" has three, and the last one hurts most). */
  readonly notes: readonly ApologyNote[];
  /** Set where the trained model changed the rules' state (shared/text-checks/apology-model.ts):
   *  its reason then says it is only a guess, and there are no words to quote. */
  readonly guessed?: boolean;
}

export interface ApologyNote {
  readonly match: string;
  readonly reason: string;
}

/** The items always come in APOLOGY_ITEM_IDS order. */
export interface ApologyCheck {
  readonly items: readonly ApologyItem[];
}

interface Flagged {
  readonly spans: Span[];
  readonly reason: string;
  readonly notes: ApologyNote[];
}

/** Every flag's spans; the reason is the one behind the earliest span in the text. */
function findFlags(doc: Doc, flags: readonly ApologyFlag[]): Flagged | null {
  const found = mergeSpans(flags.flatMap((flag) => findRuleSet(doc, flag).map((span) => ({ ...span, reason: flag.reason }))));
  const first = found[0];
  if (first === undefined) return null;
  const notes: ApologyNote[] = [];
  for (const { match, reason } of found) if (!notes.some((n) => n.reason === reason)) notes.push({ match, reason });
  return { spans: found.map(({ start, end, match }) => ({ start, end, match })), reason: first.reason, notes };
}

/** A sorry or an admission with no act named is a general sorry too, where the content says so. */
function ownedOnly(owned: readonly Span[], reason: string | undefined): Flagged | null {
  const first = owned[0];
  if (reason === undefined || first === undefined) return null;
  return { spans: [...owned], reason, notes: [{ match: first.match, reason }] };
}

/**
 * A sorry that names no act the act phrases know: a general-sorry phrase, or owning it with no
 * act named. Where the text still has the shape of a deed (`deeds`), the bare owning stands
 * down: telling someone who named what they did that they didn't is the worse mistake.
 */
function generalSorry(doc: Doc, namesAct: ApologyLists['items']['namesAct'], owned: readonly Span[]): Flagged | null {
  const flagged = findFlags(doc, namesAct.flags);
  if (flagged) return flagged;
  const deed = namesAct.deeds !== undefined && findRuleSet(doc, namesAct.deeds).length > 0;
  return deed ? null : ownedOnly(owned, namesAct.ownedWithoutAct);
}

export function checkApology(text: string, lists: ApologyLists, grammar?: Grammar): ApologyCheck {
  const doc = readDoc(text, grammar);
  const { namesAct, namesEffect, ownsIt, asksNothing, doesDifferently } = lists.items;

  const acts = findRuleSet(doc, namesAct.finds);
  const hedges = findFlags(doc, ownsIt.flags);
  // A hedged sorry gets the hedge's note alone: that is the thing to look at first, and the
  // act item still asks, as missing, for what was done.
  const owned = findRuleSet(doc, ownsIt.finds);
  const vague = acts.length === 0 && !hedges ? generalSorry(doc, namesAct, owned) : null;
  const effects = findRuleSet(doc, namesEffect.finds);
  // Naming my own act in the first person ("I lied to you") owns it as plainly as "sorry".
  const owning = mergeSpans([...acts, ...owned]);
  const asks = findFlags(doc, asksNothing.flags);
  const changes = findRuleSet(doc, doesDifferently.finds);

  const states: Record<ApologyItemId, { state: ApologyState; reason: string; spans: readonly Span[]; notes?: ApologyNote[] }> = {
    namesAct: acts.length > 0
      ? { state: 'met', reason: namesAct.met, spans: acts }
      : vague
        ? { state: 'flagged', ...vague }
        : { state: 'missing', reason: namesAct.missing, spans: [] },
    namesEffect: effects.length > 0
      ? { state: 'met', reason: namesEffect.met, spans: effects }
      : { state: 'missing', reason: namesEffect.missing, spans: [] },
    ownsIt: hedges
      ? { state: 'flagged', ...hedges }
      : owning.length > 0
        ? { state: 'met', reason: ownsIt.met, spans: owning }
        : { state: 'missing', reason: ownsIt.missing, spans: [] },
    // Nothing written yet asks nothing, but there is nothing to reassure about either.
    asksNothing: asks
      ? { state: 'flagged', ...asks }
      : doc.words.length > 0
        ? { state: 'met', reason: asksNothing.met, spans: [] }
        : { state: 'missing', reason: asksNothing.missing, spans: [] },
    doesDifferently: changes.length > 0
      ? { state: 'met', reason: doesDifferently.met, spans: changes }
      : { state: 'missing', reason: doesDifferently.missing, spans: [] },
  };

  return {
    items: APOLOGY_ITEM_IDS.map((id) => ({ id, label: lists.items[id].label, notes: [], ...states[id] })),
  };
}
