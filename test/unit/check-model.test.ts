// The gentle check's trained model: its features are one function shared by training and
// scoring, thresholds keep to their false-flag budget, the writing sets are found where the
// corpus marks them, the committed model.json is exactly what training on the committed
// tuning part makes, and scoring reads it the way training meant it.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { apologyTuningSets, gentleTuningSets } from '../eval/corpus/tuning.ts';
import { setsInSource } from '../eval/corpus/sets.ts';
import { GENTLE_KINDS } from '../../shared/text-checks/schema.ts';
import type { GentleKind } from '../../shared/text-checks/schema.ts';
import {
  FEATURE_BITS,
  featureNames,
  featuresOf,
  gentleModelSchema,
  groupsOfRecipe,
  hashSlot,
  modelKinds,
  readyModel,
  recipeOf,
  scoreFeatures,
} from '../../shared/text-checks/model.ts';
import type { FeatureGroup } from '../../shared/text-checks/model.ts';
import { DEFAULT_OPTIONS, examplesOf, gentleOptionsFor, groupedFoldsOf, thresholdsFrom, trainModel } from '../../scripts/checks-model/train.ts';
import type { Example } from '../../scripts/checks-model/train.ts';
import { compare, figuresOf } from '../../scripts/checks-model/cv.ts';

const LANGS = ['en', 'nl'] as const;
const committed = (lang: string) => JSON.parse(fs.readFileSync(`content/${lang}/checks/model.json`, 'utf8')) as unknown;
const grammar = checkContentFor('en').grammar;
/** Every group but the rules' findings, which need the rules run first. */
const TEXT: FeatureGroup[] = ['words', 'chars', 'classes', 'punct'];

describe('model features', () => {
  it('are the same for the same text, and ignore case and apostrophes', () => {
    const a = featuresOf("Don't IGNORE me.", { grammar, groups: TEXT });
    expect([...featuresOf("Don't IGNORE me.", { grammar, groups: TEXT }).slots]).toEqual([...a.slots]);
    const names = featureNames('dont ignore me', { grammar, groups: ['words', 'chars', 'classes'] });
    for (const n of ['w|dont', 'b|<s> dont', 'b|dont ignore', 'c|<do', 'c|ore>']) expect(names).toContain(n);
    expect(featureNames('Don’t ignore me', { grammar, groups: ['words', 'chars', 'classes'] }).sort()).toEqual([...names].sort());
  });

  it('read the grammar: a class next to a word, and two classes a few words apart', () => {
    const names = featureNames('you really ruined it', { grammar, groups: TEXT });
    expect(names).toContain('k|#you');
    expect(names).toContain('kw|#you #harm');
    expect(featureNames('you really ruined it', { groups: TEXT })).not.toContain('kw|#you #harm');
  });

  it('read typed spellings as the word they stand for', () => {
    const nl = checkContentFor('nl').grammar;
    const [typed, standard] = Object.entries(nl?.spellings ?? {}).find(([t, s]) => t !== s) ?? ['', ''];
    expect(typed).not.toBe('');
    expect(featureNames(`${typed}`, { grammar: nl, groups: ['words'] })).toContain(`w|${standard.replace(/'/g, '')}`);
  });

  it('do not run across a sentence end', () => {
    expect(featureNames('I was tired. You ruined nothing', { grammar, groups: TEXT })).not.toContain('b|tired you');
    expect(featureNames('I was tired. You ruined nothing', { grammar, groups: TEXT })).toContain('b|<s> you');
  });

  it('mark questions and shouting', () => {
    expect(featureNames('ANSWER me?', { grammar, groups: TEXT })).toEqual(expect.arrayContaining(['p|caps', 'p|?']));
    expect(featureNames('I miss you.', { grammar, groups: TEXT })).not.toContain('p|caps');
  });

  it('take only the groups asked for, and the rules only when given what they found', () => {
    const words = featureNames('You ruined it', { grammar, groups: ['words'] });
    expect(words.every((n) => n.startsWith('w|') || n.startsWith('b|'))).toBe(true);
    expect(featureNames('You ruined it', { grammar, groups: ['rules'], rulesFound: new Set(['blame'] as const) })).toEqual(['r|blame']);
    expect(featureNames('Hello', { grammar, groups: ['rules'], rulesFound: new Set() })).toEqual(['r|none']);
    expect(() => featureNames('You ruined it', { grammar, groups: ['rules'] })).toThrow();
  });

  it('hash to sorted, distinct slots inside the table, with unit length', () => {
    const f = featuresOf('You never listen, you never did, and you never will.', { grammar, rulesFound: new Set(['past'] as const) });
    expect([...f.slots]).toEqual([...new Set(f.slots)].sort((a, b) => a - b));
    expect(f.slots.every((s) => s >= 0 && s < 1 << FEATURE_BITS)).toBe(true);
    expect(f.value * f.value * f.slots.length).toBeCloseTo(1, 10);
    expect(hashSlot('w|you')).toBe(hashSlot('w|you'));
    expect(hashSlot('w|you')).not.toBe(hashSlot('w|yo'));
  });

  it('are what training learns from: examplesOf uses featuresOf with the rules it ran', () => {
    const content = checkContentFor('en');
    const [ex] = examplesOf([{ text: 'Call me tonight.', kinds: new Set(['urgency'] as const) }], content, ['words', 'rules']);
    expect(ex?.rules.has('urgency')).toBe(true);
    expect([...(ex?.features.slots ?? [])]).toEqual([...featuresOf('Call me tonight.', { grammar: content.grammar, rulesFound: ex?.rules, groups: ['words', 'rules'] }).slots]);
  });

  it('name their recipe, and a recipe names its groups back', () => {
    expect(recipeOf(['classes', 'words'])).toBe('v2:words+classes');
    expect(groupsOfRecipe('v2:words+classes')).toEqual(['words', 'classes']);
    expect(groupsOfRecipe('v1:words')).toBeNull();
    expect(groupsOfRecipe('v2:words+shouting')).toBeNull();
    expect(groupsOfRecipe('v2:classes+words')).toBeNull();
  });
});

