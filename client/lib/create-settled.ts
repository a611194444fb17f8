// A value that follows its source once typing pauses: the text checks run on what a person
// settled on, not on every key (300 ms is long enough not to chase each keystroke).
import { type Accessor, createEffect, createSignal, on, onCleanup } from 'solid-js';

export const TYPING_PAUSE_MS = 300;

export function createSettled<T>(source: Accessor<T>, pauseMs = TYPING_PAUSE_MS): Accessor<T> {
  const [settled, setSettled] = createSignal<T>(source());
  createEffect(
    on(
      source,
      (value) => {
        const timer = setTimeout(() => setSettled(() => value), pauseMs);
        onCleanup(() => clearTimeout(timer));
      },
      { defer: true },
    ),
  );
  return settled;
}
