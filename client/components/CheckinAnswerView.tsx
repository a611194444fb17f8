// One person's check-in answer in words: "Safe: 4, mostly", and their note.
import { For, Show } from 'solid-js';
import type { CheckinAnswer } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { MEASURES } from './CheckinChart.tsx';

export function CheckinAnswerView(props: { who: string; answer: CheckinAnswer | undefined }) {
  return (
    <div class="checkin-answer">
      <p class="who">{props.who}</p>
      <Show when={props.answer} fallback={<p class="quiet">{t('checkins.noAnswer')}</p>}>
        {(a) => (
          <>
            <ul class="plain">
              <For each={MEASURES}>
                {(m) => <li>{t('checkins.answerLine', { measure: t(`checkins.q.${m}.legend`), n: a()[m], words: t(`checkins.scale.s${a()[m]}`) })}</li>}
              </For>
            </ul>
            <Show when={a().note}><blockquote>{a().note}</blockquote></Show>
          </>
        )}
      </Show>
    </div>
  );
}
