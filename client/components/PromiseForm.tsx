// Writing a small promise, or new words for one: what I will do, and a day for it if I like.
import { Show, createSignal } from 'solid-js';
import { t } from '../lib/copy.ts';
import { todayInput } from '../lib/when.ts';
import { Field, TextField } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { GentleHints } from './GentleHints.tsx';

/** Matches the server's limit for a promise. */
const PROMISE_CHARS = 500;

export interface PromiseDraft {
  text: string;
  due?: string;
}

interface Props {
  otherName: string;
  from?: { text: string; due: string | null } | undefined;
  submitLabel: string;
  primary: boolean;
  busy: boolean;
  onSubmit: (draft: PromiseDraft) => Promise<void>;
  onCancel?: (() => void) | undefined;
}

/** Line breaks become spaces as they arrive, keeping the caret where it was. */
function oneLine(area: HTMLTextAreaElement): string {
  if (!/[\r\n]/.test(area.value)) return area.value;
  const caret = area.selectionStart;
  area.value = area.value.replace(/[\r\n]+/g, ' ');
  area.setSelectionRange(caret, caret);
  return area.value;
}

function sendOnEnter(e: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) {
  if (e.key !== 'Enter' || e.shiftKey || e.isComposing) return;
  e.preventDefault();
  e.currentTarget.form?.requestSubmit();
}

export function PromiseForm(props: Props) {
  const [text, setText] = createSignal(props.from?.text ?? '');
  const [due, setDue] = createSignal(props.from?.due ?? '');
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    if (!text().trim()) return;
    void props.onSubmit({ text: text().trim(), ...(due() ? { due: due() } : {}) }).catch(() => undefined);
  };
  return (
    <form class="promise-form" onSubmit={submit} novalidate>
      {/* A promise is one line (the server keeps it so), but a one-line input hides most of a
          sentence on a phone: two wrapping rows, where Enter sends and a pasted break is a space. */}
      <TextField label={t('promises.form.text')} hint={t('promises.form.textHint')} limit={PROMISE_CHARS} value={text()} rows={2}
        onInput={(e) => setText(oneLine(e.currentTarget))} onKeyDown={sendOnEnter} data-testid="promise-text" />
      <GentleHints text={text()} />
      <Field label={t('promises.form.due')} type="date" min={todayInput()} value={due()} onInput={(e) => setDue(e.currentTarget.value)} />
      <p class="quiet">{t('privacy.sharedWhenSent', { name: props.otherName })}</p>
      <div class="composer-actions">
        <button type="submit" class={props.primary ? 'primary' : 'secondary'} disabled={props.busy || !text().trim() || isOver(text(), PROMISE_CHARS)}>{props.submitLabel}</button>
        <Show when={props.onCancel}>{(cancel) => <button type="button" class="link" onClick={() => cancel()()}>{t('meeting.form.cancel')}</button>}</Show>
      </div>
    </form>
  );
}
