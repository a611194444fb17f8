// Each one's pace, in words. The other sees "taking their time", never a last-seen time.
import { For, Show, createSignal } from 'solid-js';
import type { Pace, PaceKind } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import type { SpaceActions } from '../lib/space-actions.ts';
import { Field } from './Field.tsx';
import { intlTag } from '../lib/locale.ts';

const KINDS: { kind: PaceKind; key: string }[] = [
  { kind: 'ready', key: 'pace.ready' },
  { kind: 'taking-time', key: 'pace.takingTime' },
  { kind: 'paused', key: 'pace.paused' },
];

const dateText = (d: string) => new Date(`${d}T12:00:00Z`).toLocaleDateString(intlTag(), { day: 'numeric', month: 'long' });

export function paceWords(who: 'mine' | 'other', pace: Pace | undefined, name: string): string {
  if (!pace) return '';
  if (pace.kind === 'taking-time' && pace.backAround) return t(`pace.${who}.taking-time-until`, { name, date: dateText(pace.backAround) });
  return t(`pace.${who}.${pace.kind}`, { name });
}

export function PacePanel(props: { mine: Pace | undefined; other: Pace | undefined; otherName: string; actions: SpaceActions }) {
  const [kind, setKind] = createSignal<PaceKind>(props.mine?.kind ?? 'ready');
  const [backAround, setBackAround] = createSignal(props.mine?.backAround ?? '');
  const [saved, setSaved] = createSignal(false);
  const save = async (e: SubmitEvent) => {
    e.preventDefault();
    setSaved(false);
    await props.actions.send({
      type: 'set-pace',
      pace: kind(),
      ...(kind() === 'taking-time' && backAround() ? { backAround: backAround() } : {}),
    });
    setSaved(true);
  };
  return (
    <section aria-labelledby="pace-title" class="panel">
      <h2 id="pace-title">{t('pace.title')}</h2>
      <p data-testid="pace-other">{paceWords('other', props.other, props.otherName)}</p>
      <p class="quiet">{paceWords('mine', props.mine, '')}</p>
      <form onSubmit={save}>
        <fieldset>
          <legend class="hint">{t('pace.intro')}</legend>
          <For each={KINDS}>
            {(k) => (
              <label class="choice">
                <input type="radio" name="pace" value={k.kind} checked={kind() === k.kind} onChange={() => setKind(k.kind)} />
                {t(k.key)}
              </label>
            )}
          </For>
        </fieldset>
        <Show when={kind() === 'taking-time'}>
          <Field label={t('pace.backAround')} type="date" value={backAround()} min={new Date().toISOString().slice(0, 10)}
            onInput={(e) => setBackAround(e.currentTarget.value)} />
        </Show>
        <button type="submit" class="secondary" disabled={props.actions.busy()}>{t('pace.save')}</button>{' '}
        <span aria-live="polite" class="quiet">{saved() ? t('pace.saved') : ''}</span>
      </form>
    </section>
  );
}
