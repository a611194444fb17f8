// The line beside "I agree to these". Before the ground rules were ever agreed, agreeing is what
// opens the first prompt; once they were, the conversation goes on whatever the words become,
// and agreeing again only makes the new words theirs.
import type { Talk } from '../../shared/space/talk-types.ts';

export const agreeHintKey = (talk: Talk | null): 'rules.agreeHint' | 'rules.agreeAgainHint' =>
  talk?.groundRules.agreed ? 'rules.agreeAgainHint' : 'rules.agreeHint';