/** An example with no features: thresholds read only labels, rules and scores. */
const ex = (kinds: GentleKind[], rules: GentleKind[] = []): Example => ({
  features: { slots: new Int32Array(), value: 0 },
  kinds: new Set(kinds),
  rules: new Set(rules),
  group: -1,
});

describe('thresholds', () => {
  // 100 kind sentences scoring 0..0.99 on pressure; 10 pressure sentences scoring 0.905..0.995.
  const kindOnes = Array.from({ length: 100 }, () => ex([]));
  const kindScores = kindOnes.map((_, i) => [i / 100, 0, 0, 0, 0]);
  const harsh = Array.from({ length: 10 }, () => ex(['pressure']));
  const harshScores = harsh.map((_, i) => [0.905 + i / 100, 0, 0, 0, 0]);

  it('raise no more extra kind sentences than the budget allows', () => {
    const [none] = thresholdsFrom([...kindOnes, ...harsh], [...kindScores, ...harshScores], 0);
    expect(none).toBe(0.99);
    const [two] = thresholdsFrom([...kindOnes, ...harsh], [...kindScores, ...harshScores], 0.02);
    // Two kind sentences (0.99 and 0.98) may be raised: the threshold sits at the third.
    expect(two).toBe(0.97);
  });

  it('count a kind sentence the rules already flag as free', () => {
    const flagged = kindOnes.map((e, i) => (i >= 98 ? ex([], ['blame']) : e));
    const [t] = thresholdsFrom([...flagged, ...harsh], [...kindScores, ...harshScores], 0);
    expect(t).toBe(0.97);
  });

  it('spend the budget on the kind that finds the most per false flag', () => {
    // Blame: one kind sentence just above ten blame ones; past: one above a single past one.
    const blame = Array.from({ length: 10 }, () => ex(['blame']));
    const past = [ex(['past'])];
    const rows = [...kindOnes, ...blame, ...past];
    const scores = [
      ...kindOnes.map((_, i) => [0, i === 0 ? 0.6 : 0, i === 1 ? 0.6 : 0, 0, 0]),
      ...blame.map(() => [0, 0.5, 0, 0, 0]),
      ...past.map(() => [0, 0, 0.5, 0, 0]),
    ];
    const [, blameT, pastT] = thresholdsFrom(rows, scores, 0.01);
    expect(blameT).toBeLessThan(0.5);
    expect(pastT).toBeGreaterThanOrEqual(0.6);
  });
});

