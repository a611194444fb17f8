// A second reader's labels for the held-out sets 20 and 20b: a fresh reader given only the
// conventions in ../corpus/types.ts labelled every line, shuffled and unlabelled, while the
// writers' labels were kept encrypted (README, round 20). One `labels<TAB>text` line each, in
// the corpus's own label form, so they parse exactly as corpus lines do. They measure how far
// two careful readers agree, the ceiling any check is held to by one writer's labels.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { apologyCases, gentleCases } from '../corpus/cases.ts';
import type { ApologyCase, GentleCase } from '../corpus/cases.ts';
import type { Lang } from '../corpus/load.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

function linesOf(file: string): [string, string][] {
  return fs
    .readFileSync(path.join(here, file), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const tab = line.indexOf('\t');
      if (tab < 0) throw new Error(`${file}: a line without a tab: ${line}`);
      return [line.slice(0, tab).trim(), line.slice(tab + 1)];
    });
}

/** The second reader's reading of each sentence, by its text. */
export function secondReading(lang: Lang): { gentle: Map<string, GentleCase>; apology: Map<string, ApologyCase> } {
  const byText = <C extends { text: string }>(cases: C[]) => new Map(cases.map((c) => [c.text, c]));
  return {
    gentle: byText(gentleCases(linesOf(`${lang}-gentle.tsv`))),
    apology: byText(apologyCases(linesOf(`${lang}-apology.tsv`))),
  };
}
