// Saying sorry, for either friend: a private composer with its checklist, and the other's
// answer in their own words. There is no forgive button here or anywhere.
import { For, Show, createSignal } from 'solid-js';
import type { Apology, ApologyResponse } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import type { SpaceActions } from '../lib/space-actions.ts';
import type { SpaceSync } from '../stores/create-space-sync.ts';
import { Composer } from './Composer.tsx';
import { TextField } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { GentleHints } from './GentleHints.tsx';
import { Limits } from '../../shared/wire.ts';

const RESPONSES: { value: ApologyResponse; key: string }[] = [
  { value: 'hear-you', key: 'apologies.hearYou' },
  { value: 'part-lands', key: 'apologies.partLands' },
  { value: 'still-need', key: 'apologies.stillNeed' },
];

function AnswerForm(props: { apology: Apology; actions: SpaceActions; otherName: string }) {
  const [response, setResponse] = createSignal<ApologyResponse | null>(null);
  const [words, setWords] = createSignal('');
  // "What I still need is" is finished only by the words; the other choices stand alone.
  const needsWords = () => response() === 'still-need';
  const ready = () => !!response() && (!needsWords() || words().trim() !== '');
  const send = async (e: SubmitEvent) => {
    e.preventDefault();
    const r = response();
    if (!r || !ready()) return;
    await props.actions.send({ type: 'answer-apology', apologyId: props.apology.id, response: r, ...(words().trim() ? { text: words().trim() } : {}) });
  };
  return (
    <form onSubmit={send} class="answer">
      <fieldset>
        <legend>{t('apologies.answerTitle')}</legend>
        <For each={RESPONSES}>
          {(r) => (
            <label class="choice">
              <input type="radio" name={`answer-${props.apology.id}`} value={r.value} onChange={() => setResponse(r.value)} />
              {t(r.key)}
            </label>
          )}
        </For>
      </fieldset>
      <TextField label={needsWords() ? t('apologyAnswer.stillNeedWords') : t('apologies.answerWords')} rows={3} limit={Limits.turnChars} value={words()}
        hint={t('apologies.answerHint', { name: props.otherName })} required={needsWords()} onInput={(e) => setWords(e.currentTarget.value)} data-testid="apology-answer-words" />
      <GentleHints text={words()} />
      <button type="submit" class="primary" disabled={!ready() || props.actions.busy() || isOver(words(), Limits.turnChars)}>{t('apologies.answerSend')}</button>
    </form>
  );
}

export function ApologyPanel(props: { apologies: readonly Apology[]; sync: SpaceSync; myId: string; otherName: string; readOnly: boolean; actions: SpaceActions }) {
  const [writing, setWriting] = createSignal(false);
  return (
    <section aria-labelledby="apology-title" class="panel">
      <h2 id="apology-title">{t('apologies.title')}</h2>
      <For each={props.apologies}>
        {(a) => (
          <article class="apology fade-in" data-testid="apology">
            <p class="who">{a.by === props.myId ? t('apologies.fromMe') : t('apologies.from', { name: props.otherName })}</p>
            <blockquote>{a.text}</blockquote>
            <Show when={a.answer} fallback={
              <Show when={a.by !== props.myId && !props.readOnly} fallback={<Show when={!props.readOnly}><p class="quiet">{t('apologies.waiting', { name: props.otherName })}</p></Show>}>
                <AnswerForm apology={a} actions={props.actions} otherName={props.otherName} />
              </Show>
            }>
              {(answer) => (
                <div class="answered" data-testid="apology-answer">
                  <p>{t(`apologies.answered.${answer().response}`, { name: a.by === props.myId ? props.otherName : t('space.you') })}</p>
                  <Show when={answer().text}><blockquote>{answer().text}</blockquote></Show>
                </div>
              )}
            </Show>
          </article>
        )}
      </For>
      <Show when={!props.readOnly}>
        <p class="hint">{t('apologies.intro')}</p>
        <Show when={writing()} fallback={<button type="button" class="secondary" onClick={() => setWriting(true)}>{t('apologies.open')}</button>}>
          <Composer label={t('apologies.label')} hint={t('apologies.hint', { name: props.otherName })} draft={props.sync.draft('apology')}
            submitLabel={t('apologies.send')} check="apology" busy={props.actions.busy()} testId="composer-apology"
            onSubmit={async (text) => { await props.actions.send({ type: 'offer-apology', text }); setWriting(false); }} />
        </Show>
      </Show>
    </section>
  );
}
