// Floors for the text checks' quality (issue 11), from running the real checks with the real
// content on the labelled corpus in test/eval/corpus, as `npm run eval:checks` does.
// On the tuning part, the floors: every kind found at least 90 % of the time, kind
// sentences flagged at most 3 %. The held-out part does not meet them yet (README, "How well
// the text checks read"): there, each figure may not fall below what was last measured
// (test/eval/heldout-measured.json), so the quality cannot silently fall while it is raised.
// That file is updated only after a fresh held-out set is written, never to let a change pass.
// The figures are the product's (rules and the trained models' guesses); the rules alone are
// held to their own last measurement too, so a rule cannot quietly lean on a model.
import { describe, expect, it } from 'vitest';
import { LANGS, PARTS, apologyCorpus, gentleCorpus } from '../eval/corpus/load.ts';
import { checkContentFor } from '../eval/content.ts';
import { scoreApology, scoreGentle } from '../eval/measure.ts';
import type { PartScore } from '../eval/measure.ts';
import measured from '../eval/heldout-measured.json' with { type: 'json' };

type Measured = { falseFlagRate: number; recall: Record<string, number | null> };
const lastMeasured = measured as Record<'gentle' | 'gentleRulesAlone' | 'apology' | 'apologyRulesAlone', Record<string, Measured>>;

/** Kinds whose held-out recall fell below the last measurement, or a false-flag rate above it. */
function fellBelow(score: PartScore, last: Measured): Record<string, string> {
  const fell: Record<string, string> = {};
  for (const [kind, k] of Object.entries(score.kinds)) {
    const before = last.recall[kind];
    if (before !== null && before !== undefined && (k.recall ?? 0) < before - 1e-9) fell[kind] = `${k.recall} < ${before}`;
  }
  if (score.falseFlagRate > last.falseFlagRate + 1e-9) fell.falseFlags = `${score.falseFlagRate} > ${last.falseFlagRate}`;
  return fell;
}

const MIN_RECALL = 0.9;
const MAX_FALSE_FLAGS = 0.03;

function recallsBelow(score: PartScore): Record<string, number> {
  return Object.fromEntries(
    Object.entries(score.kinds)
      .filter(([, k]) => k.recall !== null && k.recall < MIN_RECALL)
      .map(([kind, k]) => [kind, k.recall ?? 0]),
  );
}

describe('the corpus', () => {
  it.each(LANGS)('is as large as the issue asks, a third of it kind sentences (%s)', (lang) => {
    const gentle = PARTS.flatMap((p) => gentleCorpus[lang][p]);
    const apology = PARTS.flatMap((p) => apologyCorpus[lang][p]);
    expect(gentle.length).toBeGreaterThanOrEqual(lang === 'en' ? 300 : 200);
    expect(apology.length).toBeGreaterThanOrEqual(lang === 'en' ? 120 : 80);
    for (const part of PARTS) {
      const g = gentleCorpus[lang][part];
      const a = apologyCorpus[lang][part];
      expect(g.filter((c) => c.kinds.size === 0).length * 3).toBeGreaterThanOrEqual(g.length * 0.95);
      expect(a.filter((c) => c.flags.size === 0).length * 3).toBeGreaterThanOrEqual(a.length * 0.95);
    }
  });

  it('keeps no sentence in both parts, so the held-out part stays unseen', () => {
    for (const lang of LANGS) {
      for (const corpus of [gentleCorpus[lang], apologyCorpus[lang]]) {
        const tuning = new Set(corpus.tuning.map((c) => c.text.toLowerCase()));
        expect(corpus.heldout.filter((c) => tuning.has(c.text.toLowerCase())).map((c) => c.text)).toEqual([]);
      }
    }
  });
});

describe.each(LANGS)('text checks in %s', (lang) => {
  const content = checkContentFor(lang);

  describe('on the tuning part', () => {
    it('find every kind of harm at least 90 % of the time, and flag kind words at most 3 %', () => {
      const score = scoreGentle(gentleCorpus[lang].tuning, content);
      expect(recallsBelow(score)).toEqual({});
      expect(score.falseFlagRate).toBeLessThanOrEqual(MAX_FALSE_FLAGS);
    });

    it('read apologies: every checklist item at least 90 % of the time, sound apologies flagged at most 3 %', () => {
      const score = scoreApology(apologyCorpus[lang].tuning, content);
      expect(recallsBelow(score)).toEqual({});
      expect(score.falseFlagRate).toBeLessThanOrEqual(MAX_FALSE_FLAGS);
    });
  });

  describe('on the held-out part', () => {
    it('find every kind of harm no less often, and flag kind words no more often, than last measured', () => {
      const last = lastMeasured.gentle[lang];
      if (!last) throw new Error(`no held-out measurement for ${lang}`);
      expect(fellBelow(scoreGentle(gentleCorpus[lang].heldout, content), last)).toEqual({});
    });

    it('find every kind no less often, and flag no more often, with the rules alone', () => {
      const last = lastMeasured.gentleRulesAlone[lang];
      if (!last) throw new Error(`no held-out measurement of the rules alone for ${lang}`);
      expect(fellBelow(scoreGentle(gentleCorpus[lang].heldout, { ...content, model: undefined }), last)).toEqual({});
    });

    it('read apologies no worse than last measured', () => {
      const last = lastMeasured.apology[lang];
      if (!last) throw new Error(`no held-out measurement for ${lang}`);
      expect(fellBelow(scoreApology(apologyCorpus[lang].heldout, content), last)).toEqual({});
    });

    it('read apologies no worse than last measured with the rules alone', () => {
      const last = lastMeasured.apologyRulesAlone[lang];
      if (!last) throw new Error(`no held-out measurement of the apology rules alone for ${lang}`);
      expect(fellBelow(scoreApology(apologyCorpus[lang].heldout, { ...content, apologyModel: undefined }), last)).toEqual({});
    });
  });
});
