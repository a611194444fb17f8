// The gentle-language check (P2, P8) as calm notes under a draft. It only advises: nothing
// is blocked, nothing is red, and the notes vanish when there is nothing to say. The check
// waits for a pause in typing, so a half-written word is not pointed at.
import { For, Show, createMemo } from 'solid-js';
import { createSettled } from '../lib/create-settled.ts';
import { createCheckContent, createGentleModel } from '../lib/create-check-content.ts';
import type { CheckLang } from '../lib/check-content.ts';
import { intlTag } from '../lib/locale.ts';
import { readGentle, gentleNotes } from '../../shared/text-checks/gentle.ts';
import type { GentleNote } from '../../shared/text-checks/gentle.ts';
import { guessNotes, guessWords, modelFindings } from '../../shared/text-checks/guess.ts';
import { t } from '../lib/copy.ts';
import { mergeSameNotes } from '../lib/merge-notes.ts';
import { createDraftLanguage } from '../lib/written-in.ts';

const keyOf = (n: GentleNote) => `${n.rule}:${n.matches.join('\u0000')}`;

/**
 * Findings, reusing the previous object for a note that is still there, so <For> keeps its
 * element and the live region announces only what is new.
 */
function keepStable(next: GentleNote[], prev: readonly GentleNote[]): GentleNote[] {
  const pool = new Map<string, GentleNote[]>();
  for (const f of prev) pool.set(keyOf(f), [...(pool.get(keyOf(f)) ?? []), f]);
  return next.map((f) => pool.get(keyOf(f))?.shift() ?? f);
}

/** `lang` picks the language the draft is read in; without it, the language the draft is
 *  clearly written in (client/lib/written-in.ts), else the app's language: someone reading Mend
 *  in English who writes in Dutch gets the Dutch checks, with their notes marked as Dutch. */
export function GentleHints(props: { text: string; lang?: CheckLang }) {
  const settled = createSettled(() => props.text);
  const { lang, marked: notesLang } = createDraftLanguage(() => props.lang, settled);
  const checks = createCheckContent(lang);
  const model = createGentleModel(lang);
  const findings = createMemo<GentleNote[]>((prev) => {
    const c = checks();
    if (!c) return keepStable([], prev);
    const text = settled();
    const { findings: found, fondSentences } = readGentle(text, c.gentle, c.grammar);
    // Without the model (not here yet, or its chunk failed to load) or its words, the rules speak alone.
    const words = c.gentle.guess;
    const m = model();
    const guesses = m && words ? guessNotes(modelFindings(text, m, c.grammar, found, fondSentences), (kind) => guessWords(words, kind)) : [];
    return keepStable(mergeSameNotes([...gentleNotes(found), ...guesses]), prev);
  }, []);
  // "You wrote “a” and “b”." in the reader's language.
  const quote = (matches: readonly string[]) =>
    t('gentle.youWroteAll', { list: new Intl.ListFormat(intlTag(), { type: 'conjunction' }).format(matches.map((words) => t('gentle.quoted', { words }))) });

  return (
    <div class="gentle-hints" aria-live="polite" data-testid="gentle-hints">
      <Show when={findings().length > 0}>
        <p class="checks-title">{t('gentle.title')}</p>
        <ul class="hint-notes">
          <For each={findings()}>
            {(f) => (
              <li class="hint-note">
                <p class="hint-kind" lang={notesLang()}>{checks()?.gentle.kinds[f.kind].label}</p>
                <p class="hint-quote">{quote(f.matches)}</p>
                <p lang={notesLang()}>{f.explanation}</p>
                <p lang={notesLang()}>{f.suggestion}</p>
              </li>
            )}
          </For>
        </ul>
        <p class="quiet" lang={notesLang()}>{checks()?.gentle.privacy}</p>
      </Show>
    </div>
  );
}
