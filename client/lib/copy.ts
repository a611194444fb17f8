// The client's access to words: t('invite.choice.join', { name }) reads the current language's
// ui copy (content/<language>/ui.json). It reads a signal, so words on screen follow a switch.
import { type Copy, type Vars, format, lookup } from '../../shared/copy.ts';
import { content, intlTag } from './locale.ts';

const ui = (): Copy => content().ui as Copy;

/** Numbers said the way the person's language says them. */
const localNumbers = (vars: Vars): Vars =>
  Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, typeof v === 'number' ? v.toLocaleString(intlTag()) : v]));

export function t(key: string, vars?: Vars): string {
  // A friend who deleted their account has no name (''). Their sentences come whole from
  // left.<key>; the few without a twin name them as "the friend who left" where a sentence starts.
  const left = vars?.name === '';
  const whole = left ? lookup(ui(), `left.${key}`) : undefined;
  const found = whole ?? lookup(ui(), key);
  // A missing key is a bug the content test catches; show the key rather than nothing.
  if (found === undefined) return key;
  const template = left && whole === undefined ? found.replace(/(^|[.?:]\s+)\{name\}/g, (_m, lead: string) => lead + leftLabel()) : found;
  const filled = vars ? localNumbers(vars) : undefined;
  const text = format(template, left ? { ...filled, name: lookup(ui(), 'space.friendWhoLeft') ?? '' } : filled);
  // A sentence that opens with a filled-in word ("{label} is in 3 days.") still opens with a capital.
  return template.startsWith('{') ? text.charAt(0).toLocaleUpperCase() + text.slice(1) : text;
}

/** "The friend who left", as a label on its own (a chart key, a table row). */
const leftLabel = (): string => lookup(ui(), 'space.theFriendWhoLeft') ?? '';

/** The other person's name as a label on its own; their name is empty once they deleted their account. */
export const labelOf = (otherName: string): string => otherName || leftLabel();

/** The words for a refused field: its own sentence for this kind of problem, else the kind's. */
export const validationText = (field: string, kind: string | undefined, limit?: number): string =>
  format(lookup(ui(), `validation.fields.${field}.${kind}`) ?? lookup(ui(), `validation.${kind}`) ?? lookup(ui(), 'validation.invalid') ?? '', limit === undefined ? {} : { limit });

/** The words for an API error code, falling back to a general sentence. */
export const errorText = (code: string | undefined): string =>
  (code && lookup(ui(), `errors.${code}`)) || t('errors.generic');
