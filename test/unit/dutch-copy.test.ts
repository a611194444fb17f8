// English turns of phrase that read as translated in Dutch, found in a walk through the whole
// journey in Dutch: "this may read as pressure" is not "dit kan als druk lezen" (a text does
// not "lezen als" in Dutch; it "komt over als"), and "Sam said not yet" is not "Sam zei nog niet"
// (which reads as "Sam did not say anything yet"): the words said are quoted after a colon.
// The others are the same kind: English said in Dutch words (walk 19 found "zoals gezegd").
import { describe, expect, it } from 'vitest';
import { readableTexts } from '../helpers/content-text.ts';

const CALQUES: [string, RegExp][] = [
  ['"kan als … lezen" (may read as)', /\bkan als [\p{L} ]{1,20} lezen\b/iu],
  ['"zei nog niet" / "zei nee" without the colon', /\bzei (?:nog niet|nee)\b/iu],
  ['"hoort het voorzichtig" (is told gently; Dutch: "krijgt het voorzichtig te horen")', /\bhoort (?:\{name\} )?het (?:voorzichtig|vriendelijk)\b/iu],
  ['"als de eigen woorden" (as their own)', /\bals de eigen woorden\b/iu],
  ['"beide kunnen met zorg" (either can be done with care)', /\bbeide kunnen met zorg\b/iu],
  ['"in het jaar van" (in someone\'s year)', /\bin het jaar van\b/iu],
  ['"hoeveel voelde je" (how much did you feel; Dutch: "in hoeverre")', /\bhoeveel (?:had|voelde) je\b/iu],
  ['"spraken af om … af te spreken" (agreed to meet: the same verb twice)', /\bspraken af om\b.*\baf te spreken\b/iu],
  ['"zoals gezegd" for "as said" (Dutch: "as was said before"; done as said is "zoals afgesproken")', /\bzoals gezegd\b/iu],
];

const foundIn = (pattern: RegExp) => readableTexts('nl').filter(({ text }) => pattern.test(text)).map(({ where, text }) => `${where}: ${text}`);

describe('Dutch copy reads as Dutch', () => {
  it('recognises each calque it looks for', () => {
    expect(CALQUES[0]?.[1].test('Dit kan als een verwijt lezen.')).toBe(true);
    expect(CALQUES[0]?.[1].test('Dit kan als een verwijt overkomen.')).toBe(false);
    expect(CALQUES[1]?.[1].test('Sam zei nog niet.')).toBe(true);
    expect(CALQUES[1]?.[1].test('Sam zei: nog niet.')).toBe(false);
  });

  it.each(CALQUES)('has no %s', (_name, pattern) => {
    expect(foundIn(pattern)).toEqual([]);
  });
});
