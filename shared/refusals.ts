// The words for a command the referee refused, by its reason: the same sentence whether the
// server says it (a 409's message) or the client does (beside the panel the command came from).
import type { RefusalCode } from './space/types.ts';

/** Reasons with words of their own; any other is said with `errors.refused`. */
const KEYS: Partial<Record<RefusalCode | 'ground-rules-changed', string>> = {
  closed: 'refusals.closed',
  'not-your-turn': 'refusals.notYourTurn',
  'hear-first': 'refusals.hearFirst',
  'stale-prompt': 'refusals.stalePrompt',
  'no-prompt': 'refusals.stalePrompt',
  'apology-answered': 'refusals.apologyAnswered',
  'words-needed': 'refusals.wordsNeeded',
};

/** The content key (content/<locale>/ui.json) for a refusal reason. */
export const refusalKey = (reason: string | undefined): string =>
  (reason !== undefined && (KEYS as Record<string, string | undefined>)[reason]) || 'errors.refused';
