// The tuning part alone (gentle and apology), per language. The trained model's training and its
// cross-validation read only this, so the held-out part is never loaded, let alone studied.
import { apologyCases, gentleCases } from './cases.ts';
import type { ApologyCase, GentleCase } from './cases.ts';
import { lines as enGentleTuning } from './en/gentle.tuning.ts';
import { lines as nlGentleTuning } from './nl/gentle.tuning.ts';
import { lines as enApologyTuning } from './en/apology.tuning.ts';
import { lines as nlApologyTuning } from './nl/apology.tuning.ts';
import { tuningSets } from './sets.ts';
import type { SetOfLine } from './sets.ts';

export type { ApologyCase, GentleCase } from './cases.ts';

export const gentleTuning: Record<'en' | 'nl', GentleCase[]> = {
  en: gentleCases(enGentleTuning),
  nl: gentleCases(nlGentleTuning),
};

export const apologyTuning: Record<'en' | 'nl', ApologyCase[]> = {
  en: apologyCases(enApologyTuning),
  nl: apologyCases(nlApologyTuning),
};

export interface TuningSets<C = GentleCase> {
  readonly cases: C[];
  /** The writing sets in file order; `setOf[i]` indexes the set of case i. */
  readonly sets: SetOfLine[];
  readonly setOf: number[];
}

/** Each line's set, as an index into the sets in file order. */
function indexed(perLine: readonly SetOfLine[]): { sets: SetOfLine[]; setOf: number[] } {
  const sets: SetOfLine[] = [];
  const index = new Map<string, number>();
  const setOf = perLine.map((s) => {
    let i = index.get(s.name);
    if (i === undefined) {
      index.set(s.name, (i = sets.length));
      sets.push(s);
    }
    return i;
  });
  return { sets, setOf };
}

/** One language's gentle tuning cases with the writing set each came from. */
export function gentleTuningSets(lang: 'en' | 'nl'): TuningSets {
  const cases = gentleTuning[lang];
  return { cases, ...indexed(tuningSets(lang, cases.length)) };
}

/** One language's apology tuning cases with the writing set each came from. */
export function apologyTuningSets(lang: 'en' | 'nl'): TuningSets<ApologyCase> {
  const cases = apologyTuning[lang];
  return { cases, ...indexed(tuningSets(lang, cases.length, 'apology')) };
}
