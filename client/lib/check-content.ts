// The text checks' content for a language (phrase lists, grammar, the models), fetched only when a
// screen with a check opens: each file is its own lazy chunk, never part of the entry bundle.
// The check waits for a pause in typing anyway, so the few kilobytes are there before it runs.
// Everything runs here in the browser; no draft ever leaves it.
import type { CheckContent, CheckLang } from '../../shared/text-checks/content.ts';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { gentleModelSchema, readyModel } from '../../shared/text-checks/model.ts';
import type { GentleModel } from '../../shared/text-checks/model.ts';
import { apologyModelSchema, readyApologyModel } from '../../shared/text-checks/apology-model.ts';
import type { ApologyModel } from '../../shared/text-checks/apology-model.ts';
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
// model's guesses join when it arrives. The apology checklist never fetches it; it has a
// model of its own, loaded the same way.
const models = {
  en: () => import('../../content/en/checks/model.json'),
  nl: () => import('../../content/nl/checks/model.json'),
} satisfies Record<CheckLang, () => Promise<unknown>>;

const apologyModels = {
  en: () => import('../../content/en/checks/apology-model.json'),
  nl: () => import('../../content/nl/checks/apology-model.json'),
} satisfies Record<CheckLang, () => Promise<unknown>>;

/** A model for a language, once per page; undefined if it could not be had (the rules then
 *  speak alone, and the next screen with a check may try again). */
function loadedOnce<M>(fetch: (lang: CheckLang) => Promise<M>): (lang: CheckLang) => Promise<M | undefined> {
  const loaded = new Map<CheckLang, Promise<M | undefined>>();
  return (lang) => {
    let promise = loaded.get(lang);
    if (!promise) {
      promise = fetch(lang).then(
        (model) => model,
        () => undefined,
      );
      promise.then((model) => model === undefined && loaded.delete(lang));
      loaded.set(lang, promise);
    }
    return promise;
  };
}

export const loadGentleModel: (lang: CheckLang) => Promise<GentleModel | undefined> = loadedOnce((lang) =>
  models[lang]().then((file) => readyModel(gentleModelSchema.parse(file.default))),
);

/** The apology checklist's model (shared/text-checks/apology-model.ts), in its own chunk. */
export const loadApologyModel: (lang: CheckLang) => Promise<ApologyModel | undefined> = loadedOnce((lang) =>
  apologyModels[lang]().then((file) => readyApologyModel(apologyModelSchema.parse(file.default))),
);

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
