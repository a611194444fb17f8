// Labelled inputs with an optional hint and error, wired for screen readers.
import { type JSX, Show, createUniqueId, splitProps } from 'solid-js';

interface Frame {
  label: string;
  hint?: string | undefined;
  error?: string | null | undefined;
}

function FieldFrame(props: Frame & { id: string; children: JSX.Element }) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <Show when={props.hint}>
        <p class="hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children}
      <Show when={props.error}>
        <p class="error" id={`${props.id}-error`} role="alert">
          {props.error}
        </p>
      </Show>
    </div>
  );
}

const describedBy = (id: string, f: Frame) =>
  [f.hint ? `${id}-hint` : '', f.error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;

export function Field(props: Frame & JSX.InputHTMLAttributes<HTMLInputElement>) {
  const [frame, rest] = splitProps(props, ['label', 'hint', 'error']);
  const id = createUniqueId();
  return (
    <FieldFrame {...frame} id={id}>
      <input id={id} aria-describedby={describedBy(id, frame)} aria-invalid={frame.error ? true : undefined} {...rest} />
    </FieldFrame>
  );
}

export function TextField(props: Frame & JSX.TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const [frame, rest] = splitProps(props, ['label', 'hint', 'error']);
  const id = createUniqueId();
  return (
    <FieldFrame {...frame} id={id}>
      <textarea id={id} rows={5} aria-describedby={describedBy(id, frame)} aria-invalid={frame.error ? true : undefined} {...rest} />
    </FieldFrame>
  );
}
