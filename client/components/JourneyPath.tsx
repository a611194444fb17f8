// Where the two are, as a gentle path of named steps: no percentages, no counts. The furthest
// step either has reached is "here"; a pair may go back to any step, so nothing is locked.
import { For, Show } from 'solid-js';
import type { Rebuild, Talk } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';

const STEPS = ['journey.joined', 'journey.groundRules', 'journey.rounds', 'journey.meeting', 'journey.rebuilding', 'journey.deciding'] as const;

function furthest(talk: Talk | null, rebuild: Rebuild | null): number {
  if (!talk?.groundRules.agreed) return 1;
  if (!rebuild) return 2;
  if (rebuild.reassessments.length > 0 || rebuild.reassessment || rebuild.statement.agreed) return 5;
  if (rebuild.commitments.length > 0 || rebuild.checkins.length > 0 || rebuild.checkin) return 4;
  if (rebuild.meetings.some((m) => m.status === 'agreed')) return 3;
  return 2;
}

export function JourneyPath(props: { talk: Talk | null; rebuild: Rebuild | null; closed?: boolean }) {
  const steps = () => {
    const here = furthest(props.talk, props.rebuild);
    return STEPS.map((key, i) => ({ key, state: i < here ? 'done' : i === here ? 'current' : 'upcoming' }));
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
      {/* A closed space is read-only, so "nothing is locked" would not be true there. */}
      <Show when={!props.closed}><p class="quiet">{t('journey.anyOrder')}</p></Show>
    </nav>
  );
}
