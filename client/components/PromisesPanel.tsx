// Small promises (P7): either offers one; the other accepts, suggests a change or says not this
// one. Below, a calm record over time in words: what was kept and noticed, never a tally.
import { For, Show, createSignal } from 'solid-js';
import type { Commitment } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import { shortDay } from '../lib/when.ts';
import { useSpace } from '../stores/space-scope.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { PromiseForm } from './PromiseForm.tsx';
import { PromiseItem } from './PromiseItem.tsx';
import { PromiseWords } from './PromiseWords.tsx';

const isOpen = (c: Commitment) => c.status === 'proposed' || c.status === 'change-suggested' || c.status === 'accepted';

/** Kept and declined promises by when that happened, so the record reads in order. */
const settledAt = (c: Commitment) => c.keptAt ?? c.answeredAt ?? c.at;

export function PromisesPanel(props: { primary: boolean }) {
  const space = useSpace();
  const actions = space.newActions();
  const [writing, setWriting] = createSignal(false);
  const all = () => space.rebuild()?.commitments ?? [];
  const current = () => all().filter(isOpen);
  const settled = () => all().filter((c) => !isOpen(c)).sort((a, b) => settledAt(a).localeCompare(settledAt(b)));
  const firstOfferToMe = () => current().find((c) => c.by !== space.myId && c.status === 'proposed')?.id;

  return (
    <section class="panel" aria-labelledby="promises-title" data-testid="promises">
      <h2 id="promises-title">{t('promises.title')}</h2>
      {/* "Either of you can offer one" is not true once the space has closed. */}
      <Show when={!space.closed()}><p class="hint">{t('promises.intro', { name: space.otherName() })}</p></Show>
      <Show when={current().length > 0}>
        <ul class="cards" aria-live="polite">
          <For each={current()}>{(c) => <PromiseItem c={c} primary={props.primary && c.id === firstOfferToMe()} actions={actions} />}</For>
        </ul>
      </Show>
      <Show when={!space.closed()}>
        <Show when={writing()} fallback={<button type="button" class="secondary" onClick={() => setWriting(true)}>{t('promises.offer')}</button>}>
          <PromiseForm otherName={space.otherName()} submitLabel={t('promises.form.send')} primary={props.primary && !firstOfferToMe()}
            busy={actions.busy()} onCancel={() => setWriting(false)}
            onSubmit={(d) => actions.send({ type: 'propose-commitment', ...d }).then(() => void setWriting(false))} />
        </Show>
      </Show>
      {/* A closed space with no promise would show a heading over nothing: say so instead. */}
      <Show when={space.closed() && all().length === 0}><p class="quiet" data-testid="promises-none">{t('promises.noneClosed')}</p></Show>
      <Show when={actions.queued()}><p class="notice" role="status">{t('round.queued')}</p></Show>
      <ErrorNote message={actions.error()} />
      <Show when={settled().length > 0}>
        <h3>{t('promises.overTime')}</h3>
        <ol class="timeline" data-testid="promise-timeline">
          <For each={settled()}>
            {(c) => {
              const mine = () => c.by === space.myId;
              const vars = () => ({ name: space.otherName() });
              return (
                <li class="fade-in" data-status={c.status}>
                  <time datetime={settledAt(c)} class="quiet">{shortDay(settledAt(c))}</time>
                  <div>
                    <PromiseWords c={c} mine={mine()} otherName={space.otherName()} />
                    <Show when={c.noticedAt}><p class="quiet">{mine() ? t('promises.noticedByThem', vars()) : t('promises.noticedByMe')}</p></Show>
                    <Show when={!space.closed() && !mine() && c.status === 'kept' && !c.noticedAt}>
                      <button type="button" class="secondary" disabled={actions.busy()}
                        onClick={() => void actions.send({ type: 'notice-commitment', commitmentId: c.id }).catch(() => undefined)}>
                        {t('promises.notice')}
                      </button>
                    </Show>
                  </div>
                </li>
              );
            }}
          </For>
        </ol>
      </Show>
    </section>
  );
}
