// The text checks' content for a language (phrase lists, grammar, the gentle model), fetched only when a
// screen with a check opens: each file is its own lazy chunk, never part of the entry bundle.
// The check waits for a pause in typing anyway, so the few kilobytes are there before it runs.
// Everything runs here in the browser; no draft ever leaves it.
import type { CheckContent, CheckLang } from '../../shared/text-checks/content.ts';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { gentleModelSchema, readyModel } from '../../shared/text-checks/model.ts';
import type { GentleModel } from '../../shared/text-checks/model.ts';
import { apologyListsSchema, gentleListsSchema } from '../../shared/text-checks/schema.ts';

export type { CheckLang } from '../../shared/text-checks/content.ts';

const files = {
  en: () =>
    Promise.all([
      import('../../content/en/checks/gentle.json'),
      import('../../content/en/checks/apology.json'),
      import('../../content/en/checks/grammar.json'),
    ]),
  nl: () =>
    Promise.all([
      import('../../content/nl/checks/gentle.json'),
      import('../../content/nl/checks/apology.json'),
      import('../../content/nl/checks/grammar.json'),
    ]),
} satisfies Record<CheckLang, () => Promise<unknown>>;

// The gentle check's trained model (some 50 KB gzipped): a chunk of its own, fetched beside
// the lists but never waited for: the rules speak as soon as their lists are here, and the
// model's guesses join when it arrives. The apology checklist never fetches it.
const models = {
  en: () => import('../../content/en/checks/model.json'),
  nl: () => import('../../content/nl/checks/model.json'),
} satisfies Record<CheckLang, () => Promise<unknown>>;

/** The gentle model for a language, once per page; undefined if it could not be had (the
 *  rules then speak alone, and the next screen with a check may try again). */
const models$ = new Map<CheckLang, Promise<GentleModel | undefined>>();
export function loadGentleModel(lang: CheckLang): Promise<GentleModel | undefined> {
  let promise = models$.get(lang);
  if (!promise) {
    promise = models[lang]().then(
      (file) => readyModel(gentleModelSchema.parse(file.default)),
      () => undefined,
    );
    promise.then((model) => model === undefined && models$.delete(lang));
    models$.set(lang, promise);
  }
  return promise;
}

// Parsed once: the JSON's plain strings become the schema's types, and a broken list fails
// loudly here (and in the content tests) rather than quietly matching nothing.
async function load(lang: CheckLang): Promise<CheckContent> {
  const [gentle, apology, grammar] = await files[lang]();
  return {
    gentle: gentleListsSchema.parse(gentle.default),
    apology: apologyListsSchema.parse(apology.default),
    grammar: grammarSchema.parse(grammar.default),
  };
}

const loading = new Map<CheckLang, Promise<CheckContent>>();

/** The content for a language; loaded once per page, shared by every check on it. */
export function loadCheckContent(lang: CheckLang): Promise<CheckContent> {
  let promise = loading.get(lang);
  if (!promise) {
    promise = load(lang);
    // A failed load (say, offline) may be tried again by the next screen that opens a check.
    promise.catch(() => loading.delete(lang));
    loading.set(lang, promise);
  }
  return promise;
}
