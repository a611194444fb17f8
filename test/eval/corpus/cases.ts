// Turns the corpus's compact lines into records, rejecting any label the checks do not
// know. Its own file so a reader of the tuning part alone (the model's training, which must
// never see the held-out part) parses lines exactly as load.ts does.
import { APOLOGY_FLAGS, APOLOGY_MEETS, GENTLE_KINDS } from '../../../shared/text-checks/schema.ts';
import type { ApologyFlagKind, ApologyMeet, GentleKind } from '../../../shared/text-checks/schema.ts';
import type { ApologyLine, GentleLine } from './types.ts';

export interface GentleCase {
  readonly text: string;
  readonly kinds: ReadonlySet<GentleKind>;
}

export function labelsOf<T extends string>(source: string, known: readonly T[], text: string): Set<T> {
  const labels = source.split(/\s+/).filter(Boolean);
  for (const label of labels) {
    if (!(known as readonly string[]).includes(label)) throw new Error(`Unknown label "${label}" on "${text}"`);
  }
  return new Set(labels as T[]);
}

export function gentleCases(lines: readonly GentleLine[]): GentleCase[] {
  return lines.map(([kinds, text]) => ({ text, kinds: labelsOf(kinds, GENTLE_KINDS, text) }));
}

export interface ApologyCase {
  readonly text: string;
  readonly meets: ReadonlySet<ApologyMeet>;
  readonly flags: ReadonlySet<ApologyFlagKind>;
}

export function apologyCases(lines: readonly ApologyLine[]): ApologyCase[] {
  return lines.map(([labels, text]) => {
    const [meets = '', flags = ''] = labels.split('|');
    return { text, meets: labelsOf(meets, APOLOGY_MEETS, text), flags: labelsOf(flags, APOLOGY_FLAGS, text) };
  });
}
