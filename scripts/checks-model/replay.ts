// Replays the last rounds as they happened, the most honest guess at a fresh writer the tuning
// part allows: for each blind set that has since moved into tuning, the rules as they stood
// just before it did (their own code and content, taken from git) and a model trained only on
// the lines tuning held then (earlier sets in the file), both reading that set. Neither had
// seen it, as neither will have seen the next writer's. Labels are today's.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ApologyLabel, GentleKind } from '../../shared/text-checks/schema.ts';
import { labelsOfCheck } from '../../shared/text-checks/apology-model.ts';
import type { ApologyCheck } from '../../shared/text-checks/apology.ts';
import type { CheckContent } from '../../shared/text-checks/content.ts';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { featuresOf } from '../../shared/text-checks/model.ts';
import type { GentleCase } from '../../test/eval/corpus/cases.ts';
import type { SetOfLine } from '../../test/eval/corpus/sets.ts';
import { compare } from './cv.ts';
import type { Comparison } from './cv.ts';
import { modelPredictions } from './cv.ts';
import type { Example, TrainOptions } from './train.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** The commit that moved each replayed set into tuning (the rules before it had not seen it). */
export const REPLAYED: readonly { set: string; movedBy: string }[] = [
  { set: 'held-out set 6,', movedBy: 'Round 11: held-out set 6 moved into tuning' },
  { set: 'held-out set 7,', movedBy: 'Round 12: held-out set 7 moved into tuning' },
  { set: 'held-out set 8,', movedBy: 'Round 13: held-out set 8 moved into tuning' },
  { set: 'held-out sets 9 and 10,', movedBy: 'Round 14: held-out sets 9 and 10 moved into tuning' },
  { set: 'held-out set 11,', movedBy: 'Round 15: held-out set 11 moved into tuning' },
  { set: 'held-out set 12,', movedBy: 'Round 16: held-out set 12 moves into tuning' },
  // Written blind for tuning and added after set 12 moved: the rules before had seen neither.
  { set: 'blind set 16a,', movedBy: 'Round 16: blind sets 16a and 16b' },
  { set: 'blind set 16b,', movedBy: 'Round 16: blind sets 16a and 16b' },
  { set: 'held-out set 13,', movedBy: 'Held-out set 13 moves into tuning for round 17' },
  // Written blind for tuning in round 17, in two commits; the rules before them were round 16's.
  { set: 'blind set 17a,', movedBy: 'Blind sets 17a and 17b' },
  { set: 'blind set 17b,', movedBy: 'Blind sets 17a and 17b' },
  { set: 'blind set 17c,', movedBy: 'Blind sets 17c and 17d' },
  { set: 'blind set 17d,', movedBy: 'Blind sets 17c and 17d' },
  // Round 18: held-out sets 14 and 14b and the blind sets 18a and 18b arrived in one commit.
  { set: 'held-out set 14,', movedBy: 'Held-out sets 14 and 14b move into tuning for round 18' },
  { set: 'held-out set 14b,', movedBy: 'Held-out sets 14 and 14b move into tuning for round 18' },
  { set: 'blind set 18a,', movedBy: 'Held-out sets 14 and 14b move into tuning for round 18' },
  { set: 'blind set 18b,', movedBy: 'Held-out sets 14 and 14b move into tuning for round 18' },
  // Round 19: the same, held-out sets 15 and 15b with the blind sets 19a and 19b.
  { set: 'held-out set 15,', movedBy: 'Held-out sets 15 and 15b move into tuning for round 19' },
  { set: 'held-out set 15b,', movedBy: 'Held-out sets 15 and 15b move into tuning for round 19' },
  { set: 'blind set 19a,', movedBy: 'Held-out sets 15 and 15b move into tuning for round 19' },
  { set: 'blind set 19b,', movedBy: 'Held-out sets 15 and 15b move into tuning for round 19' },
  // Round 20: held-out sets 16 and 16b alone.
  { set: 'held-out set 16,', movedBy: 'Held-out sets 16 and 16b move into tuning for round 20' },
  { set: 'held-out set 16b,', movedBy: 'Held-out sets 16 and 16b move into tuning for round 20' },
];

type RulesOf = (text: string) => Set<GentleKind>;

export interface OldChecks {
  readonly rules: Record<'en' | 'nl', RulesOf>;
  /** The apology checklist of that day, as labels (what it met and flagged). */
  readonly apology: Record<'en' | 'nl', (text: string) => Set<ApologyLabel>>;
  readonly grammarJson: Record<'en' | 'nl', unknown>;
}

const git = (...args: string[]): string => execFileSync('git', args, { cwd: root, encoding: 'utf8' }).trim();

