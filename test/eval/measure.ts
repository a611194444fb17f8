// Recall, precision and false flags of the text checks against the labelled corpus. Shared by
// `npm run eval:checks` (which prints and saves them) and the floors test (which holds them),
// so what is reported and what is enforced are the same numbers from the same code.
import { checkApology } from '../../shared/text-checks/apology.ts';
import { readGentle } from '../../shared/text-checks/gentle.ts';
import { modelFindings } from '../../shared/text-checks/guess.ts';
import { GENTLE_KINDS } from '../../shared/text-checks/schema.ts';
import type { GentleKind } from '../../shared/text-checks/schema.ts';
import type { CheckContent } from '../../shared/text-checks/content.ts';
import { checkWithModel } from '../../shared/text-checks/apology-model.ts';
import { APOLOGY_FLAGS, APOLOGY_MEETS, PARTS, apologyCorpus, gentleCorpus } from './corpus/load.ts';
import type { ApologyCase, ApologyFlagKind, ApologyMeet, GentleCase, Lang, Part } from './corpus/load.ts';

export interface KindScore {
  /** Sentences labelled with this kind, and how many of them the check found. */
  readonly labelled: number;
  readonly found: number;
  /** Sentences the check raised this kind on without the label. */
  readonly extra: number;
  /** found / labelled; null when nothing is labelled with it. */
  readonly recall: number | null;
  /** found / (found + extra); null when the check never raised it. */
  readonly precision: number | null;
  /** Share of kind sentences (no harm labelled) on which the check raised this kind; null for
   *  checklist items that are met rather than flagged, where raising one is no false flag. */
  readonly falseFlagRate: number | null;
}

export interface PartScore {
  readonly sentences: number;
  readonly kindSentences: number;
  /** Share of kind sentences on which the check raised anything at all. */
  readonly falseFlagRate: number;
  readonly kinds: Record<string, KindScore>;
  /** Each sentence the check got wrong, for study (tuning part) or for honesty (held-out). */
  readonly misses: readonly { text: string; expected: string[]; got: string[] }[];
}

/** The product's figures (rules and model), and the rules alone beside them. */
export type Report = Record<'gentle' | 'gentleRulesAlone' | 'apology' | 'apologyRulesAlone', Record<Lang, Record<Part, PartScore>>>;

interface Scored {
  readonly text: string;
  readonly expected: ReadonlySet<string>;
  readonly got: ReadonlySet<string>;
  /** A kind sentence: nothing harmful labelled. */
  readonly isKind: boolean;
  /** What, of `got`, counts as a flag raised (for the false-flag rate). */
  readonly raised: readonly string[];
}

const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function score(rows: readonly Scored[], kinds: readonly string[], flagKinds: readonly string[]): PartScore {
  const kindRows = rows.filter((r) => r.isKind);
  const scores: Record<string, KindScore> = {};
  for (const kind of kinds) {
    const labelled = rows.filter((r) => r.expected.has(kind)).length;
    const found = rows.filter((r) => r.expected.has(kind) && r.got.has(kind)).length;
    const extra = rows.filter((r) => !r.expected.has(kind) && r.got.has(kind)).length;
    scores[kind] = {
      labelled,
      found,
      extra,
      recall: ratio(found, labelled),
      precision: ratio(found, found + extra),
      falseFlagRate: flagKinds.includes(kind) ? (ratio(kindRows.filter((r) => r.got.has(kind)).length, kindRows.length) ?? 0) : null,
    };
  }
  const same = (a: ReadonlySet<string>, b: ReadonlySet<string>) => a.size === b.size && [...a].every((x) => b.has(x));
  return {
    sentences: rows.length,
    kindSentences: kindRows.length,
    falseFlagRate: ratio(kindRows.filter((r) => r.raised.length > 0).length, kindRows.length) ?? 0,
    kinds: scores,
    misses: rows
      .filter((r) => !same(r.expected, r.got))
      .map((r) => ({ text: r.text, expected: [...r.expected].sort(), got: [...r.got].sort() })),
  };
}

/** The kinds the writer is told of, as GentleHints shows them: the rules' notes and, with a
 *  model and the words for its notes in the content, its guesses. */
