// The text checks' content for a language, fetched only when a screen with a check opens: the
// word classes (grammar.json) and, for Dutch, the phrase lists too live in their own lazy
// chunks, never in the entry bundle. English phrase lists are already part of the English
// copy, so an English check can give its phrase-level result at once and read grammar as
// soon as it arrives. Everything runs here in the browser; no draft ever leaves it.
import { en } from '../../content/en/index.ts';
import type { CheckContent, CheckLang } from '../../shared/text-checks/content.ts';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { apologyListsSchema, gentleListsSchema } from '../../shared/text-checks/schema.ts';

export type { CheckLang } from '../../shared/text-checks/content.ts';

// Parsed once: the JSON's plain strings become the schema's types, and a broken list fails
// loudly here (and in the content tests) rather than quietly matching nothing.
const englishPhrases: CheckContent = {
  gentle: gentleListsSchema.parse(en.checks.gentle),
  apology: apologyListsSchema.parse(en.checks.apology),
};

/** What can be checked before anything has loaded: English phrases, without grammar. */
export function phraseContent(lang: CheckLang): CheckContent | undefined {
  return lang === 'en' ? englishPhrases : undefined;
}

async function load(lang: CheckLang): Promise<CheckContent> {
  if (lang === 'nl') {
    const [gentle, apology, grammar] = await Promise.all([
      import('../../content/nl/checks/gentle.json'),
      import('../../content/nl/checks/apology.json'),
      import('../../content/nl/checks/grammar.json'),
    ]);
    return {
      gentle: gentleListsSchema.parse(gentle.default),
      apology: apologyListsSchema.parse(apology.default),
      grammar: grammarSchema.parse(grammar.default),
    };
  }
  const grammar = await import('../../content/en/checks/grammar.json');
  return { ...englishPhrases, grammar: grammarSchema.parse(grammar.default) };
}

const loading = new Map<CheckLang, Promise<CheckContent>>();

/** The full content for a language; loaded once per page, shared by every check on it. */
export function loadCheckContent(lang: CheckLang): Promise<CheckContent> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = load(lang);
    // A failed load (say, offline) may be tried again by the next screen that opens a check.
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}
