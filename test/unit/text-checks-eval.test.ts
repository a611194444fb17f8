// Floors for the text checks' quality (issue 11): on the labelled corpus in test/eval/corpus,
// every kind keeps a recall of at least 0.9 and the kind sentences are flagged at most 3 % of
// the time, in each language, on the tuning part and on the held-out part alike. The figures
// come from running the real checks with the real content, as `npm run eval:checks` does.
import { describe, expect, it } from 'vitest';
import { LANGS, PARTS, apologyCorpus, gentleCorpus } from '../eval/corpus/load.ts';
import { checkContentFor } from '../eval/content.ts';
import { scoreApology, scoreGentle } from '../eval/measure.ts';
import type { PartScore } from '../eval/measure.ts';

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

  describe.each(PARTS)('on the %s part', (part) => {
    it('find every kind of harm at least 90 % of the time, and flag kind words at most 3 %', () => {
      const score = scoreGentle(gentleCorpus[lang][part], content);
      expect(recallsBelow(score)).toEqual({});
      expect(score.falseFlagRate).toBeLessThanOrEqual(MAX_FALSE_FLAGS);
    });

    it('read apologies: every checklist item at least 90 % of the time, sound apologies flagged at most 3 %', () => {
      const score = scoreApology(apologyCorpus[lang][part], content);
      expect(recallsBelow(score)).toEqual({});
      expect(score.falseFlagRate).toBeLessThanOrEqual(MAX_FALSE_FLAGS);
    });
  });
});
