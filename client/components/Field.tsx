// Labelled inputs with an optional hint and error, wired for screen readers. A `limit` shows
// how much room is left near the end and what is over, without cutting anything off.
import { type JSX, Show, createUniqueId, splitProps } from 'solid-js';
import { LengthNote, isOver, lengthNoteId } from './LengthNote.tsx';

interface Frame {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
  /** Characters the server keeps; the field itself takes more, and says so. */
  limit?: number | undefined;
}

function FieldFrame(props: Frame & { id: string; text: string; children: JSX.Element }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <LengthNote id={`${props.id}-length`} text={props.text} limit={props.limit} />
      <Show when={props.error}>
        <p class="error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

const describedBy = (id: string, f: Frame, text: string) =>
  [f.hint ? `${id}-hint` : '', lengthNoteId(id, text, f.limit), f.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

const valueOf = (value: unknown): string => (typeof value === 'string' ? value : '');

export function Field(props: Frame & JSX.InputHTMLAttributes<HTMLInputElement>) {
  const [frame, rest] = splitProps(props, ['label', 'hint', 'error', 'limit']);
  const id = createUniqueId();
  const text = () => valueOf(rest.value);
  return (
    <FieldFrame {...frame} id={id} text={text()}>
      <input id={id} aria-describedby={describedBy(id, frame, text())}
        aria-invalid={frame.error || isOver(text(), frame.limit) ? true : undefined} {...rest} />
    </FieldFrame>
  );
}

export function TextField(props: Frame & JSX.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [frame, rest] = splitProps(props, ['label', 'hint', 'error', 'limit']);
  const id = createUniqueId();
  const text = () => valueOf(rest.value);
  return (
    <FieldFrame {...frame} id={id} text={text()}>
      <textarea id={id} rows={5} aria-describedby={describedBy(id, frame, text())}
        aria-invalid={frame.error || isOver(text(), frame.limit) ? true : undefined} {...rest} />
    </FieldFrame>
  );
}
