// The client's access to words: t('invite.choice.join', { name }) reads content/en/ui.json.
import { en } from '../../content/en/index.ts';
import { type Vars, format, lookup } from '../../shared/copy.ts';

export function t(key: string, vars?: Vars): string {
  const template = lookup(en.ui, key);
  // A missing key is a bug the content test catches; show the key rather than nothing.
  return template === undefined ? key : format(template, vars);
}

/** The words for an API error code, falling back to a general sentence. */
export const errorText = (code: string | undefined): string =>
  (code && lookup(en.ui, `errors.${code}`)) || t('errors.generic');
