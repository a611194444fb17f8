// The apology checklist's trained model: its guesses join the rules' checklist as one checklist
// can say them (a guessed act or effect clears a general sorry; a guessed hedge means the sorry
// does not own), each guess is worded as one, and the committed apology-model.json is exactly what training on the committed tuning part makes.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { apologyTuningSets } from '../eval/corpus/tuning.ts';
import { checkApology } from '../../shared/text-checks/apology.ts';
import type { ApologyCheck } from '../../shared/text-checks/apology.ts';
import { apologyModelSchema, checkWithModel, joinScores, labelsOfCheck, readyApologyModel } from '../../shared/text-checks/apology-model.ts';
import type { ApologyModel } from '../../shared/text-checks/apology-model.ts';
import { APOLOGY_LABELS } from '../../shared/text-checks/schema.ts';
import type { ApologyLabel } from '../../shared/text-checks/schema.ts';
import { APOLOGY_OPTIONS, apologyExamplesOf, compareApology, trainApologyModel, vetoesFrom } from '../../scripts/checks-model/apology.ts';
import type { ApologyExample } from '../../scripts/checks-model/apology.ts';

const LANGS = ['en', 'nl'] as const;
const committed = (lang: string) => JSON.parse(fs.readFileSync(`content/${lang}/checks/apology-model.json`, 'utf8')) as unknown;

/** Thresholds of 0 and vetoes of -1 for every label: a score of 1 raises, -2 vetoes. */
const model: Pick<ApologyModel, 'kinds'> = {
  kinds: Object.fromEntries(APOLOGY_LABELS.map((l) => [l, { bias: 0, threshold: 0, veto: -1 }])) as ApologyModel['kinds'],
};
const scores = (high: ApologyLabel[], low: ApologyLabel[] = []): Record<ApologyLabel, number> =>
  Object.fromEntries(APOLOGY_LABELS.map((l) => [l, high.includes(l) ? 1 : low.includes(l) ? -2 : -0.5])) as Record<ApologyLabel, number>;
const set = (...labels: ApologyLabel[]) => new Set<ApologyLabel>(labels);

describe('joining the model to the rules', () => {
  it('only adds where the rules found nothing, and says which labels are guesses', () => {
    const joined = joinScores(set('act', 'owns'), scores(['act', 'effect']), model);
    expect(joined.labels).toEqual(set('act', 'owns', 'effect'));
    expect(joined.guessed).toEqual(set('effect'));
    expect(joined.cleared).toEqual(set());
  });

  it('clears a general sorry once it reads an act or an effect the rules missed', () => {
    const act = joinScores(set('owns', 'vague'), scores(['act']), model, { clearVague: 'act', veto: false });
    expect(act.labels).toEqual(set('owns', 'act'));
    expect(act.cleared).toEqual(set('vague'));
    const effect = joinScores(set('owns', 'vague'), scores(['effect']), model, { clearVague: 'actOrEffect', veto: false });
    expect(effect.labels).toEqual(set('owns', 'effect'));
    expect(joinScores(set('owns', 'vague'), scores(['effect']), model, { clearVague: 'act', veto: false }).labels).toEqual(set('owns', 'vague', 'effect'));
    // Without clearing, the general sorry stands and no act is guessed beside it.
    expect(joinScores(set('owns', 'vague'), scores(['act']), model, { clearVague: 'none', veto: false }).labels).toEqual(set('owns', 'vague'));
  });

  it('never calls a sorry general where an act is named, and a hedged sorry does not own', () => {
    expect(joinScores(set('act', 'owns'), scores(['vague']), model).labels).toEqual(set('act', 'owns'));
    const hedged = joinScores(set('act', 'owns'), scores(['hedge']), model);
    expect(hedged.labels).toEqual(set('act', 'hedge'));
    expect(hedged.cleared).toEqual(set('owns'));
    expect(joinScores(set('hedge'), scores(['owns']), model).labels).toEqual(set('hedge'));
  });

  it('vetoes a rules flag only when the policy allows it', () => {
    expect(joinScores(set('owns', 'asks'), scores([], ['asks']), model, { clearVague: 'act', veto: false }).labels).toEqual(set('owns', 'asks'));
    const vetoed = joinScores(set('owns', 'asks'), scores([], ['asks']), model, { clearVague: 'act', veto: true });
    expect(vetoed.labels).toEqual(set('owns'));
    expect(vetoed.cleared).toEqual(set('asks'));
  });

  it('sets each veto below every score a correct rules flag had', () => {
    const ex = (kinds: ApologyLabel[], rules: ApologyLabel[]): ApologyExample => ({ features: { slots: new Int32Array(), value: 0 }, kinds: new Set(kinds), rules: new Set(rules), group: -1 });
    const row = (asks: number) => APOLOGY_LABELS.map((l) => (l === 'asks' ? asks : 0));
    const vetoes = vetoesFrom([ex(['asks'], ['asks']), ex(['asks'], ['asks']), ex([], ['asks']), ex(['asks'], [])], [row(0.5), row(-0.2505), row(-3), row(-9)]);
    expect(vetoes.asks).toBe(-0.251);
    expect(vetoes.hedge).toBeUndefined();
  });
});

