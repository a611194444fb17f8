// Answering a check-in: safe, seen and appreciated, each 1 to 5, and a note if the person
// likes. The answer is sealed on the server until the other has answered too.
import { For, createSignal } from 'solid-js';
import type { CheckinAnswer, Score } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { MEASURES, type Measure } from './CheckinChart.tsx';
import { TextField } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { GentleHints } from './GentleHints.tsx';
import { ScaleField } from './ScaleField.tsx';

/** The note's limit on the server: four shared lines' worth. */
const NOTE_CHARS = 1120;

export function CheckinForm(props: { otherName: string; primary: boolean; busy: boolean; onSubmit: (a: CheckinAnswer) => Promise<void> }) {
  const [scores, setScores] = createSignal<Partial<Record<Measure, Score>>>({});
  const [note, setNote] = createSignal('');
  const complete = () => MEASURES.every((m) => scores()[m] !== undefined);
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const s = scores();
    if (!s.safe || !s.seen || !s.appreciated) return;
    void props.onSubmit({ safe: s.safe, seen: s.seen, appreciated: s.appreciated, note: note().trim() || null }).catch(() => undefined);
  };
  return (
    <form class="checkin-form" onSubmit={submit} novalidate data-testid="checkin-form">
      <For each={MEASURES}>
        {(m) => (
          <ScaleField name={m} legend={t(`checkins.q.${m}.legend`)} hint={t(`checkins.q.${m}.hint`, { name: props.otherName })}
            value={scores()[m] ?? null} onChange={(v) => setScores({ ...scores(), [m]: v })} />
        )}
      </For>
      <TextField label={t('checkins.note')} hint={t('checkins.noteHint', { name: props.otherName })} rows={3} limit={NOTE_CHARS}
        value={note()} onInput={(e) => setNote(e.currentTarget.value)} data-testid="checkin-note" />
      <GentleHints text={note()} />
      <p class="quiet">{t('checkins.sealedHint', { name: props.otherName })}</p>
      <button type="submit" class={props.primary ? 'primary' : 'secondary'} disabled={props.busy || !complete() || isOver(note(), NOTE_CHARS)}>{t('checkins.seal')}</button>
    </form>
  );
}
