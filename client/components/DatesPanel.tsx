// Dates that matter to the other (a birthday, an anniversary, a hard day), kept privately by
// this person and recalled to them ahead of time. Nobody else can see them, the other included.
import { For, Show, createResource, createSignal } from 'solid-js';
import type { DateView } from '../../shared/personal-types.ts';
import { isValidMonthDay } from '../../shared/dates.ts';
import { api } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { dayText } from '../lib/when.ts';
import { useSpace } from '../stores/space-scope.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { Field } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { intlTag } from '../lib/locale.ts';
import { Limits } from '../../shared/wire.ts';

/** The months' names in the person's language, for the month picker. */
const months = () => Array.from({ length: 12 }, (_, i) =>
  new Date(Date.UTC(2024, i, 1)).toLocaleDateString(intlTag(), { month: 'long', timeZone: 'UTC' }));
/** How far ahead a reminder can come; the server allows up to two months. */
const AHEAD = [0, 1, 3, 7, 14, 30] as const;
const aheadText = (n: number) =>
  (AHEAD as readonly number[]).includes(n) ? t(`dates.ahead.d${n}`) : t('dates.ahead.days', { days: n });

function AddDate(props: { onAdded: () => void; onCancel: () => void }) {
  const space = useSpace();
  const action = createAction();
  const [label, setLabel] = createSignal('');
  const [month, setMonth] = createSignal(1);
  const [day, setDay] = createSignal(1);
  const [ahead, setAhead] = createSignal(3);
  const valid = () => label().trim() !== '' && isValidMonthDay(month(), day());
  const add = (e: SubmitEvent) => {
    e.preventDefault();
    if (!valid()) return;
    void action.run(async () => {
      await api.addDate(space.spaceId, { label: label().trim(), month: month(), day: day(), remindDaysBefore: ahead() });
      props.onAdded();
    });
  };
  return (
    <form class="date-form" onSubmit={add} novalidate>
      <Field label={t('dates.form.label')} hint={t('dates.form.labelHint', { name: space.otherName() })} limit={Limits.dateLabelChars}
        value={label()} onInput={(e) => setLabel(e.currentTarget.value)} error={action.fieldErrors().label} />
      <div class="row">
        <div class="field">
          <label for="date-month">{t('dates.form.month')}</label>
          <select id="date-month" value={month()} onChange={(e) => setMonth(Number(e.currentTarget.value))}>
            <For each={months()}>{(name, i) => <option value={i() + 1}>{name}</option>}</For>
          </select>
        </div>
        <div class="field">
          <label for="date-day">{t('dates.form.day')}</label>
          <select id="date-day" value={day()} onChange={(e) => setDay(Number(e.currentTarget.value))}>
            <For each={Array.from({ length: 31 }, (_, i) => i + 1)}>{(d) => <option value={d}>{d}</option>}</For>
          </select>
        </div>
      </div>
      <Show when={!isValidMonthDay(month(), day())}><p class="error" role="alert">{t('dates.form.noSuchDay')}</p></Show>
      <div class="field">
        <label for="date-ahead">{t('dates.form.remind')}</label>
        <select id="date-ahead" value={ahead()} onChange={(e) => setAhead(Number(e.currentTarget.value))}>
          <For each={AHEAD}>{(n) => <option value={n}>{aheadText(n)}</option>}</For>
        </select>
      </div>
      <p class="quiet">{t('privacy.onlyYou')}</p>
      <ErrorNote message={action.error()} />
      <div class="composer-actions">
        <button type="submit" class="secondary" disabled={action.busy() || !valid() || isOver(label(), Limits.dateLabelChars)}>{t('dates.form.add')}</button>
        <button type="button" class="link" onClick={() => props.onCancel()}>{t('meeting.form.cancel')}</button>
      </div>
    </form>
  );
}

export function DatesPanel() {
  const space = useSpace();
  const action = createAction();
  const [adding, setAdding] = createSignal(false);
  // A failed read shows as a calm line, not a broken panel.
  const [dates, { refetch }] = createResource(() => api.dates(space.spaceId).catch((): DateView[] | null => null));
  const remove = (d: DateView) => void action.run(async () => {
    await api.removeDate(space.spaceId, d.id);
    await refetch();
  });
  return (
    <section class="panel" aria-labelledby="dates-title" data-testid="dates">
      <h2 id="dates-title">{t('dates.title')}</h2>
      <p class="hint">{t('dates.intro', { name: space.otherName() })}</p>
      <p class="private-note">{t('dates.private', { name: space.otherName() })}</p>
      <Show when={dates() !== undefined}>
        <Show when={dates()} fallback={<p class="quiet">{t('dates.unavailable')}</p>}>
          {(list) => (
            <ul class="plain dates">
              <For each={list()}>
                {(d) => (
                  <li>
                    <div>
                      <p class="date-label">{d.label}</p>
                      <p class="quiet">{t('dates.next', { date: dayText(d.next) })}. {aheadText(d.remindDaysBefore)}.</p>
                      <Show when={d.month === 2 && d.day === 29 && !d.next.endsWith('-02-29')}><p class="quiet">{t('dates.leapDay')}</p></Show>
                    </div>
                    <button type="button" class="link" aria-label={t('dates.removeNamed', { label: d.label })}
                      disabled={action.busy()} onClick={() => remove(d)}>{t('dates.remove')}</button>
                  </li>
                )}
              </For>
            </ul>
          )}
        </Show>
      </Show>
      <ErrorNote message={action.error()} />
      <Show when={!space.closed() && dates() !== null}>
        <Show when={adding()} fallback={<button type="button" class="secondary" onClick={() => setAdding(true)}>{t('dates.add')}</button>}>
          <AddDate onCancel={() => setAdding(false)} onAdded={() => { setAdding(false); void refetch(); }} />
        </Show>
      </Show>
    </section>
  );
}