/** The checks' code and content as they stood at `commit`, unpacked outside the repository. */
export async function checksAt(commit: string): Promise<OldChecks> {
  const dir = path.join('/tmp', `mend-replay-${commit.slice(0, 12)}`);
  if (!fs.existsSync(path.join(dir, 'shared'))) {
    fs.mkdirSync(dir, { recursive: true });
    const tar = execFileSync('git', ['archive', commit, 'shared', 'content', 'test/eval/content.ts'], { cwd: root, maxBuffer: 1 << 28 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    // The files are ES modules, as in the repository.
    fs.writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }\n');
  }
  // The unpacked copy is shared by every checkout on this machine: its packages are this one's,
  // re-linked each time, since a checkout it was first linked to may be gone.
  const modules = path.join(dir, 'node_modules');
  fs.rmSync(modules, { force: true });
  fs.symlinkSync(fs.realpathSync(path.join(root, 'node_modules')), modules);
  const { checkContentFor } = (await import(pathToFileURL(path.join(dir, 'test/eval/content.ts')).href)) as { checkContentFor: (lang: string) => CheckContent };
  const { checkGentle } = (await import(pathToFileURL(path.join(dir, 'shared/text-checks/gentle.ts')).href)) as {
    checkGentle: (text: string, lists: unknown, grammar: unknown) => { kind: GentleKind }[];
  };
  const { checkApology } = (await import(pathToFileURL(path.join(dir, 'shared/text-checks/apology.ts')).href)) as {
    checkApology: (text: string, lists: unknown, grammar: unknown) => ApologyCheck;
  };
  const apologyFor = (lang: 'en' | 'nl'): ((text: string) => Set<ApologyLabel>) => {
    const content = checkContentFor(lang);
    return (text) => labelsOfCheck(checkApology(text, content.apology, content.grammar));
  };
  const rulesFor = (lang: 'en' | 'nl'): RulesOf => {
    const content = checkContentFor(lang);
    return (text) => new Set(checkGentle(text, content.gentle, content.grammar).map((f) => f.kind));
  };
  const grammarJson = (lang: string): unknown => JSON.parse(fs.readFileSync(path.join(dir, 'content', lang, 'checks', 'grammar.json'), 'utf8'));
  return { rules: { en: rulesFor('en'), nl: rulesFor('nl') }, apology: { en: apologyFor('en'), nl: apologyFor('nl') }, grammarJson: { en: grammarJson('en'), nl: grammarJson('nl') } };
}

/** Each replayed set found in these sets, with the checks as they stood before it moved in. */
export async function replayedSets(sets: readonly SetOfLine[]): Promise<{ g: number; old: OldChecks }[]> {
  const out: { g: number; old: OldChecks }[] = [];
  for (const { set, movedBy } of REPLAYED) {
    const g = sets.findIndex((s) => s.name.startsWith(set));
    if (g < 0) continue;
    const commit = git('log', '-1', '--format=%H', '-F', `--grep=${movedBy}`);
    if (!commit) continue;
    out.push({ g, old: await checksAt(`${commit}^`) });
  }
  return out;
}

export interface Replayed {
  readonly set: string;
  readonly trainedOn: number;
  readonly comparison: Comparison;
}

/** Each replayed set of one language, and all of them pooled. */
export async function replay(
  lang: 'en' | 'nl',
  tuning: { cases: readonly GentleCase[]; sets: readonly SetOfLine[]; setOf: readonly number[] },
  opts: TrainOptions,
): Promise<{ sets: Replayed[]; pooled: Comparison }> {
  const out: Replayed[] = [];
  const pooledExamples: Example[] = [];
  const pooledModel: Set<GentleKind>[] = [];
  for (const { g, old } of await replayedSets(tuning.sets)) {
    // The model reads the grammar of that day too: today's word classes were tuned on this set.
    const grammar = grammarSchema.parse(old.grammarJson[lang]);
    const examples: Example[] = tuning.cases.map((c, i) => {
      const rules = old.rules[lang](c.text);
      return { features: featuresOf(c.text, { grammar, rulesFound: rules, groups: opts.groups }), kinds: c.kinds, rules, group: tuning.setOf[i] ?? -1 };
    });
    const train = examples.filter((ex) => ex.group < g);
    const test = examples.filter((ex) => ex.group === g);
    const predicted = modelPredictions(train, test, opts);
    out.push({ set: tuning.sets[g]?.name ?? String(g), trainedOn: train.length, comparison: compare(test, predicted) });
    pooledExamples.push(...test);
    pooledModel.push(...predicted);
  }
  return { sets: out, pooled: compare(pooledExamples, pooledModel) };
}

