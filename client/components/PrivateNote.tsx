// A note only its writer sees, kept in their own document so it follows them across their
// devices and survives being offline. Nothing here is ever sent to the other person.
import { Show, createUniqueId, onCleanup, onMount } from 'solid-js';
import type * as Y from 'yjs';
import { bindTextarea } from '../lib/bind-text.ts';
import { t } from '../lib/copy.ts';

export function PrivateNote(props: { label: string; hint?: string; text: Y.Text; testId?: string; readOnly?: boolean }) {
  const id = createUniqueId();
  let area!: HTMLTextAreaElement;
  onMount(() => onCleanup(bindTextarea(area, props.text)));
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <Show when={props.hint}><p class="hint" id={`${id}-hint`}>{props.hint}</p></Show>
      <textarea id={id} ref={area} rows={3} readOnly={props.readOnly} data-testid={props.testId}
        aria-describedby={[props.hint ? `${id}-hint` : '', `${id}-private`].filter(Boolean).join(' ')} />
      {/* There is no save button: say that nothing more is needed for it to be kept. */}
      <p class="quiet" id={`${id}-private`} data-testid="private-note-kept">{t('privacy.onlyYou')} {t('privacy.keptAsYouWrite')}</p>
    </div>
  );
}
