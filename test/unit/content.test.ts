// Every content file is loaded and validated, and every key the client reads exists, so a
// broken file or a typo fails here rather than on a person's evening.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { format, keysOf, lookup } from '../../shared/copy.ts';
import { copySchema } from '../../shared/copy-schema.ts';

const clientFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? clientFiles(p) : /\.tsx?$/.test(d.name) ? [p] : [];
  });

describe('content/en/ui.json', () => {
  it('matches the copy schema', () => {
    expect(copySchema.safeParse(en.ui).success).toBe(true);
  });

  it('has every key the client asks for', () => {
    const keys = new Set(keysOf(en.ui));
    const missing: string[] = [];
    for (const file of clientFiles('client')) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z0-9.-]+)'/g)) if (!keys.has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
      // Keys built from a prefix, such as t(`events.${type}`), must have their prefix.
      for (const m of source.matchAll(/\bt\(\s*`([a-zA-Z0-9.-]+)\.\$\{/g))
        if (![...keys].some((k) => k.startsWith(`${m[1]}.`))) missing.push(`${file}: ${m[1]}.*`);
    }
    expect(missing).toEqual([]);
  });

  it('has words for every space event and every phase', () => {
    for (const type of ['space-opened', 'invitation-deferred', 'invitation-declined', 'friend-joined', 'space-closed', 'together-words-removed'])
      expect(lookup(en.ui, `events.${type}`)).toBeTruthy();
    for (const phase of ['invited', 'declined', 'open', 'closed']) expect(lookup(en.ui, `spaces.phase.${phase}`)).toBeTruthy();
  });

  it('follows the voice: no exclamation marks, no emoji, no "Warning"', () => {
    for (const key of keysOf(en.ui)) {
      const text = lookup(en.ui, key) ?? '';
      expect(text, key).not.toMatch(/!/);
      expect(text, key).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(text, key).not.toMatch(/\bwarning\b/i);
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('{name} is here now.', { name: 'Sam' })).toBe('Sam is here now.');
    expect(format('{name} and {other}', { name: 'Sam' })).toBe('Sam and {other}');
  });
});

describe('the whole content bundle', () => {
  it('parses: decks, reflection, words and all copy (the text checks are tested with their own files)', async () => {
    const { parseContent, deckOutline } = await import('../../shared/content.ts');
    const bundle = parseContent(en);
    const outline = deckOutline(bundle);
    expect(outline.length).toBeGreaterThanOrEqual(5);
    expect(outline.every((d) => d.prompts.length >= 6)).toBe(true);
  });
});