describe('writing sets', () => {
  it('start at a held-out set or a round, not at a kind heading', () => {
    const source = ["  // pressure", "  ['pressure', 'a'],", '  // held-out set 2, studied in round 7', '  // blame', "  ['blame', 'b'],", '  // round 8: own lines', "  ['', 'c'],"].join('\n');
    expect(setsInSource(source)).toEqual([
      { name: 'first lines', blind: false },
      { name: 'held-out set 2, studied in round 7', blind: true },
      { name: 'round 8: own lines', blind: false },
    ]);
  });

  for (const [check, setsOf] of [['gentle', gentleTuningSets], ['apology', apologyTuningSets]] as const) for (const lang of LANGS) {
    it(`${lang} ${check}: line up with the tuning lines, with several blind sets`, () => {
      const { cases, sets, setOf } = setsOf(lang);
      expect(setOf).toHaveLength(cases.length);
      expect(sets.filter((s) => s.blind).length).toBeGreaterThanOrEqual(5);
      // Sets come in file order: once a set ends it never starts again.
      expect(setOf.every((g, i) => i === 0 || g === setOf[i - 1] || g === (setOf[i - 1] as number) + 1)).toBe(true);
    });
  }

  it('deal whole sets to folds', () => {
    const groups = [0, 0, 1, 1, 1, 2, 3, 3, 4];
    const fold = groupedFoldsOf(groups, 3, 7);
    groups.forEach((g, i) => groups.forEach((h, j) => g === h && expect(fold[i]).toBe(fold[j])));
    expect(new Set(fold).size).toBe(3);
  });
});

describe('model.json', () => {
  // Running the rules over every tuning line is most of the time here: done once per language.
  const examplesFor = new Map<string, Example[]>();
  const examples = (lang: (typeof LANGS)[number]): Example[] => {
    let found = examplesFor.get(lang);
    if (!found) {
      const { cases, setOf } = gentleTuningSets(lang);
      examplesFor.set(lang, (found = examplesOf(cases, checkContentFor(lang), DEFAULT_OPTIONS.groups, setOf)));
    }
    return found;
  };

  for (const lang of LANGS) {
    it(`${lang}: parses, and is what training on the committed tuning part makes`, () => {
      const file = gentleModelSchema.parse(committed(lang));
      expect(trainModel(examples(lang), gentleOptionsFor(lang))).toEqual(file);
    }, 240_000);

    it(`${lang}: scoring reads it as training meant: most of what it trained on above, kind sentences below`, () => {
      const content = checkContentFor(lang);
      const model = readyModel(gentleModelSchema.parse(committed(lang)));
      const { cases } = gentleTuningSets(lang);
      const trained = examples(lang);
      const predicted = trained.map((e) => {
        const scores = scoreFeatures(e.features, model);
        return new Set(GENTLE_KINDS.filter((k) => scores[k] > model.kinds[k].threshold));
      });
      const f = compare(trained, predicted);
      for (const kind of GENTLE_KINDS) expect(f.model.kinds[kind].recall).toBeGreaterThan(0.5);
      expect(f.model.falseFlag).toBeLessThan(0.03);
      // modelKinds (from the text) agrees with scoring the training features.
      for (const i of [0, 100, 500, 1000]) {
        const c = cases[i];
        if (c) expect(modelKinds(c.text, model, content.grammar, trained[i]?.rules)).toEqual(predicted[i]);
      }
    }, 240_000);
  }

  it('is refused when made with another feature recipe', () => {
    const file = committed('en') as Record<string, unknown>;
    expect(gentleModelSchema.safeParse({ ...file, recipe: 'v1:something-else' }).success).toBe(false);
    expect(gentleModelSchema.safeParse(file).success).toBe(true);
  });
});

describe('cross-validation figures', () => {
  it('count recall per kind and false flags on kind sentences', () => {
    const f = figuresOf([
      { expected: new Set(['blame'] as const), got: new Set(['blame'] as const) },
      { expected: new Set(['blame'] as const), got: new Set() },
      { expected: new Set(), got: new Set(['past'] as const) },
      { expected: new Set(), got: new Set() },
    ]);
    expect(f.kinds.blame.recall).toBe(0.5);
    expect(f.kinds.past.falseFlag).toBe(0.5);
    expect(f.falseFlag).toBe(0.5);
    expect(GENTLE_KINDS.filter((k) => f.kinds[k].labelled > 0)).toEqual(['blame']);
  });

  it('compare rules, model and rules OR model on the same sentences, skipping unscored ones', () => {
    const c = compare([ex(['blame'], ['blame']), ex(['past']), ex([]), ex(['urgency'])], [new Set(), new Set(['past'] as const), new Set(['urgency'] as const), undefined]);
    expect(c.rules.rows).toBe(3);
    expect(c.rules.kinds.past.recall).toBe(0);
    expect(c.either.kinds.past.recall).toBe(1);
    expect(c.either.kinds.blame.recall).toBe(1);
    expect(c.either.falseFlag).toBe(1);
    expect(c.rules.falseFlag).toBe(0);
  });
});
