// Suggesting a time to meet, or another time: in person or by video, a day and time, and a
// place or a call link the two choose (Mend never books or makes one). The time goes out as an
// instant with its zone, so each reads it in their own.
import { Show, createSignal, createUniqueId } from 'solid-js';
import type { MeetingMode, MeetingProposal } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { localInput, todayInput } from '../lib/when.ts';
import { Field } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { Limits } from '../../shared/wire.ts';

export interface MeetingDraft {
  when: string;
  mode: MeetingMode;
  place?: string;
}

interface Props {
  otherName: string;
  from?: MeetingProposal | undefined;
  submitLabel: string;
  primary: boolean;
  busy: boolean;
  onSubmit: (draft: MeetingDraft) => Promise<void>;
  onCancel?: () => void;
}

export function MeetingForm(props: Props) {
  const id = createUniqueId();
  const [mode, setMode] = createSignal<MeetingMode>(props.from?.mode ?? 'in-person');
  const [when, setWhen] = createSignal(props.from ? localInput(props.from.when) : '');
  const [place, setPlace] = createSignal(props.from?.place ?? '');
  const [problem, setProblem] = createSignal<'needTime' | 'past' | null>(null);

  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const at = new Date(when());
    if (!when() || Number.isNaN(at.getTime())) return void setProblem('needTime');
    if (at.getTime() < Date.now()) return void setProblem('past');
    setProblem(null);
    void props.onSubmit({ when: at.toISOString(), mode: mode(), ...(place().trim() ? { place: place().trim() } : {}) }).catch(() => undefined);
  };

  return (
    <form class="meeting-form" onSubmit={submit} novalidate>
      <fieldset>
        <legend>{t('meeting.form.mode')}</legend>
        <label class="choice">
          <input type="radio" name={`${id}-mode`} value="in-person" checked={mode() === 'in-person'} onChange={() => setMode('in-person')} />
          {t('meeting.mode.in-person')}
        </label>
        <label class="choice">
          <input type="radio" name={`${id}-mode`} value="video" checked={mode() === 'video'} onChange={() => setMode('video')} />
          {t('meeting.mode.video')}
        </label>
      </fieldset>
      <Field label={t('meeting.form.when')} hint={t('meeting.form.whenHint', { name: props.otherName })} type="datetime-local"
        min={`${todayInput()}T00:00`} value={when()} onInput={(e) => setWhen(e.currentTarget.value)}
        error={problem() ? t(`meeting.form.${problem()}`) : null} data-testid="meeting-when" />
      <Show when={mode() === 'video'} fallback={
        <Field label={t('meeting.form.place')} hint={t('meeting.form.placeHint')} limit={Limits.placeChars} value={place()}
          onInput={(e) => setPlace(e.currentTarget.value)} />
      }>
        <Field label={t('meeting.form.link')} hint={t('meeting.form.linkHint')} limit={Limits.placeChars} value={place()} inputMode="url"
          onInput={(e) => setPlace(e.currentTarget.value)} />
      </Show>
      <p class="quiet">{t('privacy.sharedWhenSent', { name: props.otherName })}</p>
      <div class="composer-actions">
        <button type="submit" class={props.primary ? 'primary' : 'secondary'} disabled={props.busy || isOver(place(), Limits.placeChars)}>{props.submitLabel}</button>
        <Show when={props.onCancel}>
          {(cancel) => <button type="button" class="link" onClick={() => cancel()()}>{t('meeting.form.cancel')}</button>}
        </Show>
      </div>
    </form>
  );
}
