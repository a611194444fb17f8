// The language this page speaks, and its words. Each language's content is its own chunk,
// loaded on demand, so a person reading English never downloads Dutch and the other way
// round. t(), the decks and the dates read the signals here, so switching changes every word
// on screen at once, without a reload.
import { createSignal } from 'solid-js';
import type { en } from '../../content/en/index.ts';
import { DEFAULT_LANGUAGE, type Language, intlLocale, isLanguage, languageFrom } from '../../shared/languages.ts';

export type Bundle = typeof en;

const loaders: Record<Language, () => Promise<Bundle>> = {
  en: () => import('../../content/en/index.ts').then((m) => m.en),
  nl: () => import('../../content/nl/index.ts').then((m) => m.nl as Bundle),
};

const [language, setLanguageSignal] = createSignal<Language>(DEFAULT_LANGUAGE);
const [bundle, setBundle] = createSignal<Bundle | undefined>(undefined);

export { language };

/** The words of the current language. The app renders only once they are loaded (main.tsx). */
export function content(): Bundle {
  const loaded = bundle();
  if (!loaded) throw new Error('Content is read before a language was loaded.');
  return loaded;
}

const STORAGE_KEY = 'mend:language';

/** The language this device last chose, else the first one the browser asks for that Mend speaks. */
export function startingLanguage(): Language {
  const kept = globalThis.localStorage?.getItem(STORAGE_KEY);
  if (isLanguage(kept)) return kept;
  const nav = globalThis.navigator;
  return languageFrom(nav?.languages?.length ? nav.languages : nav?.language ? [nav.language] : []);
}

/** Loads a language's words and makes it the page's language. Waits for the words, so nothing
 *  is ever shown half in one language and half in another. */
export async function loadLanguage(next: Language): Promise<void> {
  const words = await loaders[next]();
  setBundle(() => words);
  setLanguageSignal(next);
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** Loads a language and remembers it on this device, for the next visit before anyone signs in. */
export async function useLanguage(next: Language): Promise<void> {
  await loadLanguage(next);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // Storage may be off (private browsing): the choice lasts this visit, which is enough.
  }
}

/** The tag Intl formats dates and numbers with: the browser's own variant of the language when
 *  it has one ("en-US" keeps its month-first dates), else the language's usual one. */
export function intlTag(): string {
  const lang = language();
  const nav = globalThis.navigator;
  const own = (nav?.languages ?? []).find((tag) => tag.toLowerCase().split('-')[0] === lang);
  return own ?? intlLocale(lang);
}
