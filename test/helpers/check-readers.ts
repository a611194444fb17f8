// What the rules alone read in a text, in the shapes the per-round unit suites assert on: the
// gentle kinds raised, one apology item's state, and the apology items flagged.
import { checkContentFor } from '../eval/content.ts';
import { checkApology } from '../../shared/text-checks/apology.ts';
import type { ApologyItemId, ApologyState } from '../../shared/text-checks/apology.ts';
import { checkGentle } from '../../shared/text-checks/gentle.ts';
import type { GentleKind } from '../../shared/text-checks/gentle.ts';

export function checkReaders(lang: 'en' | 'nl') {
  const content = checkContentFor(lang);
  const items = (text: string) => checkApology(text, content.apology, content.grammar).items;
  return {
    content,
    kinds: (text: string): GentleKind[] => [...new Set(checkGentle(text, content.gentle, content.grammar).map((f) => f.kind))],
    stateOf: (text: string, id: ApologyItemId): ApologyState | undefined => items(text).find((item) => item.id === id)?.state,
    flagsOf: (text: string): ApologyItemId[] => items(text).filter((item) => item.state === 'flagged').map((item) => item.id),
  };
}
