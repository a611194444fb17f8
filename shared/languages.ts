// The languages Mend speaks, and how a browser's list of preferred languages picks one.
// Pure, so the client, the server and the tests choose the same way. No schema library here:
// the client reads this before anything else, and it should stay tiny (the schema is in schemas.ts).

export const LANGUAGES = ['en', 'nl'] as const;
export type Language = (typeof LANGUAGES)[number];

export const DEFAULT_LANGUAGE: Language = 'en';

export const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** The first preferred language Mend speaks ("nl-BE" counts as Dutch); English when none. */
export function languageFrom(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return DEFAULT_LANGUAGE;
}

/** The BCP 47 tag Intl formats dates and numbers with, for a language. */
export const intlLocale = (language: Language): string => (language === 'nl' ? 'nl-NL' : 'en-GB');
