// The private choice: what the friendship is now and what I'd like it to become, with words
// if I like. It is sealed on the server until the other has chosen too.
import { For, createSignal, createUniqueId } from 'solid-js';
import type { FriendshipShape, ReassessmentChoice } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { TextField } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { GentleHints } from './GentleHints.tsx';

export const SHAPES: readonly FriendshipShape[] = ['closer', 'close-differently', 'lighter', 'pause', 'parting'];

/** Matches the server's limit for the words beside a choice. */
const WORDS_CHARS = 10_000;

function ShapeGroup(props: { legend: string; name: string; value: FriendshipShape | null; onChange: (s: FriendshipShape) => void }) {
  const id = createUniqueId();
  return (
    <fieldset data-testid={`shape-${props.name}`}>
      <legend>{props.legend}</legend>
      <For each={SHAPES}>
        {(s) => (
          <label class="choice">
            <input type="radio" name={`${id}-${props.name}`} value={s} checked={props.value === s} onChange={() => props.onChange(s)} />
            {t(`reassess.shape.${s}`)}
          </label>
        )}
      </For>
    </fieldset>
  );
}

export function ReassessForm(props: { otherName: string; busy: boolean; primary: boolean; onSubmit: (c: ReassessmentChoice) => Promise<void> }) {
  const [now, setNow] = createSignal<FriendshipShape | null>(null);
  const [hope, setHope] = createSignal<FriendshipShape | null>(null);
  const [words, setWords] = createSignal('');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const n = now();
    const h = hope();
    if (n && h) void props.onSubmit({ now: n, hope: h, words: words().trim() || null }).catch(() => undefined);
  };
  return (
    <form class="reassess-form" onSubmit={submit} novalidate>
      <ShapeGroup legend={t('reassess.now')} name="now" value={now()} onChange={setNow} />
      <ShapeGroup legend={t('reassess.hope')} name="hope" value={hope()} onChange={setHope} />
      <TextField label={t('reassess.words')} hint={t('reassess.wordsHint', { name: props.otherName })} rows={3} limit={WORDS_CHARS}
        value={words()} onInput={(e) => setWords(e.currentTarget.value)} />
      <GentleHints text={words()} />
      <p class="quiet">{t('reassess.sealedHint', { name: props.otherName })}</p>
      <button type="submit" class={props.primary ? 'primary' : 'secondary'} disabled={props.busy || !now() || !hope() || isOver(words(), WORDS_CHARS)}>{t('reassess.seal')}</button>
    </form>
  );
}
