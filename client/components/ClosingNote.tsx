// A private closing note for an opener whose invitation was declined or went unanswered:
// somewhere to set down what they would have said. It lives in their own notebook and is
// never sent to anyone.
import { Show, createSignal, onCleanup, onMount } from 'solid-js';
import { t } from '../lib/copy.ts';
import { type Notebook, openNotebook } from '../lib/notebook.ts';
import { PrivateNote } from './PrivateNote.tsx';

/** The notebook section the note is kept under, beside the reflection for the same space. */
const CLOSING_SECTION = 'closing-note';

export function ClosingNote(props: { spaceId: string; myId: string }) {
  const [notebook, setNotebook] = createSignal<Notebook | null>(null);
  onMount(() => setNotebook(openNotebook(props.myId)));
  onCleanup(() => notebook()?.destroy());
  return (
    <section class="panel" aria-labelledby="closing-note-title">
      <h2 id="closing-note-title">{t('ending.noteTitle')}</h2>
      <p class="hint">{t('ending.noteIntro')}</p>
      <Show when={notebook()}>
        {(nb) => <PrivateNote label={t('ending.noteLabel')} text={nb().section(props.spaceId, CLOSING_SECTION)} testId="closing-note" />}
      </Show>
    </section>
  );
}
