// The composer's words (content/en/composer.json) are valid copy in Mend's voice, and every
// key the composer's components ask t() for is there, so a typo fails here and not on a
// person's evening. The file is merged into the ui copy, so its sections must not clash.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import composer from '../../content/en/composer.json';
import ui from '../../content/en/ui.json';
import { keysOf, lookup } from '../../shared/copy.ts';
import { copySchema } from '../../shared/copy-schema.ts';

const COMPONENTS = ['Composer', 'GentleHints', 'ApologyChecklist', 'WordPicker'].map(
  (name) => `client/components/${name}.tsx`,
);

/** Keys built from a prefix, e.g. t(`apology.state.${state}`), and the endings the code builds. */
const BUILT_KEYS: Record<string, readonly string[]> = {
  'apology.state': ['met', 'missing', 'flagged'],
  wordPicker: ['feelings', 'needs'],
};

describe('content/en/composer.json', () => {
  it('matches the copy schema', () => {
    expect(copySchema.safeParse(composer).error).toBeUndefined();
  });

  it('holds exactly the composer, gentle, apology and wordPicker sections, none already in ui.json', () => {
    expect(Object.keys(composer).sort()).toEqual(['apology', 'composer', 'gentle', 'wordPicker']);
    expect(Object.keys(composer).filter((section) => section in ui)).toEqual([]);
  });

  it('has every key the composer components ask for', () => {
    const keys = new Set(keysOf(composer));
    const missing: string[] = [];
    for (const file of COMPONENTS) {
      const source = fs.readFileSync(file, 'utf8');
      for (const m of source.matchAll(/\bt\(\s*'([a-zA-Z0-9.-]+)'/g)) if (!keys.has(m[1] as string)) missing.push(`${file}: ${m[1]}`);
      for (const m of source.matchAll(/\bt\(\s*`([a-zA-Z0-9.-]+)\.\$\{/g)) {
        const prefix = m[1] as string;
        const endings = BUILT_KEYS[prefix];
        if (endings === undefined) missing.push(`${file}: ${prefix}.* (add its endings to BUILT_KEYS)`);
        else for (const end of endings) if (!keys.has(`${prefix}.${end}`)) missing.push(`${file}: ${prefix}.${end}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('follows the voice: no exclamation marks, no emoji, no "warning", no padding', () => {
    for (const key of keysOf(composer)) {
      const text = lookup(composer, key) ?? '';
      expect(text, key).not.toMatch(/!/);
      expect(text, key).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(text, key).not.toMatch(/\bwarning\b/i);
      expect(text.trim(), key).toBe(text);
    }
  });
});
