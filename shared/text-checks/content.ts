// What the checks need for one language: the two phrase lists and, once loaded, the word
// classes the lists' "#class" tokens refer to (grammar.json). Without the grammar a check still
// runs on its plain phrases; the classes only widen and sharpen what it reads.
import type { Grammar } from './grammar.ts';
import type { ApologyLists, GentleLists } from './schema.ts';

export const CHECK_LANGS = ['en', 'nl'] as const;
export type CheckLang = (typeof CHECK_LANGS)[number];

export interface CheckContent {
  readonly gentle: GentleLists;
  readonly apology: ApologyLists;
  readonly grammar?: Grammar | undefined;
}
