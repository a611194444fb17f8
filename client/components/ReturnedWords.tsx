// Words that were written offline and could not be added when they went out (the
// conversation had moved on). They are kept here, so nothing a person wrote is lost.
import { For, Show } from 'solid-js';
import { t } from '../lib/copy.ts';
import { dismissReturned, returned } from '../lib/outbox.ts';

export function ReturnedWords(props: { spaceId: string }) {
  const mine = () => returned().filter((p) => p.spaceId === props.spaceId);
  return (
    <Show when={mine().length > 0}>
      <section class="panel notice" role="status">
        <For each={mine()}>
          {(p) => (
            <div>
              {/* A closed space is said as such; otherwise the conversation moved on. */}
              <p>{p.refusedBecause === 'closed' ? t('closedSpace.wordsKept') : t('round.returned')}</p>
              <blockquote>{String(p.body.text ?? '')}</blockquote>
              <button type="button" class="link" onClick={() => dismissReturned(p.body.id)}>{t('round.dismiss')}</button>
            </div>
          )}
        </For>
      </section>
    </Show>
  );
}
