// The language a draft is written in, when its small words say so clearly. Someone may read Mend
// in English and write to their friend in Dutch (or the other way round); the text checks must
// read the words in the language they were written in, or "maar" and "als je je gekwetst
// voelde" pass unremarked. Only words that belong to one of the two languages count (not "is",
// "was", "we", "in", "me", "of", "sorry"), and only a clear lead decides; otherwise the app's
// language stays.
import { type Accessor, createMemo } from 'solid-js';
import type { CheckLang } from './check-content.ts';
import { language } from './locale.ts';

const SMALL_WORDS: Record<CheckLang, ReadonlySet<string>> = {
  en: new Set(['i', "i'm", "i've", 'you', "you're", 'the', 'a', 'an', 'and', 'to', 'it', "it's", 'that', 'not', "don't", "didn't",
    'but', 'if', 'my', 'your', 'for', 'with', 'on', 'be', 'have', 'what', 'when', 'so', 'this', 'just', 'do', 'did', 'can',
    'would', 'will', 'are', 'am', 'they', 'them', 'at', 'from', 'about', 'been', 'were', 'how', 'why', 'never', 'always',
    'really', 'because', 'our', 'us', 'felt', 'feel', 'hurt', 'miss', 'missed']),
  nl: new Set(['ik', 'jij', 'je', 'jou', 'jouw', 'het', 'de', 'een', 'niet', 'dat', 'en', 'van', 'op', 'met', 'voor', 'maar',
    'als', 'wat', 'mijn', 'mij', 'ook', 'er', 'zijn', 'heb', 'hebt', 'heeft', 'spijt', 'wij', 'ons', 'onze', 'naar', 'dan',
    'nog', 'wel', 'toen', 'omdat', 'om', 'te', 'bij', 'uit', 'kan', 'kun', 'wil', 'zou', 'dit', 'deze', 'hoe', 'waarom',
    'want', 'echt', 'altijd', 'nooit', 'jullie', 'voelde', 'gekwetst', 'mis', 'miste', 'door', 'geen', 'zo']),
};

/** The language the words are clearly written in, or null when they are too few or too mixed to tell. */
export function writtenIn(text: string): CheckLang | null {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const counts = (Object.keys(SMALL_WORDS) as CheckLang[]).map((lang) => ({ lang, n: words.filter((w) => SMALL_WORDS[lang].has(w)).length }));
  counts.sort((a, b) => b.n - a.n);
  const [first, second] = counts;
  if (!first || first.n < 3) return null;
  return first.n >= 2 * (second?.n ?? 0) + 1 ? first.lang : null;
}

/**
 * The language a check reads a draft in: the one asked for, else the one it is clearly written
 * in, else the app's. `marked` is that language when it differs from the app's (for a `lang`
 * attribute on the notes), else undefined.
 */
export function createDraftLanguage(asked: Accessor<CheckLang | undefined>, draft: Accessor<string>): { lang: Accessor<CheckLang>; marked: Accessor<CheckLang | undefined> } {
  const lang = createMemo(() => asked() ?? writtenIn(draft()) ?? language());
  return { lang, marked: () => (lang() === language() ? undefined : lang()) };
}
