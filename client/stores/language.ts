// The language as a person's choice: kept on this device for anyone, and on the account once
// signed in, so every device of theirs, and every email, speaks it. An account that has not
// chosen yet takes the language this device already speaks (the browser's, at first).
import type { Me } from '../../shared/api-types.ts';
import type { Language } from '../../shared/languages.ts';
import { api } from '../lib/api.ts';
import { language, useLanguage } from '../lib/locale.ts';
import { me, setMe } from './session.ts';

export async function chooseLanguage(next: Language): Promise<void> {
  await useLanguage(next);
  if (me()) setMe(await api.setLanguage(next));
}

/** Called whenever the person signed in here changes. */
export async function adoptAccountLanguage(who: Me): Promise<void> {
  if (who.language === null) {
    // Saved quietly; if it fails, the next sign-in tries again.
    await api.setLanguage(language()).then(setMe, () => undefined);
  } else if (who.language !== language()) {
    await useLanguage(who.language);
  }
}
