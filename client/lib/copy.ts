// The client's access to words: t('invite.choice.join', { name }) reads content/en/ui.json.
import { en } from '../../content/en/index.ts';
import { type Vars, format, lookup } from '../../shared/copy.ts';

export function t(key: string, vars?: Vars): string {
  // A friend who deleted their account has no name (''). Their sentences come whole from
  // left.<key>; the few without a twin name them as "the friend who left" where a sentence starts.
  const left = vars?.name === '';
  const whole = left ? lookup(en.ui, `left.${key}`) : undefined;
  const found = whole ?? lookup(en.ui, key);
  // A missing key is a bug the content test catches; show the key rather than nothing.
  if (found === undefined) return key;
  const template = left && whole === undefined ? found.replace(/(^|[.?:]\s+)\{name\}/g, (_m, lead: string) => lead + leftLabel()) : found;
  const text = format(template, left ? { ...vars, name: lookup(en.ui, 'space.friendWhoLeft') ?? '' } : vars);
  // A sentence that opens with a filled-in word ("{label} is in 3 days.") still opens with a capital.
  return template.startsWith('{') ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

/** "The friend who left", as a label on its own (a chart key, a table row). */
const leftLabel = (): string => lookup(en.ui, 'space.theFriendWhoLeft') ?? '';

/** The other person's name as a label on its own; their name is empty once they deleted their account. */
export const labelOf = (otherName: string): string => otherName || leftLabel();

/** The words for a refused field: its own sentence for this kind of problem, else the kind's. */
export const validationText = (field: string, kind: string | undefined, limit?: number): string =>
  format(lookup(en.ui, `validation.fields.${field}.${kind}`) ?? lookup(en.ui, `validation.${kind}`) ?? lookup(en.ui, 'validation.invalid') ?? '', limit === undefined ? {} : { limit });

/** The words for an API error code, falling back to a general sentence. */
export const errorText = (code: string | undefined): string =>
  (code && lookup(en.ui, `errors.${code}`)) || t('errors.generic');
