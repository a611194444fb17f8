// Sealed check-ins (P11): either asks; each answers; an answer stays sealed on the server
// until both have answered, then both are revealed together. A missed one costs nothing.
import { For, Match, Show, Switch } from 'solid-js';
import { checkinDue, pairRhythm } from '../../shared/space/rhythm.ts';
import type { CheckinAnswer, RevealedCheckin } from '../../shared/space/types.ts';
import { labelOf, t } from '../lib/copy.ts';
import { shortDay } from '../lib/when.ts';
import type { Sealed } from '../stores/create-sealed.ts';
import { useSpace } from '../stores/space-scope.ts';
import { CheckinAnswerView } from './CheckinAnswerView.tsx';
import { CheckinChart } from './CheckinChart.tsx';
import { CheckinForm } from './CheckinForm.tsx';
import { ErrorNote } from './ErrorNote.tsx';
import { RhythmChooser } from './RhythmChooser.tsx';

function Revealed(props: { c: RevealedCheckin }) {
  const space = useSpace();
  return (
    <div class="card fade-in">
      <p class="quiet">{t('checkins.revealedOn', { date: shortDay(props.c.revealedAt) })}</p>
      <div class="pair">
        <CheckinAnswerView who={t('space.you')} answer={props.c.answers[space.myId]} />
        <CheckinAnswerView who={labelOf(space.otherName())} answer={props.c.answers[space.otherId()]} />
      </div>
    </div>
  );
}

export function CheckinPanel(props: { primary: boolean; sealed: Sealed }) {
  const space = useSpace();
  const actions = space.newActions();
  const { sealed, refetch } = props.sealed;
  const open = () => space.rebuild()?.checkin ?? null;
  const revealed = () => space.rebuild()?.checkins ?? [];
  const askedBy = () => {
    const id = open()?.id;
    return space.sync.events().filter((e) => e.type === 'checkin-opened' && e.checkinId === id).at(-1)?.by;
  };
  const answer = (a: CheckinAnswer) =>
    actions.send({ type: 'answer-checkin', safe: a.safe, seen: a.seen, appreciated: a.appreciated, ...(a.note ? { note: a.note } : {}) }).then(refetch);
  // The shared rhythm comes round counted from the last check-in, or from the latest choice of rhythm.
  const due = () => {
    const r = space.rebuild()?.rhythm;
    if (!r) return false;
    const times = space.sync.events().filter((e) => e.type === 'checkin-opened' || e.type === 'rhythm-chosen').map((e) => e.at);
    return checkinDue(pairRhythm(r.chosenBy[space.myId], r.chosenBy[space.otherId()]), times.sort().at(-1) ?? null, new Date());
  };
  const ask = () => void actions.send({ type: 'ask-checkin' }).catch(() => undefined);

  return (
    <section class="panel" aria-labelledby="checkins-title" data-testid="checkins">
      <h2 id="checkins-title">{t('checkins.title')}</h2>
      <p class="hint">{t('checkins.intro', { name: space.otherName() })}</p>
      {/* Once closed, no check-in opens again: "a check-in opens when either of you asks" would not be true. */}
      <Show when={!space.closed()}>
        <RhythmChooser />
      </Show>
      <div class="checkin-round" aria-live="polite" data-testid="checkin-round">
        <Switch>
          <Match when={space.closed()}>{null}</Match>
          <Match when={!open()}>
            <Show when={due()}><p data-testid="checkin-due">{t('checkinRhythm.due')}</p></Show>
            <p>{t('checkins.noneOpen')}</p>
            <button type="button" class={props.primary ? 'primary' : 'secondary'} disabled={actions.busy()} onClick={ask}>{t('checkins.ask')}</button>
          </Match>
          <Match when={sealed() === undefined}><p class="quiet">{t('app.loading')}</p></Match>
          <Match when={sealed()?.checkin}>
            {(mine) => (
              <>
                <p class="sealed-note" data-testid="checkin-sealed">{t('checkins.sealed', { name: space.otherName() })}</p>
                <CheckinAnswerView who={t('checkins.yourAnswer')} answer={mine()} />
              </>
            )}
          </Match>
          <Match when={actions.queued()}><p class="notice" role="status">{t('round.queued')}</p></Match>
          <Match when={open()}>
            <p>{askedBy() && askedBy() !== space.myId ? t('checkins.askedByOther', { name: space.otherName() }) : t('checkins.open')}</p>
            <p class="quiet">{t('checkins.skip')}</p>
            <CheckinForm otherName={space.otherName()} primary={props.primary} busy={actions.busy()} onSubmit={answer} />
          </Match>
        </Switch>
        <ErrorNote message={actions.error()} />
      </div>
      <Show when={revealed().length > 0}>
        <h3>{t('checkins.revealedTitle')}</h3>
        <CheckinChart checkins={revealed()} myId={space.myId} otherId={space.otherId()} otherName={space.otherName()} />
        <div data-testid="checkins-revealed">
          <Show when={revealed().at(-1)}>{(c) => <Revealed c={c()} />}</Show>
          <Show when={revealed().length > 1}>
            <details>
              <summary>{t('checkins.earlier')}</summary>
              <ol class="plain revealed">
                <For each={revealed().slice(0, -1).reverse()}>{(c) => <li><Revealed c={c} /></li>}</For>
              </ol>
            </details>
          </Show>
        </div>
      </Show>
    </section>
  );
}
