// How well "rules OR model" would read sentences the model never saw, measured on the tuning
// part alone, two ways:
// - k-fold: sentences dealt at random into folds; each fold scored by a model trained on the
//   rest. Easy: a fold shares writers, and often whole themes, with its training part.
// - leave one set out: each blind writer's set (test/eval/corpus/sets.ts) scored by a model
//   trained on every other line. The nearest the tuning part comes to a fresh writer.
// Either way the thresholds are chosen inside the training part (nested folds), never on the
// lines being scored. The rules are scored on the same lines, but they were tuned on all of
// them: their figures here are what they learnt, not how they generalise, so the gain the
// model shows over them here is, if anything, an underestimate and their false flags too low.
import { GENTLE_KINDS } from '../../shared/text-checks/schema.ts';
import type { GentleKind } from '../../shared/text-checks/schema.ts';
import { readyModel, scoreFeatures } from '../../shared/text-checks/model.ts';
import { foldsOf, trainModel } from './train.ts';
import type { Example, TrainOptions } from './train.ts';

export interface Row<L extends string = GentleKind> {
  readonly expected: ReadonlySet<L>;
  readonly got: ReadonlySet<L>;
}

export interface KindFigures {
  readonly labelled: number;
  readonly recall: number;
  readonly precision: number | null;
  /** Share of kind sentences this kind was raised on. */
  readonly falseFlag: number;
}

export interface Figures<L extends string = GentleKind> {
  readonly rows: number;
  readonly kindSentences: number;
  /** Share of kind sentences on which anything at all was raised. */
  readonly falseFlag: number;
  readonly kinds: Record<L, KindFigures>;
}

export function figuresOf(rows: readonly Row[]): Figures {
  return labelFiguresOf(rows, GENTLE_KINDS);
}

/** Per label of `labels`; a row with none of them expected is a kind one. */
export function labelFiguresOf<L extends string>(rows: readonly Row<L>[], labels: readonly L[]): Figures<L> {
  const kindRows = rows.filter((r) => r.expected.size === 0);
  const kinds = {} as Record<L, KindFigures>;
  for (const kind of labels) {
    const labelled = rows.filter((r) => r.expected.has(kind)).length;
    const found = rows.filter((r) => r.expected.has(kind) && r.got.has(kind)).length;
    const raised = rows.filter((r) => r.got.has(kind)).length;
    kinds[kind] = {
      labelled,
      recall: labelled === 0 ? 0 : found / labelled,
      precision: raised === 0 ? null : found / raised,
      falseFlag: kindRows.length === 0 ? 0 : kindRows.filter((r) => r.got.has(kind)).length / kindRows.length,
    };
  }
  return {
    rows: rows.length,
    kindSentences: kindRows.length,
    falseFlag: kindRows.length === 0 ? 0 : kindRows.filter((r) => r.got.size > 0).length / kindRows.length,
    kinds,
  };
}

/** What the model raises on `test` after training on `train` alone. */
export function modelPredictions(train: readonly Example[], test: readonly Example[], opts: TrainOptions): Set<GentleKind>[] {
  const model = readyModel(trainModel(train, opts));
  return test.map((ex) => {
    const scores = scoreFeatures(ex.features, model);
    return new Set(GENTLE_KINDS.filter((kind) => scores[kind] > model.kinds[kind].threshold));
  });
}

/** Each example's predicted kinds from the outer fold that held it out. */
export function predictedByFolds(examples: readonly Example[], fold: readonly number[], opts: TrainOptions): (Set<GentleKind> | undefined)[] {
  const got: (Set<GentleKind> | undefined)[] = new Array(examples.length).fill(undefined);
  for (const f of [...new Set(fold)].filter((f) => f >= 0)) {
    const test = examples.map((_, i) => i).filter((i) => fold[i] === f);
    const predicted = modelPredictions(
      examples.filter((_, i) => fold[i] !== f),
      test.map((i) => examples[i] as Example),
      opts,
    );
    test.forEach((i, n) => (got[i] = predicted[n]));
  }
  return got;
}

export interface Comparison {
  readonly rules: Figures;
  readonly model: Figures;
  readonly either: Figures;
}

/** A sentence's labels and what the rules raised on it. */
export type Labelled = Pick<Example, 'kinds' | 'rules'>;

