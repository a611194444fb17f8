// Every language holds the same content: the same keys with the same {placeholders}, the same
// decks with the same prompts (the referee keeps a space's place by their ids, whatever each
// friend reads), the same reflection sections, and as many feelings and needs in each group.
// The text-check rules are each language's own and are not compared here.
import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { nl } from '../../content/nl/index.ts';
import { type Copy, keysOf, lookup } from '../../shared/copy.ts';
import { parseContent } from '../../shared/content.ts';
import { type Deck, sortDecks } from '../../shared/decks.ts';
import { LANGUAGES } from '../../shared/languages.ts';

const bundles = { en, nl } as const;
type Bundle = typeof en;

const placeholders = (text: string): string[] => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] as string))].sort();

/** Every piece of text a person reads, by a path that names it the same way in every language. */
function texts(bundle: Bundle): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of keysOf(bundle.ui as Copy)) out.set(`ui.${key}`, lookup(bundle.ui as Copy, key) ?? '');
  for (const deck of sortDecks(bundle.decks as Deck[])) {
    out.set(`decks.${deck.id}.title`, deck.title);
    out.set(`decks.${deck.id}.intro`, deck.intro);
    out.set(`decks.${deck.id}.order`, String(deck.order));
    for (const p of deck.prompts) {
      out.set(`decks.${deck.id}.${p.id}.text`, p.text);
      if (p.hint !== undefined) out.set(`decks.${deck.id}.${p.id}.hint`, p.hint);
    }
  }
  out.set('reflection.title', bundle.reflection.title);
  out.set('reflection.intro', bundle.reflection.intro);
  for (const s of bundle.reflection.sections as { id: string; title: string; prompt: string; hint?: string }[]) {
    out.set(`reflection.${s.id}.title`, s.title);
    out.set(`reflection.${s.id}.prompt`, s.prompt);
    if (s.hint !== undefined) out.set(`reflection.${s.id}.hint`, s.hint);
  }
  for (const list of ['feelings', 'needs'] as const) {
    bundle.words[list].forEach((g, i) => {
      out.set(`words.${list}.${i}.group`, g.group);
      g.words.forEach((w, j) => out.set(`words.${list}.${i}.${j}`, w));
    });
  }
  return out;
}

/** What one language has and the other lacks, and where their placeholders differ. */
export function differences(a: Bundle, b: Bundle): string[] {
  const ta = texts(a);
  const tb = texts(b);
  const problems: string[] = [];
  for (const key of ta.keys()) if (!tb.has(key)) problems.push(`missing in the second: ${key}`);
  for (const key of tb.keys()) if (!ta.has(key)) problems.push(`missing in the first: ${key}`);
  for (const [key, text] of ta) {
    const other = tb.get(key);
    if (other === undefined || key.endsWith('.order')) continue;
    if (placeholders(text).join() !== placeholders(other).join()) problems.push(`placeholders differ: ${key}`);
  }
  for (const key of ta.keys()) if (key.endsWith('.order') && ta.get(key) !== tb.get(key)) problems.push(`deck order differs: ${key}`);
  return problems;
}

describe('content in every language', () => {
  it('knows a bundle for every language Mend offers', () => {
    expect(Object.keys(bundles).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(Object.entries(bundles))('%s parses as a whole bundle', (_lang, bundle) => {
    expect(() => parseContent(bundle)).not.toThrow();
  });

  it('has the same keys, placeholders, decks, prompts, sections and list entries in Dutch as in English', () => {
    expect(differences(en, nl)).toEqual([]);
  });

  it('is actually translated: Dutch is not English copied over', () => {
    // The few texts that read the same in both: a name, the languages' own names, a loan word,
    // and templates made only of placeholders. A word in a feelings list may also match ("warm").
    const alike = new Set(['ui.app.name', 'ui.language.names.en', 'ui.language.names.nl', 'ui.spaceStanding.open', 'ui.checkins.title',
      'ui.checkins.scale.point', 'ui.checkins.answerLine', 'ui.exportStory.line', 'ui.exportStory.checkinAnswer', 'ui.reminders.link']);
    const tn = texts(nl);
    const same = [...texts(en)].filter(([k, v]) => tn.get(k) === v && !alike.has(k) && !k.startsWith('words.') && !k.endsWith('.order'));
    expect(same.map(([k]) => k)).toEqual([]);
  });

  it('notices a missing key, a changed placeholder, a missing prompt and a missing list entry', () => {
    const copy = structuredClone(nl) as Bundle;
    const ui = copy.ui as unknown as Record<string, Record<string, string>>;
    delete ui.nav!.signOut;
    ui.space!.title = 'Met {naam}';
    copy.decks[0]!.prompts.pop();
    copy.words.needs[0]!.words.pop();
    const found = differences(en, copy);
    expect(found).toContain('missing in the second: ui.nav.signOut');
    expect(found).toContain('placeholders differ: ui.space.title');
    expect(found.some((p) => p.startsWith('missing in the second: decks.catching-up.'))).toBe(true);
    expect(found.some((p) => p.startsWith('missing in the second: words.needs.0.'))).toBe(true);
    copy.decks.pop();
    expect(differences(en, copy).some((p) => p.includes('decks.missing-and-needing.title'))).toBe(true);
    ui.nav!.extra = 'Extra';
    expect(differences(en, copy)).toContain('missing in the first: ui.nav.extra');
  });
});

describe('Dutch copy', () => {
  it('follows the voice: no exclamation marks, no emoji, and je rather than u', () => {
    for (const [key, text] of texts(nl)) {
      expect(text, key).not.toMatch(/!/);
      expect(text, key).not.toMatch(/\p{Extended_Pictographic}/u);
      expect(text, key).not.toMatch(/\b(u|uw)\b/i);
    }
  });
});
