// Pure questions about a conversation that the decider and the client both ask.
import type { DeckOutline, PromptTurn, Talk } from './talk-types.ts';

export const bothReady = (talk: Talk): boolean => {
  const paces = Object.values(talk.pace);
  return paces.length === 2 && paces.every((p) => p.kind === 'ready');
};

/** Whose move it is on the prompt in progress, and what move. */
export function whoseMove(turn: PromptTurn): { who: string; move: 'share' | 'hear' | 'confirm' } | null {
  if (turn.step === 'done') return null;
  const speaker = turn.speakers[turn.half];
  const listener = turn.speakers[turn.half === 0 ? 1 : 0];
  if (turn.step === 'hear') return { who: listener, move: 'hear' };
  return { who: speaker, move: turn.step };
}

/** The prompt that opens next, or null while it should not (or none is left). */
export function nextPrompt(talk: Talk, decks: readonly DeckOutline[]): { deckId: string; promptId: string } | null {
  if (!talk.groundRules.agreed || !bothReady(talk)) return null;
  if (talk.current && talk.current.step !== 'done') return null;
  const first = (deck: DeckOutline | undefined) => (deck?.prompts[0] ? { deckId: deck.id, promptId: deck.prompts[0] } : null);
  if (talk.chosenDeck) return first(decks.find((d) => d.id === talk.chosenDeck));
  if (!talk.current) return first(decks[0]);
  const deckIndex = decks.findIndex((d) => d.id === talk.current?.deckId);
  const deck = decks[deckIndex];
  const promptIndex = deck ? deck.prompts.indexOf(talk.current.promptId) : -1;
  const following = deck?.prompts[promptIndex + 1];
  if (deck && promptIndex >= 0 && following) return { deckId: deck.id, promptId: following };
  return deckIndex >= 0 ? first(decks[deckIndex + 1]) : null;
}

/** True while a person has said they are not ready (paused, or taking their time). */
export const isResting = (talk: Talk, userId: string): boolean => (talk.pace[userId]?.kind ?? 'ready') !== 'ready';

/**
 * What a pause means on the prompt in progress. It holds back what comes next (no prompt opens
 * until both are ready: nextPrompt) but not anyone's words: whoever's move it is may make it,
 * paused or not, so the one who is not paused may still post inside the open prompt and their
 * words wait there. What a pause changes is what is expected: of a person who is resting,
 * nothing. The decider applies no pace rule to a move; this is what either side is told.
 */
export function expectedMove(talk: Talk): { who: string; move: 'share' | 'hear' | 'confirm'; resting: boolean } | null {
  const move = talk.current ? whoseMove(talk.current) : null;
  return move ? { ...move, resting: isResting(talk, move.who) } : null;
}
