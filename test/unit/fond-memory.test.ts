// A memory asked after and then told fondly is not the past used as a weapon: "Remember
// Christmas 2015? Best one ever." The fond words may come in the next sentence, which is how
// people write it, so the check reads one sentence on. A wrong told in the recall, a fond
// sentence with a finding of its own, or sarcasm after a wrong keeps the note. Every case is
// written for this test, in both languages.
import { describe, expect, it } from 'vitest';
import { checkContentFor } from '../eval/content.ts';
import { gentleKindsOf } from '../eval/measure.ts';
import { readGentle } from '../../shared/text-checks/gentle.ts';
import type { GentleKind } from '../../shared/text-checks/gentle.ts';

const content = { en: checkContentFor('en'), nl: checkContentFor('nl') };
const pastIn = (lang: 'en' | 'nl', text: string): boolean =>
  readGentle(text, content[lang].gentle, content[lang].grammar).findings.some((f) => f.kind === 'past');
const kindsSeen = (lang: 'en' | 'nl', text: string): GentleKind[] => [...gentleKindsOf(text, content[lang])].sort();

describe('a memory told fondly', () => {
  it.each([
    ['en', 'Remember Christmas 2015?', 'Best one ever.'],
    ['en', 'do you remember new year 2019', 'what a night'],
    ['en', 'Remember Easter 2018?', 'I still laugh about it.'],
    ['nl', 'Weet je nog toen je met kerst de kalkoen liet vallen?', 'Beste kerst ooit.'],
    ['nl', 'weet je nog toen je die tent opzette in de regen', 'wat een weekend'],
    ['nl', 'weet je nog toen je op dat bankje in slaap viel?', 'daar moet ik nog steeds om lachen'],
  ] as const)('%s: "%s" keeps its note alone and loses it when "%s" follows', (lang, recall, fond) => {
    expect(pastIn(lang, recall)).toBe(true);
    const both = `${recall} ${fond}`;
    expect(pastIn(lang, both)).toBe(false);
    // Neither the rules nor the model's guesses say anything about the past there.
    expect(kindsSeen(lang, both)).not.toContain('past');
    expect(readGentle(both, content[lang].gentle, content[lang].grammar).fondSentences).toEqual(new Set([0]));
  });

  it('reads the fond words in the same sentence, after the recall', () => {
    expect(pastIn('en', 'remember christmas 2015, best one ever')).toBe(false);
  });
});

describe('a memory that still hurts keeps its note', () => {
  it.each([
    ['en', 'Remember when you left me at the station? I waited two hours.', 'no fond words'],
    ['en', 'remember when you forgot my 30th? good times', 'a wrong told in the recall: the fond words are sarcasm'],
    ['en', 'remember when you stood me up at the cinema? such fun', 'standing someone up is a wrong'],
    ['en', 'Remember Christmas 2015? You ruined it. Good times.', 'the fond words are two sentences on, after blame'],
    ['nl', 'Weet je nog toen je mijn verjaardag vergat? Wat een avond was dat.', 'vergeten is een fout'],
    ['nl', 'weet je nog toen je me liet zitten op het station? mooie tijden', 'iemand laten zitten is een fout'],
  ] as const)('%s: "%s" (%s)', (lang, text, why) => {
    expect(pastIn(lang, text), why).toBe(true);
  });

  it('keeps the past when the fond sentence has a finding of its own', () => {
    expect(pastIn('en', 'Remember Christmas 2015? Best one ever, so answer me now.')).toBe(true);
  });
});