describe('the checklist with the model', () => {
  const content = checkContentFor('en');
  const lists = content.apology;
  const ready = readyApologyModel(apologyModelSchema.parse(committed('en')));
  /** A model that reads every label as there, whatever the words. */
  const eager: ApologyModel = { ...ready, kinds: Object.fromEntries(APOLOGY_LABELS.map((l) => [l, { bias: 0, threshold: -1e9 }])) as ApologyModel['kinds'] };
  const stateOf = (check: ApologyCheck, id: string) => check.items.find((i) => i.id === id);

  it('reads the rules back as labels', () => {
    const check = checkApology("I'm sorry I missed your party, but work was crazy.", lists, content.grammar);
    expect(labelsOfCheck(check)).toEqual(set('act', 'hedge'));
  });

  it('words what it changes as a guess, and quotes nothing it cannot point at', () => {
    const text = 'I am sorry. It was all on me.';
    const rules = checkApology(text, lists, content.grammar);
    expect(stateOf(rules, 'namesAct')?.state).toBe('flagged');
    const joined = checkWithModel(text, rules, lists, eager, content.grammar);
    const act = stateOf(joined, 'namesAct');
    expect(act?.state).toBe('met');
    expect(act?.guessed).toBe(true);
    expect(act?.reason).toBe(`${lists.guess?.labels.act} ${lists.guess?.onlyGuess}`);
    const asks = stateOf(joined, 'asksNothing');
    expect(asks?.state).toBe('flagged');
    expect(asks?.notes).toEqual([]);
    expect(asks?.reason).toContain(lists.guess?.onlyGuess ?? '-');
    // An item the rules had already met keeps the rules' words and what they found.
    expect(stateOf(joined, 'ownsIt')).toEqual({ ...stateOf(rules, 'ownsIt'), state: 'flagged', reason: `${lists.guess?.labels.hedge} ${lists.guess?.onlyGuess}`, spans: [], notes: [], guessed: true });
  });

  it('shows the rules alone without the words for guesses, or before anything is written', () => {
    const text = 'I am sorry.';
    const rules = checkApology(text, lists, content.grammar);
    expect(checkWithModel(text, rules, { ...lists, guess: undefined }, eager, content.grammar)).toBe(rules);
    const empty = { items: [] };
    expect(checkWithModel('', empty, lists, eager, content.grammar)).toBe(empty);
  });
});

describe('apology-model.json', () => {
  for (const lang of LANGS) {
    it(`${lang}: parses, is what training on the committed tuning part makes, and reads it as training meant`, () => {
      const file = apologyModelSchema.parse(committed(lang));
      const { cases, setOf } = apologyTuningSets(lang);
      const examples = apologyExamplesOf(cases, checkContentFor(lang, false), APOLOGY_OPTIONS, setOf);
      expect(trainApologyModel(examples, APOLOGY_OPTIONS)).toEqual(file);
      // On what it trained on, rules with the model find more and flag sound apologies no more than 3 %.
      const ready = readyApologyModel(file);
      const content = checkContentFor(lang);
      const joined = cases.map((c) => {
        const rules = checkApology(c.text, content.apology, content.grammar);
        return labelsOfCheck(checkWithModel(c.text, rules, content.apology, ready, content.grammar));
      });
      const c = compareApology(examples, joined);
      for (const label of APOLOGY_LABELS) expect(c.joined.labels[label].recall).toBeGreaterThanOrEqual(c.rules.labels[label].recall - 0.01);
      expect(c.joined.soundFlagged).toBeLessThanOrEqual(0.03);
    }, 240_000);
  }
});
