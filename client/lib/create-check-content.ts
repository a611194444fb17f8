// The check content for a component, once its lazy chunk has arrived (undefined until then:
// the check simply says nothing yet). A plain signal rather than a resource, so loading never
// suspends the screen around the draft.
import { type Accessor, createEffect, createSignal, on, onCleanup } from 'solid-js';
import type { CheckContent, CheckLang } from '../../shared/text-checks/content.ts';
import type { GentleModel } from '../../shared/text-checks/model.ts';
import type { ApologyModel } from '../../shared/text-checks/apology-model.ts';
import { loadApologyModel, loadCheckContent, loadGentleModel } from './check-content.ts';

export function createCheckContent(lang: Accessor<CheckLang>): Accessor<CheckContent | undefined> {
  return createLoaded(lang, loadCheckContent);
}

/** The gentle check's model, when it has come (undefined before, or if it cannot). */
export function createGentleModel(lang: Accessor<CheckLang>): Accessor<GentleModel | undefined> {
  return createLoaded(lang, loadGentleModel);
}

/** The apology checklist's model, when it has come (undefined before, or if it cannot). */
export function createApologyModel(lang: Accessor<CheckLang>): Accessor<ApologyModel | undefined> {
  return createLoaded(lang, loadApologyModel);
}

function createLoaded<T>(lang: Accessor<CheckLang>, loadFor: (lang: CheckLang) => Promise<T>): Accessor<T | undefined> {
  const [content, setContent] = createSignal<T | undefined>();
  createEffect(
    on(lang, (current) => {
      // Another language's lists would read this draft wrongly: quiet until the right ones come.
      setContent(undefined);
      let live = true;
      onCleanup(() => {
        live = false;
      });
      loadFor(current).then(
        (loaded) => {
          if (live) setContent(() => loaded);
        },
        // Without its chunk (offline, say) the check stays quiet; it only ever advises.
        () => undefined,
      );
    }),
  );
  return content;
}
