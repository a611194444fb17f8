// Reassessment (P10): each chooses privately; the choices are sealed on the server until both
// have chosen, then shown together. Friendships keep changing, so either may choose again.
import { Match, Show, Switch } from 'solid-js';
import type { ReassessmentChoice, RevealedReassessment } from '../../shared/space/types.ts';
import { labelOf, t } from '../lib/copy.ts';
import { shortDay } from '../lib/when.ts';
import type { Sealed } from '../stores/create-sealed.ts';
import { useSpace } from '../stores/space-scope.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { ReassessForm } from './ReassessForm.tsx';

function Choice(props: { who: string; choice: ReassessmentChoice | undefined }) {
  return (
    <div class="checkin-answer">
      <p class="who">{props.who}</p>
      <Show when={props.choice}>
        {(c) => (
          <>
            <p>{t('reassess.nowLine', { shape: t(`reassess.shape.${c().now}`) })}</p>
            <p>{t('reassess.hopeLine', { shape: t(`reassess.shape.${c().hope}`) })}</p>
            <Show when={c().words}><blockquote>{c().words}</blockquote></Show>
          </>
        )}
      </Show>
    </div>
  );
}

function Revealed(props: { r: RevealedReassessment }) {
  const space = useSpace();
  return (
    <div class="card fade-in" data-testid="reassess-revealed">
      <p class="quiet">{t('reassess.revealed', { date: shortDay(props.r.revealedAt) })}</p>
      <div class="pair">
        <Choice who={t('space.you')} choice={props.r.choices[space.myId]} />
        <Choice who={labelOf(space.otherName())} choice={props.r.choices[space.otherId()]} />
      </div>
    </div>
  );
}

export function ReassessPanel(props: { sealed: Sealed; primary: boolean }) {
  const space = useSpace();
  const actions = space.newActions();
  const { sealed, refetch } = props.sealed;
  const open = () => space.rebuild()?.reassessment ?? null;
  const last = () => space.rebuild()?.reassessments.at(-1);
  const openedBy = () => {
    const id = open()?.id;
    return space.sync.events().filter((e) => e.type === 'reassessment-opened' && e.reassessmentId === id).at(-1)?.by;
  };
  const choose = (c: ReassessmentChoice) =>
    actions.send({ type: 'choose-reassessment', now: c.now, hope: c.hope, ...(c.words ? { words: c.words } : {}) }).then(refetch);
  const form = (primary: boolean) => <ReassessForm otherName={space.otherName()} busy={actions.busy()} primary={primary} onSubmit={choose} />;

  return (
    <section class="panel" aria-labelledby="reassess-title" data-testid="reassess">
      <h2 id="reassess-title">{t('reassess.title')}</h2>
      <Show when={!space.closed()}>
        <p class="hint">{t('reassess.intro', { name: space.otherName() })}</p>
        <p class="quiet">{t('reassess.endings')}</p>
      </Show>
      <Show when={last()}>{(r) => <Revealed r={r()} />}</Show>
      <div aria-live="polite">
        <Switch>
          <Match when={space.closed()}>{null}</Match>
          <Match when={open() && sealed() === undefined}><p class="quiet">{t('app.loading')}</p></Match>
          <Match when={open() && sealed()?.reassessment}>
            {(mine) => (
              <>
                <p class="sealed-note" data-testid="reassess-sealed">{t('reassess.sealed', { name: space.otherName() })}</p>
                <Choice who={t('reassess.yourChoice')} choice={mine()} />
              </>
            )}
          </Match>
          <Match when={actions.queued()}><p class="notice" role="status">{t('round.queued')}</p></Match>
          <Match when={open()}>
            <Show when={openedBy() && openedBy() !== space.myId}><p>{t('reassess.openedByOther', { name: space.otherName() })}</p></Show>
            {form(props.primary)}
          </Match>
          <Match when={last()}>
            <details>
              <summary>{t('reassess.again')}</summary>
              <p class="hint">{t('reassess.againHint')}</p>
              {form(false)}
            </details>
          </Match>
          <Match when={true}>{form(props.primary)}</Match>
        </Switch>
        <ErrorNote message={actions.error()} />
      </div>
    </section>
  );
}
