import { Show } from 'solid-js';

/** A form-level error, announced politely when it appears. */
export function ErrorNote(props: { message: string | null }) {
  return (
    <div aria-live="polite">
      <Show when={props.message}>
        <p class="error" role="alert">
          {props.message}
        </p>
      </Show>
    </div>
  );
}
