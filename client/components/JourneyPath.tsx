// Where the two are, as a gentle path of named steps: no percentages, no counts.
import { For } from 'solid-js';
import type { Talk } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';

export function JourneyPath(props: { talk: Talk | null }) {
  const steps = () => {
    const agreed = !!props.talk?.groundRules.agreed;
    return [
      { key: 'journey.joined', state: 'done' },
      { key: 'journey.groundRules', state: agreed ? 'done' : 'current' },
      { key: 'journey.rounds', state: agreed ? 'current' : 'upcoming' },
    ];
  };
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
      <p class="quiet">{t('journey.later')}</p>
    </nav>
  );
}
