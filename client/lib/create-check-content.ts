// The check content for a component: the phrase-level content at once where there is one,
// then the full content (with grammar) when its lazy chunk arrives. A plain signal rather than
// a resource, so loading never suspends the screen around the draft.
import { type Accessor, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { CheckContent, CheckLang } from '../../shared/text-checks/content.ts';
import { loadCheckContent, phraseContent } from './check-content.ts';

export function createCheckContent(lang: Accessor<CheckLang>): Accessor<CheckContent | undefined> {
  const [content, setContent] = createSignal<CheckContent | undefined>(phraseContent(lang()));
  createEffect(
    on(lang, (current) => {
      let live = true;
      onCleanup(() => {
        live = false;
      });
      setContent(phraseContent(current));
      loadCheckContent(current).then(
        (full) => {
          if (live) setContent(full);
        },
        // Without the lazy chunk the check stays at phrase level; it only ever advises.
        () => undefined,
      );
    }),
  );
  return content;
}
