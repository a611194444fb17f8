// The second reading of the held-out part (test/eval/second-reader/) must cover every held-out
// line in the corpus's own labels, or `npm run eval:agreement` would score a different set than
// the checks are scored on.
import { describe, expect, it } from 'vitest';
import { apologyCorpus, gentleCorpus, LANGS } from '../eval/corpus/load.ts';
import { secondReading } from '../eval/second-reader/load.ts';

describe.each(LANGS)('the second reading of the %s held-out part', (lang) => {
  const second = secondReading(lang);

  it('reads every held-out sentence of the gentle check', () => {
    expect(gentleCorpus[lang].heldout.filter((c) => !second.gentle.has(c.text)).map((c) => c.text)).toEqual([]);
  });

  it('reads every held-out apology', () => {
    expect(apologyCorpus[lang].heldout.filter((c) => !second.apology.has(c.text)).map((c) => c.text)).toEqual([]);
  });
});
