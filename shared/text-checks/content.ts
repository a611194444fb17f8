// What the checks need for one language: the two phrase lists and, once loaded, the word
// classes the lists' "#class" tokens refer to (grammar.json) and the trained model (model.json). Without the grammar a check still
// runs on its plain phrases; the classes only widen and sharpen what it reads.
import type { Grammar } from './grammar.ts';
import type { GentleModel } from './model.ts';
import type { ApologyModel } from './apology-model.ts';
import type { ApologyLists, GentleLists } from './schema.ts';
import { LANGUAGES } from '../languages.ts';

// Every language the app speaks has checks of its own: a new language in shared/languages.ts
// fails the type check in client/lib/check-content.ts until its checks/ folder is there.
export const CHECK_LANGS = LANGUAGES;
export type CheckLang = (typeof CHECK_LANGS)[number];

export interface CheckContent {
  readonly gentle: GentleLists;
  readonly apology: ApologyLists;
  readonly grammar?: Grammar | undefined;
  /** The gentle check's trained model, once loaded: its guesses add to the rules' notes. */
  readonly model?: GentleModel | undefined;
  /** The apology checklist's trained model, once loaded: its guesses join the checklist. */
  readonly apologyModel?: ApologyModel | undefined;
}
