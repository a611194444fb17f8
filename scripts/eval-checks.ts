// `npm run eval:checks`: how well the text checks read the labelled corpus (test/eval/corpus),
// per language, per kind and per part (tuning, held-out). Prints a table and writes the
// figures to test/eval/results.json (or the path given as the first argument). The gentle
// figures are the product's: the rules' notes and the trained model's guesses, sentence by
// sentence, as GentleHints shows them; "gentleRulesAlone" keeps the rules' own beside them.
// Likewise the apology figures are the checklist with its model's guesses joined in, as
// ApologyChecklist shows it, and "apologyRulesAlone" the rules' checklist alone.
// With --misses, it also lists what the tuning part got wrong.
// With --with-model it also compares, on the held-out part, the rules alone, the trained model
// (content/<lang>/checks/model.json, trained on the tuning part only) and rules OR model, each
// line read whole as in training, and writes those figures beside the results
// (results.model.json).
// With --tuning-only the held-out part is not even loaded and nothing is written: for work on
// the rules or the model, which must never study the held-out sentences. With --with-model it
// then prints the model's cross-validated figures on the tuning part (k-fold and leave one
// blind set out; a few minutes).
import fs from 'node:fs';
import { checkContentFor } from '../test/eval/content.ts';
import type { PartScore } from '../test/eval/measure.ts';
import { GENTLE_KINDS } from '../shared/text-checks/schema.ts';
import type { GentleKind } from '../shared/text-checks/schema.ts';

const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
const out = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'test/eval/results.json';
const showMisses = flags.includes('--misses');
const withModel = flags.includes('--with-model');
const tuningOnly = flags.includes('--tuning-only');
const LANGS = ['en', 'nl'] as const;

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

/** Rules alone vs rules OR model on the tuning part, from models that never saw the lines scored. */
async function modelOnTuning(): Promise<Record<string, unknown>> {
  const { gentleTuningSets } = await import('../test/eval/corpus/tuning.ts');
  const { gentleOptionsFor, examplesOf } = await import('./checks-model/train.ts');
  const { crossValidate, formatBySet, formatComparison } = await import('./checks-model/cv.ts');
  const figures: Record<string, unknown> = {};
  for (const lang of LANGS) {
    const content = checkContentFor(lang);
    const { cases, sets, setOf } = gentleTuningSets(lang);
    const options = gentleOptionsFor(lang);
    const report = crossValidate(examplesOf(cases, content, options.groups, setOf), sets, options);
    console.log(`\n${formatComparison(`gentle ${lang} tuning, model by 5-fold cross-validation`, report.kfold)}`);
    console.log(formatComparison(`gentle ${lang} tuning, leave one blind set out`, report.leaveOneSetOut));
    console.log(formatBySet(report.bySet));
    figures[lang] = report;
  }
  return figures;
}

/** Rules alone vs rules OR the committed model on the held-out part, measured once. */
async function modelOnHeldout(): Promise<Record<string, unknown>> {
  const { gentleCorpus } = await import('../test/eval/corpus/load.ts');
  const { compare, formatComparison } = await import('./checks-model/cv.ts');
  const { rulesKinds } = await import('./checks-model/train.ts');
  const { gentleModelSchema, modelKinds, readyModel } = await import('../shared/text-checks/model.ts');
  const figures: Record<string, unknown> = {};
  for (const lang of LANGS) {
    const content = checkContentFor(lang);
    const model = readyModel(gentleModelSchema.parse(JSON.parse(fs.readFileSync(`content/${lang}/checks/model.json`, 'utf8'))));
    const cases = gentleCorpus[lang].heldout;
    const rows = cases.map((c) => {
      const rules = rulesKinds(c.text, content);
      return { example: { kinds: c.kinds, rules }, model: modelKinds(c.text, model, content.grammar, rules) };
    });
    const comparison = compare(
      rows.map((r) => r.example),
      rows.map((r) => r.model),
    );
    console.log(`\n${formatComparison(`gentle ${lang} held-out, rules vs the committed model (trained on the tuning part only)`, comparison)}`);
    figures[lang] = comparison;
  }
  return figures;
}

async function rulesOnTuning(): Promise<void> {
  const { gentleTuning } = await import('../test/eval/corpus/tuning.ts');
  const { figuresOf } = await import('./checks-model/cv.ts');
  const { rulesKinds } = await import('./checks-model/train.ts');
  for (const lang of LANGS) {
    const content = checkContentFor(lang);
    const cases = gentleTuning[lang];
    const f = figuresOf(cases.map((c) => ({ expected: c.kinds, got: rulesKinds(c.text, content) })));
    console.log(`\ngentle ${lang} tuning (rules): ${f.rows} sentences, ${f.kindSentences} kind; false flags on kind sentences ${pct(f.falseFlag)}`);
    for (const kind of GENTLE_KINDS as readonly GentleKind[]) {
      const k = f.kinds[kind];
      console.log(`  ${kind.padEnd(9)} ${String(k.labelled).padStart(3)}  ${pct(k.recall)}   ${pct(k.precision)}    ${pct(k.falseFlag)}`);
    }
  }
}

if (tuningOnly) {
  // Neither measure.ts nor load.ts is imported on this path: both bring in the held-out part.
  if (withModel) await modelOnTuning();
  else await rulesOnTuning();
  console.log('\nTuning part only: the held-out part was not loaded, and nothing was written.');
} else {
  const { measureAll } = await import('../test/eval/measure.ts');
  const report = measureAll(checkContentFor);
  for (const [check, byLang] of Object.entries(report)) {
    for (const [lang, byPart] of Object.entries(byLang)) {
      for (const [part, s] of Object.entries(byPart)) print(check, lang, part, s);
    }
  }
  fs.writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWritten to ${out}`);
  if (withModel) {
    // The held-out part only: cross-validation takes minutes (`npm run train:checks` prints it,
    // as does --tuning-only --with-model), and the held-out figure is the one that is new.
    const heldout = await modelOnHeldout();
    const modelOut = out.replace(/\.json$/, '') + '.model.json';
    fs.writeFileSync(modelOut, `${JSON.stringify({ heldout }, null, 2)}\n`);
    console.log(`\nModel figures written to ${modelOut}`);
  }
}
