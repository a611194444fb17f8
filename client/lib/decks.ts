// The prompt decks, read from content so a new deck needs no code.
import { en } from '../../content/en/index.ts';
import { sortDecks } from '../../shared/decks.ts';

export const decks = sortDecks(en.decks);

export const deckTitle = (deckId: string): string => decks.find((d) => d.id === deckId)?.title ?? '';

export function promptOf(deckId: string, promptId: string): { text: string; hint?: string | undefined } | undefined {
  return decks.find((d) => d.id === deckId)?.prompts.find((p) => p.id === promptId);
}
