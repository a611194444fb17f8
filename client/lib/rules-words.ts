// The lines around "I agree to these". Before the ground rules were ever agreed, agreeing is what
// opens the first prompt; once they were, the conversation goes on whatever the words become,
// and agreeing again only makes the new words theirs. Rules left empty may be agreed too (two
// people may want to begin without any), but the page then says so rather than "these".
import type { Talk } from '../../shared/space/talk-types.ts';

const isEmpty = (words: string) => words.trim() === '';

export type AgreeHintKey = 'rules.agreeHint' | 'rules.agreeAgainHint' | 'rules.agreeEmptyHint';

export const agreeHintKey = (talk: Talk | null, current: string): AgreeHintKey =>
  talk?.groundRules.agreed ? 'rules.agreeAgainHint' : isEmpty(current) ? 'rules.agreeEmptyHint' : 'rules.agreeHint';

export type RulesStateKey =
  | 'rules.bothAgreed' | 'rules.bothAgreedEmpty'
  | 'rules.youAgreed' | 'rules.youAgreedEmpty'
  | 'rules.otherAgreed' | 'rules.otherAgreedEmpty'
  | 'rules.changed';

/** Who agreed to the words as they stand now (and whether there are any), or nothing to say. */
export function rulesStateKey(talk: Talk | null, current: string, myId: string, otherId: string): RulesStateKey | null {
  const rules = talk?.groundRules;
  const empty = isEmpty(current);
  if (rules?.agreed?.text === current) return empty ? 'rules.bothAgreedEmpty' : 'rules.bothAgreed';
  if (rules?.agreedBy[myId] === current) return empty ? 'rules.youAgreedEmpty' : 'rules.youAgreed';
  if (rules?.agreedBy[otherId] === current) return empty ? 'rules.otherAgreedEmpty' : 'rules.otherAgreed';
  if (rules?.agreedBy[myId] !== undefined) return 'rules.changed';
  return null;
}

/** Whether agreeing would change anything: not while the words standing now are already mine. */
export const mayAgree = (key: RulesStateKey | null): boolean =>
  key === null || key === 'rules.changed' || key === 'rules.otherAgreed' || key === 'rules.otherAgreedEmpty';

/**
 * The line to show: in a read-only space (closed, or the other has left), never one that asks
 * for an agreement nobody can give any more ("You can agree too, or write some first").
 */
export const shownStateKey = (key: RulesStateKey | null, readOnly: boolean): RulesStateKey | null =>
  readOnly && mayAgree(key) ? null : key;
