// Reads the labelled corpus into records, checking every label against the kinds and items
// the checks know, so a mistyped label fails here instead of quietly counting as "nothing".
import type { ApologyLine } from './types.ts';
import { gentleCases, labelsOf } from './cases.ts';
import type { GentleCase } from './cases.ts';
import { lines as enGentleTuning } from './en/gentle.tuning.ts';
import { lines as enGentleHeldout } from './en/gentle.heldout.ts';
import { lines as enApologyTuning } from './en/apology.tuning.ts';
import { lines as enApologyHeldout } from './en/apology.heldout.ts';
import { lines as nlGentleTuning } from './nl/gentle.tuning.ts';
import { lines as nlGentleHeldout } from './nl/gentle.heldout.ts';
import { lines as nlApologyTuning } from './nl/apology.tuning.ts';
import { lines as nlApologyHeldout } from './nl/apology.heldout.ts';

export const LANGS = ['en', 'nl'] as const;
export type Lang = (typeof LANGS)[number];
export const PARTS = ['tuning', 'heldout'] as const;
export type Part = (typeof PARTS)[number];

/** What the checklist should meet: the act, its effect, owning it, a change (optional item). */
export const APOLOGY_MEETS = ['act', 'effect', 'owns', 'change'] as const;
/** What it should flag: a general sorry, a hedge (but/if/blame/excuse), asking something back. */
export const APOLOGY_FLAGS = ['vague', 'hedge', 'asks'] as const;
export type ApologyMeet = (typeof APOLOGY_MEETS)[number];
export type ApologyFlagKind = (typeof APOLOGY_FLAGS)[number];

export type { GentleCase } from './cases.ts';

export interface ApologyCase {
  readonly text: string;
  readonly meets: ReadonlySet<ApologyMeet>;
  readonly flags: ReadonlySet<ApologyFlagKind>;
}

function apologyCases(lines: readonly ApologyLine[]): ApologyCase[] {
  return lines.map(([labels, text]) => {
    const [meets = '', flags = ''] = labels.split('|');
    return { text, meets: labelsOf(meets, APOLOGY_MEETS, text), flags: labelsOf(flags, APOLOGY_FLAGS, text) };
  });
}

export const gentleCorpus: Record<Lang, Record<Part, GentleCase[]>> = {
  en: { tuning: gentleCases(enGentleTuning), heldout: gentleCases(enGentleHeldout) },
  nl: { tuning: gentleCases(nlGentleTuning), heldout: gentleCases(nlGentleHeldout) },
};

export const apologyCorpus: Record<Lang, Record<Part, ApologyCase[]>> = {
  en: { tuning: apologyCases(enApologyTuning), heldout: apologyCases(enApologyHeldout) },
  nl: { tuning: apologyCases(nlApologyTuning), heldout: apologyCases(nlApologyHeldout) },
};
