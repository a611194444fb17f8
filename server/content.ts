// Loads and validates each language's content bundle once: a broken deck stops the server
// with a clear message instead of failing in the middle of someone's conversation. The deck
// outline the referee keeps places by is the same in every language (a test checks it), so
// it is taken from English.
import { en } from '../content/en/index.ts';
import { nl } from '../content/nl/index.ts';
import { type ContentBundle, deckOutline, parseContent } from '../shared/content.ts';
import { DEFAULT_LANGUAGE, type Language } from '../shared/languages.ts';
import type { DeckOutline } from '../shared/space/talk-types.ts';
import { lookup } from '../shared/copy.ts';
import { refusalKey } from '../shared/refusals.ts';

const raw: Record<Language, unknown> = { en, nl };
const cached = new Map<Language, { bundle: ContentBundle; decks: DeckOutline[] }>();

export function loadContent(language: Language = DEFAULT_LANGUAGE): { bundle: ContentBundle; decks: DeckOutline[] } {
  let found = cached.get(language);
  if (!found) {
    const bundle = parseContent(raw[language]);
    found = { bundle, decks: deckOutline(bundle) };
    cached.set(language, found);
  }
  return found;
}

/** The language a person reads the server's words in: the one they chose, else English. */
export const languageOf = (user: { language?: Language | null }): Language => user.language ?? DEFAULT_LANGUAGE;

/** The sentence a 409 carries for a refused command, from the same copy the client reads. */
export const refusalWords = (reason: string, language: Language = DEFAULT_LANGUAGE): string =>
  lookup(loadContent(language).bundle.ui, refusalKey(reason)) ?? lookup(loadContent(language).bundle.ui, 'errors.refused') ?? reason;
