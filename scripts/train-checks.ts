// `npm run train:checks`: trains the checks' models per language on the tuning part of the
// corpus (never the held-out part): the gentle check's (content/<lang>/checks/model.json) and
// the apology checklist's (apology-model.json, scripts/checks-model/apology.ts). It prints
// how "rules OR model" reads sentences the model did not train on, against the rules alone:
// 5-fold cross-validation, and leave one blind writer's set out (the nearer guess at a fresh
// writer), and a replay of the last rounds (scripts/checks-model/replay.ts: the rules of their
// day and a model trained on the lines tuning held then, reading each set as it arrived).
// For the checklist: leave one blind set out and the replay, rules alone against rules with the
// model. Those figures are also written to test/eval/model-cv.json.
// `--no-cv` writes the models without measuring them (seconds instead of minutes).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { apologyTuningSets, gentleTuningSets } from '../test/eval/corpus/tuning.ts';
import { checkContentFor } from '../test/eval/content.ts';
import { readyModel, scoreText } from '../shared/text-checks/model.ts';
import { examplesOf, gentleOptionsFor, rulesKinds, trainModel } from './checks-model/train.ts';
import { crossValidate, formatBySet, formatComparison } from './checks-model/cv.ts';
import { replay } from './checks-model/replay.ts';
import { APOLOGY_OPTIONS, apologyExamplesOf, crossValidateApology, formatApologyBySet, formatApologyComparison, replayApology, trainApologyModel } from './checks-model/apology.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const measure = !process.argv.includes('--no-cv');
const figures: Record<string, unknown> = {};
const apologyFigures: Record<string, unknown> = {};
const sizeOf = (json: string): string => `${(json.length / 1024).toFixed(1)} KB, ${(gzipSync(json).length / 1024).toFixed(1)} KB gzipped`;

for (const lang of ['en', 'nl'] as const) {
  // The rules alone: training makes the model, so it must not need one.
  const content = checkContentFor(lang, false);
  const { cases, sets, setOf } = gentleTuningSets(lang);
  const options = gentleOptionsFor(lang);
  const examples = examplesOf(cases, content, options.groups, setOf);
  const model = trainModel(examples, options);
  const json = `${JSON.stringify(model)}\n`;
  fs.writeFileSync(path.join(root, 'content', lang, 'checks', 'model.json'), json);
  console.log(`\n${lang}: ${cases.length} tuning sentences in ${sets.length} sets; model.json ${sizeOf(json)}, ${model.slots.length} features (${model.recipe})`);

  const ready = readyModel(model);
  const sample = cases.slice(0, 200).map((c) => ({ text: c.text, rules: rulesKinds(c.text, content) }));
  const start = performance.now();
  for (let round = 0; round < 5; round++) for (const { text, rules } of sample) scoreText(text, ready, content.grammar, rules);
  console.log(`scoring: ${(((performance.now() - start) / (5 * sample.length)) * 1000).toFixed(0)} µs a sentence (beside the rules)`);

  if (measure) {
    const report = crossValidate(examples, sets, options);
    console.log(formatComparison(`${lang} 5-fold cross-validation`, report.kfold));
    console.log(formatComparison(`${lang} leave one blind set out (each set scored by a model trained without it)`, report.leaveOneSetOut));
    console.log(formatBySet(report.bySet));
    const newest = report.bySet[report.bySet.length - 1];
    if (newest) console.log(formatComparison(`${lang} the newest set alone (${newest.name})`, newest.comparison));
    // The replay: each of the last rounds' sets read by the rules of their day and by a model
    // trained on what tuning held then. Neither had seen the set: this is the honest figure.
    const replayed = await replay(lang, { cases, sets, setOf }, options);
    for (const r of replayed.sets) console.log(`  replayed ${r.set}: model trained on ${r.trainedOn} earlier lines`);
    console.log(formatComparison(`${lang} replay of the last rounds, pooled (rules and model as they would have stood before each set)`, replayed.pooled));
    figures[lang] = { ...report, replay: replayed };
  }

  const apology = apologyTuningSets(lang);
  const apologyExamples = apologyExamplesOf(apology.cases, content, APOLOGY_OPTIONS, apology.setOf);
  const apologyModel = trainApologyModel(apologyExamples, APOLOGY_OPTIONS);
  const apologyJson = `${JSON.stringify(apologyModel)}\n`;
  fs.writeFileSync(path.join(root, 'content', lang, 'checks', 'apology-model.json'), apologyJson);
  console.log(`\n${lang}: ${apology.cases.length} tuning apologies in ${apology.sets.length} sets; apology-model.json ${sizeOf(apologyJson)}, ${apologyModel.slots.length} features`);
  if (measure) {
    const [report] = crossValidateApology(apologyExamples, apology.sets, APOLOGY_OPTIONS);
    const [replayed] = await replayApology(lang, apology, APOLOGY_OPTIONS);
    if (report) {
      console.log(formatApologyComparison(`${lang} apology, leave one blind set out (each set read by a model trained without it)`, report.leaveOneSetOut));
      console.log(formatApologyBySet(report.bySet));
    }
    if (replayed) {
      for (const r of replayed.sets) console.log(formatApologyComparison(`${lang} apology, replayed ${r.set} (model trained on ${r.trainedOn} earlier messages)`, r.comparison));
      console.log(formatApologyComparison(`${lang} apology, replay of the last rounds, pooled (rules and model as they would have stood before each set)`, replayed.pooled));
    }
    apologyFigures[lang] = { ...report, replay: replayed };
  }
}
if (measure) {
  figures.apology = apologyFigures;
  fs.writeFileSync(path.join(root, 'test', 'eval', 'model-cv.json'), `${JSON.stringify(figures, null, 2)}\n`);
  console.log('\nFigures written to test/eval/model-cv.json.');
}
console.log('The rules were tuned on every tuning set but the newest, so their figures on the others are what they learnt, not how they generalise.');
