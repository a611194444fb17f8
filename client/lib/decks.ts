// The prompt decks, read from the current language's content so a new deck needs no code.
// Functions rather than values: they follow a switch of language.
import { type Deck, sortDecks } from '../../shared/decks.ts';
import { content } from './locale.ts';

export const decks = (): Deck[] => sortDecks(content().decks as Deck[]);

export const deckTitle = (deckId: string): string => decks().find((d) => d.id === deckId)?.title ?? '';

export function promptOf(deckId: string, promptId: string): { text: string; hint?: string | undefined } | undefined {
  return decks().find((d) => d.id === deckId)?.prompts.find((p) => p.id === promptId);
}
