// A promise as its maker wrote it, quoted, with who made it before it and the other's answer
// after it: first-person words are never recast into a sentence about them.
import { Show } from 'solid-js';
import type { Commitment } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { dayHasPassed, dayText } from '../lib/when.ts';

export function PromiseWords(props: { c: Commitment; mine: boolean; otherName: string; due?: boolean }) {
  const side = () => (props.mine ? 'mine' : 'theirs');
  const vars = () => ({ name: props.otherName });
  // Weeks later, "By Thursday 3 December" reads as if that day were still ahead; once it has
  // gone by, the words say only what the day was, with no verdict on the promise.
  const dayPassed = (due: string) => props.c.status !== 'kept' && dayHasPassed(due);
  const answered = () => (props.c.status === 'change-suggested' || props.c.status === 'declined' ? props.c.status : null);
  return (
    <div class="promise-words">
      <p class="who">{t(`promises.lead.${props.c.status}.${side()}`, vars())}</p>
      {/* Words taken out when their maker left Mend are said to be so, not shown as an empty quote. */}
      <Show when={props.c.text} fallback={<p class="quiet" data-testid="promise-removed">{t('export.removed')}</p>}>
        <blockquote data-testid="promise-quote">{props.c.text}</blockquote>
      </Show>
      <Show when={props.due && props.c.due}>
        {(due) => <p class="quiet" data-testid="promise-due">{t(dayPassed(due()) ? 'promises.duePassed' : 'promises.due', { date: dayText(due()) })}</p>}
      </Show>
      <Show when={answered()}>
        {(status) => (
          <>
            <p class="who">{t(`promises.answerAfter.${status()}.${side()}`, vars())}</p>
            <Show when={status() === 'change-suggested' && props.c.suggestion}><blockquote>{props.c.suggestion}</blockquote></Show>
          </>
        )}
      </Show>
    </div>
  );
}
