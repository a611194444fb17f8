// `npm run eval:agreement`: the second reader of the held-out sets scored against the writers'
// labels by the floors' own measure (recall per kind, kind sentences flagged), the way the
// checks are scored. It says how far two careful readers agree, so what the checks miss can be
// told apart from what the labels leave open.
import { apologyCorpus, gentleCorpus, LANGS } from '../test/eval/corpus/load.ts';
import { scoreApologyBy, scoreGentleBy } from '../test/eval/measure.ts';
import type { PartScore } from '../test/eval/measure.ts';
import { secondReading } from '../test/eval/second-reader/load.ts';

const pct = (x: number | null): string => (x === null ? '  -' : `${Math.round(x * 100)}`.padStart(3));
const line = (title: string, s: PartScore): string =>
  `${title.padEnd(16)} ${Object.entries(s.kinds).map(([k, v]) => `${k} ${pct(v.recall)}`).join('  ')}  | kind sentences flagged ${((s.falseFlagRate * 100).toFixed(1))} % of ${s.kindSentences}, same labels on ${s.sentences - s.misses.length} of ${s.sentences}`;

for (const lang of LANGS) {
  const second = secondReading(lang);
  const need = <C>(map: Map<string, C>, text: string): C => {
    const found = map.get(text);
    if (!found) throw new Error(`${lang}: the second reader has no reading of "${text}"`);
    return found;
  };
  console.log(line(`${lang} gentle`, scoreGentleBy(gentleCorpus[lang].heldout, (text) => need(second.gentle, text).kinds)));
  console.log(line(`${lang} apology`, scoreApologyBy(apologyCorpus[lang].heldout, (text) => need(second.apology, text))));
}