/** Rules, model and rules OR model over the examples that have a prediction. */
export function compare(examples: readonly Labelled[], model: readonly (ReadonlySet<GentleKind> | undefined)[]): Comparison {
  const scored = examples.map((ex, i) => ({ ex, m: model[i] })).filter((r): r is { ex: Labelled; m: ReadonlySet<GentleKind> } => r.m !== undefined);
  const rows = (got: (ex: Labelled, m: ReadonlySet<GentleKind>) => ReadonlySet<GentleKind>): Row[] => scored.map(({ ex, m }) => ({ expected: ex.kinds, got: got(ex, m) }));
  return {
    rules: figuresOf(rows((ex) => ex.rules)),
    model: figuresOf(rows((_, m) => m)),
    either: figuresOf(rows((ex, m) => new Set([...ex.rules, ...m]))),
  };
}

export interface SetFigures {
  readonly name: string;
  readonly comparison: Comparison;
}

export interface CvReport {
  readonly kfold: Comparison;
  /** Every blind set, each scored by a model trained without it, pooled. */
  readonly leaveOneSetOut: Comparison;
  readonly bySet: readonly SetFigures[];
}

/**
 * Both measures for one language's tuning part. `sets` names each example's set (its
 * `group` indexes it); only blind sets are left out in turn, the rest always train.
 */
export function crossValidate(examples: readonly Example[], sets: readonly { name: string; blind: boolean }[], opts: TrainOptions, withKfold = true): CvReport {
  // A seed of its own, so the outer folds are not the inner folds that pick thresholds.
  const outerFolds = withKfold ? foldsOf(examples.length, opts.folds, opts.seed + 1) : examples.map(() => -1);
  const kfold = compare(examples, predictedByFolds(examples, outerFolds, opts));
  const blind = sets.map((s, g) => (s.blind ? g : -1)).filter((g) => g >= 0);
  const outer = examples.map((ex) => (blind.includes(ex.group) ? ex.group : -1));
  const predicted = predictedByFolds(examples, outer, opts);
  const bySet = blind.map((g) => ({
    name: sets[g]?.name ?? String(g),
    comparison: compare(examples, predicted.map((p, i) => (examples[i]?.group === g ? p : undefined))),
  }));
  return { kfold, leaveOneSetOut: compare(examples, predicted), bySet };
}

/** A share as the tables print it: one decimal, padded, or a dash for none. */
export const pct = (n: number | null): string => (n === null ? '    - ' : `${(n * 100).toFixed(1).padStart(5)}%`);

/** The figures as a table: per kind recall (and its false flags), for rules, model, either. */
export function formatComparison(title: string, c: Comparison): string {
  const lines = [`${title}: ${c.rules.rows} sentences, ${c.rules.kindSentences} kind`];
  lines.push('  kind          n    rules recall/ff     model recall/ff   rules OR model recall/ff   model precision');
  for (const kind of GENTLE_KINDS) {
    const r = c.rules.kinds[kind];
    const m = c.model.kinds[kind];
    const e = c.either.kinds[kind];
    lines.push(
      `  ${kind.padEnd(10)} ${String(r.labelled).padStart(4)}    ${pct(r.recall)} ${pct(r.falseFlag)}     ${pct(m.recall)} ${pct(m.falseFlag)}     ${pct(e.recall)} ${pct(e.falseFlag)}            ${pct(m.precision)}`,
    );
  }
  lines.push(`  any kind raised on a kind sentence: rules ${pct(c.rules.falseFlag)}, model ${pct(c.model.falseFlag)}, rules OR model ${pct(c.either.falseFlag)}`);
  return lines.join('\n');
}

/** Recall over every labelled label at once: each set's figure in the table by set. */
export function pooledRecall(kinds: Readonly<Record<string, KindFigures>>): number {
  const all = Object.values(kinds);
  const labelled = all.reduce((n, k) => n + k.labelled, 0);
  const found = all.reduce((n, k) => n + k.recall * k.labelled, 0);
  return labelled === 0 ? 0 : found / labelled;
}

/** One line per left-out set: before and after the model, its pooled recall and false flags. */
export function bySetTable<C>(bySet: readonly { name: string; comparison: C }[], header: string, row: (c: C) => readonly [number, number, number, number]): string {
  const lines = [`  set                                   ${header}`];
  for (const { name, comparison } of bySet) {
    const [recall, ff, recallAfter, ffAfter] = row(comparison);
    lines.push(`  ${name.slice(0, 36).padEnd(36)}  ${pct(recall)} ${pct(ff)}      ${pct(recallAfter)} ${pct(ffAfter)}`);
  }
  return lines.join('\n');
}

export function formatBySet(bySet: readonly SetFigures[]): string {
  return bySetTable(bySet, 'rules recall/ff    rules OR model recall/ff', (c) => [pooledRecall(c.rules.kinds), c.rules.falseFlag, pooledRecall(c.either.kinds), c.either.falseFlag]);
}
