// One 1-to-5 question as a radio group: arrow keys move between points, and the words at both
// ends are part of the first and last choices' names, so the scale is clear without sight.
import { For, createUniqueId } from 'solid-js';
import type { Score } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';

const POINTS: readonly Score[] = [1, 2, 3, 4, 5];

export function ScaleField(props: { legend: string; hint: string; value: Score | null; onChange: (s: Score) => void; name: string }) {
  const id = createUniqueId();
  return (
    <fieldset class="scale" aria-describedby={`${id}-hint`} data-testid={`scale-${props.name}`}>
      <legend>{props.legend}</legend>
      <p class="hint" id={`${id}-hint`}>{props.hint}</p>
      <div class="scale-points">
        <For each={POINTS}>
          {(p) => (
            <label class="scale-point">
              <input type="radio" name={`${id}-${props.name}`} value={p} checked={props.value === p} onChange={() => props.onChange(p)} />
              <span aria-hidden="true">{p}</span>
              <span class="visually-hidden">{t('checkins.scale.point', { n: p, words: t(`checkins.scale.s${p}`) })}</span>
            </label>
          )}
        </For>
      </div>
      <div class="scale-ends" aria-hidden="true">
        <span>{t('checkins.scale.s1')}</span>
        <span>{t('checkins.scale.s5')}</span>
      </div>
    </fieldset>
  );
}
