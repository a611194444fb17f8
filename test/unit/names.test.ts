import { describe, expect, it } from 'vitest';
import { CONFUSABLE_ENTRIES, CONFUSABLES_VERSION } from '../../shared/confusables-data.ts';
import { nameProblem, nameSkeleton } from '../../shared/names.ts';

describe('the confusables table', () => {
  it('holds Unicode\'s prototypes for Latin, Greek, Cyrillic and common symbol look-alikes', () => {
    const entries = new Map(CONFUSABLE_ENTRIES.flatMap((l) => l.split(' ')).map((e) => e.split('=') as [string, string]));
    expect(CONFUSABLES_VERSION).toMatch(/^\d+\.\d+\.\d+$/);
    expect(entries.size).toBeGreaterThan(500);
    expect(entries.get('430')).toBe('61'); // Cyrillic а → a
    expect(entries.get('3bf')).toBe('6f'); // Greek ο → o
    expect(entries.get('405')).toBe('53'); // Cyrillic Ѕ → S
    expect(entries.get('31')).toBe('6c'); // 1 → l
    expect(entries.get('49')).toBe('6c'); // I → l
    expect(entries.get('30')).toBe('4f'); // 0 → O
    expect(entries.get('6d')).toBe('72+6e'); // m → rn
    expect(entries.get('2010')).toBe('2d'); // hyphen → hyphen-minus
    // Every source is a single code point NFKC and NFD leave as it is, as the skeleton needs.
    for (const source of entries.keys()) {
      const ch = String.fromCodePoint(Number.parseInt(source, 16));
      expect(ch.normalize('NFKC')).toBe(ch);
    }
  });
});

describe('a name\'s skeleton', () => {
  const same = (a: string, b: string) => expect(nameSkeleton(a), `${a} / ${b}`).toBe(nameSkeleton(b));
  const differ = (a: string, b: string) => expect(nameSkeleton(a), `${a} / ${b}`).not.toBe(nameSkeleton(b));

  it('is the same for names that look alike', () => {
    same('Sam', '\u0405\u0430m'); // Cyrillic
    same('Sam', 'sam');
    same('Sam', 'SAM');
    same('Sam', 'Sarn');
    same('Noor', 'N\u03BF\u03BFr'); // Greek omicron
    same('Bob', 'B0b');
    same('Ian', 'lan');
    same('Ian', 'IAN');
    same('Sam Porter', 'Sam  Porter');
    same('Sam Porter', 'Sam\u2003Porter');
    same('Sam', '\uFF33\uFF41\uFF4D'); // fullwidth
    same('Sam', '\u{1D412}\u{1D41A}\u{1D426}'); // mathematical bold
    same('Straße', 'STRASSE');
    same('Sam', 'Sa\u200Bm'); // an ignorable (refused in new names; kept by old ones)
  });

  it('tells apart names that only share letters', () => {
    differ('Ali', 'All');
    differ('Sam', 'Pam');
    differ('Zoé', 'Zoe');
    differ('Сергей', 'Sergei');
  });

  it('is stable: a skeleton is its own skeleton', () => {
    for (const name of ['Sam', 'Ѕаm', 'B0b', 'Ian', 'Straße', 'Сергей', 'Zoé']) expect(nameSkeleton(nameSkeleton(name))).toBe(nameSkeleton(name));
  });
});

describe('what a name may hold', () => {
  it('takes any script, accents and emoji', () => {
    for (const name of ['Sam', 'Сергей', 'Ζωή', 'Zoé', 'Zoe\u0301', '李小龍', 'محمد', 'Ali ❤️', 'A. B-C']) expect(nameProblem(name), name).toBeNull();
  });

  it('refuses hidden characters and names that show nothing', () => {
    for (const name of ['\u202Ex', 'a\u2066b', 'a\u200Fb', 'a\u200Bb', 'a\u00ADb', 'a\uE000', 'a\u0378', 'a\uD800', 'a\u3164b', 'a\u034Fb', 'a\nb', 'a\u2028b'])
      expect(nameProblem(name), JSON.stringify(name)).toBe('hidden-characters');
    for (const name of ['\u2800', '\u0301\u0302', '   ', 'x'.slice(1)]) expect(nameProblem(name), JSON.stringify(name)).toBe('invisible');
  });
});
