// The apology checklist (P4) beside the writer's draft, for the writer only. Each item says in
// words whether it is there, not yet, or worth another look, so colour never carries the
// meaning alone. It never scores and never blocks; the check waits for a pause in typing.
// The rules' checklist shows at once; the trained model's guesses join when its chunk comes,
// each saying it is only a guess.
import { Index, Show, createMemo, createUniqueId } from 'solid-js';
import { createSettled } from '../lib/create-settled.ts';
import { createApologyModel, createCheckContent } from '../lib/create-check-content.ts';
import type { CheckLang } from '../lib/check-content.ts';
import { checkApology } from '../../shared/text-checks/apology.ts';
import { checkWithModel } from '../../shared/text-checks/apology-model.ts';
import { t } from '../lib/copy.ts';
import { createDraftLanguage } from '../lib/written-in.ts';

/** `lang` picks the language the draft is read in; without it, the language the draft is
 *  clearly written in (client/lib/written-in.ts), else the app's language: an apology written
 *  in Dutch by someone reading Mend in English is read with the Dutch lists ("maar", "als je"). */
export function ApologyChecklist(props: { text: string; lang?: CheckLang }) {
  const titleId = createUniqueId();
  const settled = createSettled(() => props.text);
  const { lang, marked: itemsLang } = createDraftLanguage(() => props.lang, settled);
  const checks = createCheckContent(lang);
  const model = createApologyModel(lang);
  const check = createMemo(() => {
    const c = checks();
    if (!c) return { items: [] };
    const text = settled();
    const rules = checkApology(text, c.apology, c.grammar);
    const m = model();
    return m ? checkWithModel(text, rules, c.apology, m, c.grammar) : rules;
  });

  return (
    <section class="apology-check" aria-labelledby={titleId}>
      <p class="checks-title" id={titleId}>{t('apology.title')}</p>
      <p class="quiet">{t('apology.intro')}</p>
      {/* <Index> keeps each item's element, so the live region speaks only the lines that changed. */}
      <ul class="apology-items" data-testid="apology-checklist" aria-live="polite">
        <Index each={check().items}>
          {(item) => (
            <li class="apology-item" data-state={item().state} data-item={item().id} data-guess={item().guessed ? 'true' : undefined}>
              <span class="apology-mark" aria-hidden="true" />
              <div>
                <p class="apology-head">
                  <span class="apology-label" lang={itemsLang()}>{item().label}</span>{' '}
                  <span class="apology-state">{t(`apology.state.${item().state}`)}</span>
                </p>
                {/* Flagged: every different reason, each with the words behind it, so "sorry if
                    ..., but you started it" names the blame too, not only the "if". The words come
                    first, as in the gentle notes, so each reason reads as about the words above it. */}
                <Show when={item().state === 'flagged' && item().notes.length > 0} fallback={<p class="apology-reason" lang={itemsLang()}>{item().reason}</p>}>
                  <Index each={item().notes}>
                    {(note) => (
                      <>
                        <p class="hint-quote">{t('apology.youWrote', { words: note().match })}</p>
                        <p class="apology-reason" lang={itemsLang()}>{note().reason}</p>
                      </>
                    )}
                  </Index>
                </Show>
              </div>
            </li>
          )}
        </Index>
      </ul>
      <p class="quiet" lang={itemsLang()}>{checks()?.apology.privacy}</p>
    </section>
  );
}
