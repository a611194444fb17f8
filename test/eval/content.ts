// The check content per language, read through the same schemas the app uses.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apologyListsSchema, gentleListsSchema } from '../../shared/text-checks/schema.ts';
import type { CheckContent, CheckLang } from '../../shared/text-checks/content.ts';
import { grammarSchema } from '../../shared/text-checks/grammar.ts';
import { gentleModelSchema, readyModel } from '../../shared/text-checks/model.ts';
import { apologyModelSchema, readyApologyModel } from '../../shared/text-checks/apology-model.ts';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function readJson(file: string): unknown {
  return JSON.parse(fs.readFileSync(path.join(root, file), 'utf8'));
}

/** The content as the product reads it: the rules, and the trained models beside them unless
 *  `withModel` is false (training reads the rules alone: it is making the models). */
export function checkContentFor(lang: CheckLang, withModel = true): CheckContent {
  const dir = fs.existsSync(path.join(root, 'content', lang, 'checks', 'apology.json')) ? lang : 'en';
  return {
    gentle: gentleListsSchema.parse(readJson(`content/${dir}/checks/gentle.json`)),
    apology: apologyListsSchema.parse(readJson(`content/${dir}/checks/apology.json`)),
    grammar: grammarSchema.parse(readJson(`content/${dir}/checks/grammar.json`)),
    model: withModel ? readyModel(gentleModelSchema.parse(readJson(`content/${dir}/checks/model.json`))) : undefined,
    apologyModel: withModel ? readyApologyModel(apologyModelSchema.parse(readJson(`content/${dir}/checks/apology-model.json`))) : undefined,
  };
}
