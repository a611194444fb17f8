// How much room a field has, shown only once it matters. Fields carry no hard cap: a browser's
// maxlength cuts a pasted letter off without a word, and "never a lost word" means the whole
// text stays, the person sees how far over it is, and shortens it themselves.
import { Show } from 'solid-js';
import { t } from '../lib/copy.ts';

/** Shown from this share of the limit on, so short notes never see a counter. */
const NEAR = 0.9;

export const isOver = (text: string, limit: number | undefined): boolean => limit !== undefined && text.length > limit;

export function LengthNote(props: { id: string; text: string; limit: number | undefined }) {
  const limit = () => props.limit ?? Infinity;
  const over = () => props.text.length - limit();
  return (
    <Show when={props.text.length >= limit() * NEAR}>
      <Show when={over() > 0} fallback={<p class="quiet" id={props.id}>{t('composer.lengthCount', { count: props.text.length, limit: limit() })}</p>}>
        <p class="error" id={props.id} role="status">{t('composer.lengthOver', { over: over(), limit: limit() })}</p>
      </Show>
    </Show>
  );
}

/** The note's id when it shows, for aria-describedby. */
export const lengthNoteId = (id: string, text: string, limit: number | undefined): string =>
  limit !== undefined && text.length >= limit * NEAR ? `${id}-length` : '';
