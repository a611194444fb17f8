// Where the two are, as a gentle path of named steps: no percentages, no counts. The furthest
// step either has reached is "here"; a pair may go back to any step, so nothing is locked.
// Which steps count as taken: lib/journey.ts.
import { For, Show } from 'solid-js';
import type { Rebuild, Talk } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { journeySteps } from '../lib/journey.ts';

export function JourneyPath(props: { talk: Talk | null; rebuild: Rebuild | null; closed?: boolean }) {
  const steps = () => journeySteps(props.talk, props.rebuild, props.closed);
  return (
    <nav aria-label={t('journey.label')} class="journey">
      <ol>
        <For each={steps()}>
          {(s) => (
            <li class={s.state} aria-current={s.state === 'current' ? 'step' : undefined}>
              {t(s.key)}
            </li>
          )}
        </For>
      </ol>
      {/* A closed space is read-only, so "nothing is locked" would not be true there. */}
      <Show when={!props.closed}><p class="quiet">{t('journey.anyOrder')}</p></Show>
    </nav>
  );
}
