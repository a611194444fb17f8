// How often to check in: each chooses; where the two differ the slower one is shared
// (shared/space/rhythm.ts), and the words say so. A missed check-in is said to cost nothing.
import { For, Show, createSignal } from 'solid-js';
import type { Rhythm } from '../../shared/space/types.ts';
import { pairRhythm } from '../../shared/space/rhythm.ts';
import { t } from '../lib/copy.ts';
import { useSpace } from '../stores/space-scope.ts';
import { ErrorNote } from './ErrorNote.tsx';

const RHYTHMS: readonly Rhythm[] = ['weekly', 'fortnightly', 'monthly', 'on-request'];

export function RhythmChooser() {
  const space = useSpace();
  const actions = space.newActions();
  const rhythm = () => space.rebuild()?.rhythm ?? { chosenBy: {}, agreed: null };
  const mine = () => rhythm().chosenBy[space.myId];
  const theirs = () => rhythm().chosenBy[space.otherId()];
  const [choice, setChoice] = createSignal<Rhythm | null>(null);
  const words = (r: Rhythm) => t(`checkins.rhythm.${r}`);
  const shared = () => {
    if (!mine() || !theirs()) return t('checkinRhythm.onRequest');
    const r = pairRhythm(mine(), theirs());
    return r === 'on-request' ? t('checkinRhythm.slowerOnRequest') : t('checkinRhythm.slower', { rhythm: words(r) });
  };
  const save = (e: SubmitEvent) => {
    e.preventDefault();
    const r = choice() ?? mine();
    if (r) void actions.send({ type: 'choose-rhythm', rhythm: r }).then(() => setChoice(null)).catch(() => undefined);
  };
  return (
    <div class="rhythm" data-testid="rhythm">
      <h3>{t('checkins.rhythmTitle')}</h3>
      <div aria-live="polite">
        <Show when={rhythm().agreed && mine() === theirs()} fallback={
          <>
            <p>{mine() ? t('checkins.mineChose', { rhythm: words(mine() as Rhythm) }) : t('checkins.mineNotChosen')}</p>
            <p>{theirs() ? t('checkins.otherChose', { name: space.otherName(), rhythm: words(theirs() as Rhythm) }) : t('checkins.otherNotChosen', { name: space.otherName() })}</p>
            <p data-testid="rhythm-shared">{shared()}</p>
          </>
        }>
          <p>{t('checkins.agreed', { rhythm: words(rhythm().agreed as Rhythm) })}</p>
        </Show>
      </div>
      <p class="quiet">{t('checkins.noPenalty')}</p>
      <Show when={!space.closed()}>
        <details>
          <summary>{t(mine() ? 'checkins.changeRhythm' : 'checkins.chooseRhythm')}</summary>
          <form onSubmit={save}>
            <fieldset>
              <legend class="visually-hidden">{t('checkins.rhythmTitle')}</legend>
              <For each={RHYTHMS}>
                {(r) => (
                  <label class="choice">
                    <input type="radio" name="rhythm" value={r} checked={(choice() ?? mine()) === r} onChange={() => setChoice(r)} />
                    {words(r)}
                  </label>
                )}
              </For>
            </fieldset>
            <button type="submit" class="secondary" disabled={actions.busy() || !(choice() ?? mine())}>{t('checkins.saveRhythm')}</button>
          </form>
          <ErrorNote message={actions.error()} />
        </details>
      </Show>
    </div>
  );
}
