// The client's access to words: t('invite.choice.join', { name }) reads content/en/ui.json.
import { en } from '../../content/en/index.ts';
import { type Vars, format, lookup } from '../../shared/copy.ts';

export function t(key: string, vars?: Vars): string {
  const template = lookup(en.ui, key);
  // A missing key is a bug the content test catches; show the key rather than nothing.
  if (template === undefined) return key;
  const text = format(template, vars);
  // A sentence that opens with a filled-in word ("{label} is in 3 days.") still opens with a capital.
  return template.startsWith('{') ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

/** The other person's name; empty once they deleted their account, then said in words. */
export const nameOf = (otherName: string): string => otherName || t('space.friendWhoLeft');

/** The words for an API error code, falling back to a general sentence. */
export const errorText = (code: string | undefined): string =>
  (code && lookup(en.ui, `errors.${code}`)) || t('errors.generic');
