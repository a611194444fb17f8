// Loads and validates the content bundle once at start-up: a broken deck stops the server
// with a clear message instead of failing in the middle of someone's conversation.
import { en } from '../content/en/index.ts';
import { type ContentBundle, deckOutline, parseContent } from '../shared/content.ts';
import type { DeckOutline } from '../shared/space/talk-types.ts';
import { lookup } from '../shared/copy.ts';
import { refusalKey } from '../shared/refusals.ts';

let cached: { bundle: ContentBundle; decks: DeckOutline[] } | null = null;

export function loadContent(): { bundle: ContentBundle; decks: DeckOutline[] } {
  if (!cached) {
    const bundle = parseContent(en);
    cached = { bundle, decks: deckOutline(bundle) };
  }
  return cached;
}

/** The sentence a 409 carries for a refused command, from the same copy the client reads. */
export const refusalWords = (reason: string): string =>
  lookup(loadContent().bundle.ui, refusalKey(reason)) ?? lookup(loadContent().bundle.ui, 'errors.refused') ?? reason;
