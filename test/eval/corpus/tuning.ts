// The gentle tuning part alone, per language. The trained model's training and its
// cross-validation read only this, so the held-out part is never loaded, let alone studied.
import { gentleCases } from './cases.ts';
import type { GentleCase } from './cases.ts';
import { lines as enGentleTuning } from './en/gentle.tuning.ts';
import { lines as nlGentleTuning } from './nl/gentle.tuning.ts';
import { tuningSets } from './sets.ts';
import type { SetOfLine } from './sets.ts';

export type { GentleCase } from './cases.ts';

export const gentleTuning: Record<'en' | 'nl', GentleCase[]> = {
  en: gentleCases(enGentleTuning),
  nl: gentleCases(nlGentleTuning),
};

export interface TuningSets {
  readonly cases: GentleCase[];
  /** The writing sets in file order; `setOf[i]` indexes the set of case i. */
  readonly sets: SetOfLine[];
  readonly setOf: number[];
}

/** One language's tuning cases with the writing set each came from. */
export function gentleTuningSets(lang: 'en' | 'nl'): TuningSets {
  const cases = gentleTuning[lang];
  const perLine = tuningSets(lang, cases.length);
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
  return { cases, sets, setOf };
}
