// `npm run eval:checks`: how well the text checks read the labelled corpus (test/eval/corpus),
// per language, per kind and per part (tuning, held-out). Prints a table and writes the
// figures to test/eval/results.json (or the path given as the first argument). With --misses,
// it also lists what the tuning part got wrong.
import fs from 'node:fs';
import { checkContentFor } from '../test/eval/content.ts';
import { measureAll } from '../test/eval/measure.ts';
import type { PartScore } from '../test/eval/measure.ts';

const out = process.argv[2] ?? 'test/eval/results.json';
const showMisses = process.argv.includes('--misses');
const report = measureAll(checkContentFor);

const pct = (n: number | null): string => (n === null ? '   -  ' : `${(n * 100).toFixed(1).padStart(5)}%`);

function print(check: string, lang: string, part: string, s: PartScore): void {
  console.log(`\n${check} ${lang} ${part}: ${s.sentences} sentences, ${s.kindSentences} kind; false flags on kind sentences ${pct(s.falseFlagRate)}`);
  console.log('  kind        n   recall  precision  false-flag');
  for (const [kind, k] of Object.entries(s.kinds)) {
    console.log(`  ${kind.padEnd(9)} ${String(k.labelled).padStart(3)}  ${pct(k.recall)}   ${pct(k.precision)}    ${pct(k.falseFlagRate)}`);
  }
  // Misses are shown for the tuning part only: the held-out part is measured, never studied.
  if (showMisses && part === 'tuning') for (const m of s.misses) console.log(`    x [${m.expected.join(' ')}] got [${m.got.join(' ')}]  ${m.text}`);
}

for (const [check, byLang] of Object.entries(report)) {
  for (const [lang, byPart] of Object.entries(byLang)) {
    for (const [part, s] of Object.entries(byPart)) print(check, lang, part, s);
  }
}
fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
console.log(`\nWritten to ${out}`);
