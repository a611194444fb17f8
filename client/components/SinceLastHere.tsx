// "Since you were last here": what the other did while this person was away, in order,
// in words. No counts, no times since, no pressure.
import { For, Show } from 'solid-js';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';

export function SinceLastHere(props: {
  events: readonly SpaceEvent[];
  lastSeen: number | null;
  /** Where the summary ends: what arrived after the space was opened was seen live. */
  upTo: number | null;
  myId: string;
  otherName: string;
}) {
  const fresh = () =>
    props.lastSeen === null || props.upTo === null ? [] : props.events.slice(props.lastSeen, props.upTo).filter((e) => e.by !== props.myId);
  return (
    <Show when={props.lastSeen !== null && props.lastSeen > 0}>
      {/* With nothing new, one quiet line says so; a heading over it would say it twice. */}
      <Show when={fresh().length > 0} fallback={<p class="quiet since" data-testid="since">{t('since.nothing')}</p>}>
        <section aria-labelledby="since-title" class="panel since" data-testid="since">
          <h2 id="since-title">{t('since.title')}</h2>
          <ul>
            <For each={fresh()}>{(e) => <li>{t(`events.${e.type}`, { name: props.otherName })}</li>}</For>
          </ul>
        </section>
      </Show>
    </Show>
  );
}