export function gentleKindsOf(text: string, content: CheckContent): Set<GentleKind> {
  const { findings: rules, fondSentences } = readGentle(text, content.gentle, content.grammar);
  const guesses = content.model && content.gentle.guess ? modelFindings(text, content.model, content.grammar, rules, fondSentences) : [];
  return new Set([...rules, ...guesses].map((f) => f.kind));
}

const MEET_ITEM = { act: 'namesAct', effect: 'namesEffect', owns: 'ownsIt', change: 'doesDifferently' } as const;
const FLAG_ITEM = { vague: 'namesAct', hedge: 'ownsIt', asks: 'asksNothing' } as const;

/** What the writer's checklist says, as ApologyChecklist shows it: the rules' items and, with a
 *  model and the words for its guesses in the content, the model's guesses joined in. */
export function apologyLabelsOf(text: string, content: CheckContent): { meets: Set<ApologyMeet>; flags: Set<ApologyFlagKind> } {
  const rules = checkApology(text, content.apology, content.grammar);
  const check = content.apologyModel ? checkWithModel(text, rules, content.apology, content.apologyModel, content.grammar) : rules;
  const states = new Map(check.items.map((i) => [i.id, i.state]));
  return {
    meets: new Set(APOLOGY_MEETS.filter((m) => states.get(MEET_ITEM[m]) === 'met')),
    flags: new Set(APOLOGY_FLAGS.filter((f) => states.get(FLAG_ITEM[f]) === 'flagged')),
  };
}

export function scoreGentle(cases: readonly GentleCase[], content: CheckContent): PartScore {
  return scoreGentleBy(cases, (text) => gentleKindsOf(text, content));
}

/** Any reader of the gentle kinds scored the same way: the checks, or a second human reading. */
export function scoreGentleBy(cases: readonly GentleCase[], read: (text: string) => ReadonlySet<GentleKind>): PartScore {
  return score(
    cases.map((c) => {
      const got = read(c.text);
      return { text: c.text, expected: c.kinds, got, isKind: c.kinds.size === 0, raised: [...got] };
    }),
    GENTLE_KINDS,
    GENTLE_KINDS,
  );
}

export function scoreApology(cases: readonly ApologyCase[], content: CheckContent): PartScore {
  return scoreApologyBy(cases, (text) => apologyLabelsOf(text, content));
}

/** Any reader of the checklist scored the same way: the checks, or a second human reading. */
export function scoreApologyBy(
  cases: readonly ApologyCase[],
  read: (text: string) => { readonly meets: ReadonlySet<ApologyMeet>; readonly flags: ReadonlySet<ApologyFlagKind> },
): PartScore {
  return score(
    cases.map((c) => {
      const { meets, flags } = read(c.text);
      return {
        text: c.text,
        expected: new Set<string>([...c.meets, ...c.flags]),
        got: new Set<string>([...meets, ...flags]),
        isKind: c.flags.size === 0,
        raised: [...flags],
      };
    }),
    [...APOLOGY_MEETS, ...APOLOGY_FLAGS],
    APOLOGY_FLAGS,
  );
}

export function measureAll(contentFor: (lang: Lang) => CheckContent): Report {
  const forEachLang = <T>(f: (lang: Lang) => T): Record<Lang, T> => ({ en: f('en'), nl: f('nl') });
  const forEachPart = <T>(f: (part: Part) => T): Record<Part, T> =>
    Object.fromEntries(PARTS.map((p) => [p, f(p)])) as Record<Part, T>;
  return {
    gentle: forEachLang((lang) => forEachPart((part) => scoreGentle(gentleCorpus[lang][part], contentFor(lang)))),
    gentleRulesAlone: forEachLang((lang) => forEachPart((part) => scoreGentle(gentleCorpus[lang][part], { ...contentFor(lang), model: undefined }))),
    apology: forEachLang((lang) => forEachPart((part) => scoreApology(apologyCorpus[lang][part], contentFor(lang)))),
    apologyRulesAlone: forEachLang((lang) => forEachPart((part) => scoreApology(apologyCorpus[lang][part], { ...contentFor(lang), apologyModel: undefined }))),
  };
}
