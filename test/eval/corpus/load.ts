// Reads the labelled corpus into records, checking every label against the kinds and items
// the checks know, so a mistyped label fails here instead of quietly counting as "nothing".
import { apologyCases, gentleCases } from './cases.ts';
import type { ApologyCase, GentleCase } from './cases.ts';
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

/** What the checklist should meet (act, effect, owns, change) and flag (vague, hedge, asks). */
export { APOLOGY_FLAGS, APOLOGY_MEETS } from '../../../shared/text-checks/schema.ts';
export type { ApologyFlagKind, ApologyMeet } from '../../../shared/text-checks/schema.ts';
export type { ApologyCase, GentleCase } from './cases.ts';

export const gentleCorpus: Record<Lang, Record<Part, GentleCase[]>> = {
  en: { tuning: gentleCases(enGentleTuning), heldout: gentleCases(enGentleHeldout) },
  nl: { tuning: gentleCases(nlGentleTuning), heldout: gentleCases(nlGentleHeldout) },
};

export const apologyCorpus: Record<Lang, Record<Part, ApologyCase[]>> = {
  en: { tuning: apologyCases(enApologyTuning), heldout: apologyCases(enApologyHeldout) },
  nl: { tuning: apologyCases(nlApologyTuning), heldout: apologyCases(nlApologyHeldout) },
};
