// Talking it through: the ground rules first, then the prompt in progress and, folded, the
// prompts already finished; pace, apologies, presence and the history are quieter below.
import { For, Show, createMemo } from 'solid-js';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { ApologyPanel } from '../components/ApologyPanel.tsx';
import { EarlierPrompts } from '../components/EarlierPrompts.tsx';
import { Fold } from '../components/Fold.tsx';
import { GroundRulesPanel } from '../components/GroundRulesPanel.tsx';
import { JourneyPath } from '../components/JourneyPath.tsx';
import { PacePanel } from '../components/PacePanel.tsx';
import { PrivateReflection } from '../components/PrivateReflection.tsx';
import { ReturnedWords } from '../components/ReturnedWords.tsx';
import { RoundPanel } from '../components/RoundPanel.tsx';
import { SinceLastHere } from '../components/SinceLastHere.tsx';
import { t } from '../lib/copy.ts';
import { deliveredIn, waitingIn } from '../lib/outbox.ts';
import { unsentEntries } from '../lib/unsent.ts';
import { useSpace } from '../stores/space-scope.ts';
import { longDay } from '../lib/when.ts';

export function ConversationView() {
  const space = useSpace();
  const { sync, myId } = space;
  const actions = space.newActions();
  const other = space.otherName;
  const talk = space.talk;
  const closed = space.closed;
  const agreed = () => !!talk()?.groundRules.agreed;
  /** Who goes first, while only the invitee may still hand the first turn over; null otherwise. */
  const firstBeforeAnyPrompt = () => {
    const tk = talk();
    const s = space.shared();
    return tk && s && s.invitee.id === myId && !tk.current && tk.done.length === 0 ? tk.nextFirst : null;
  };
  const canHandOver = () => firstBeforeAnyPrompt() === myId;
  // Once handed over, the button goes: say so, or the press seems to have done nothing.
  const handedOver = () => { const first = firstBeforeAnyPrompt(); return first !== null && first !== myId; };
  // What I said on the prompt in progress that the log does not hold yet: shown in its thread.
  const unsent = createMemo(() => {
    const turn = talk()?.current;
    if (!turn) return [];
    return unsentEntries(turn, myId, waitingIn(myId, space.spaceId), deliveredIn(myId, space.spaceId), sync.events());
  });
  const describe = (event: SpaceEvent) => t(`events.${event.type}`, { name: space.nameOf(event.by) });

  const rules = () => (
    <GroundRulesPanel text={sync.groundRules} current={sync.groundRulesText()} talk={talk()} myId={myId} otherId={space.otherId()}
      otherName={other()} readOnly={closed()} actions={actions} />
  );

  return (
    <>
      <SinceLastHere events={sync.events()} lastSeen={sync.lastSeen()} upTo={sync.summaryUpTo()} myId={myId} otherName={other()} />
      <JourneyPath talk={talk()} rebuild={space.rebuild()} closed={closed()} />
      <ReturnedWords spaceId={space.spaceId} />

      <Show when={talk()}>
        {(tk) => (
          <Show when={agreed()} fallback={rules()}>
            <RoundPanel talk={tk()} sync={sync} myId={myId} otherName={other()} actions={actions} closed={closed()} unsent={unsent()} />
          </Show>
        )}
      </Show>
      <Show when={canHandOver() && !closed()}>
        <div class="panel">
          <p class="hint">{t('round.handOverHint')}</p>
          <button type="button" class="secondary" onClick={() => void actions.send({ type: 'hand-over-first-turn' })}>
            {t('round.handOver', { name: other() })}
          </button>
        </div>
      </Show>

      <Show when={handedOver() && !closed()}>
        <p class="quiet" data-testid="handed-over">{t('round.handedOver', { name: other() })}</p>
      </Show>

      <Show when={talk()}>{(tk) => <EarlierPrompts done={tk().done} myId={myId} otherName={other()} />}</Show>

      <Show when={!closed() && talk()}>
        {(tk) => (
          <Fold title={t('pace.title')} testId="fold-pace">
            <PacePanel mine={tk().pace[myId]} other={tk().pace[space.otherId()]} otherName={other()} actions={space.newActions()} />
          </Fold>
        )}
      </Show>
      {/* A closed space with no apology in it has nothing to show here. */}
      <Show when={!(closed() && (talk()?.apologies.length ?? 0) === 0)}>
        <Show when={talk()}>
          {(tk) => (
            <Fold title={t('apologies.title')} testId="fold-apologies" needsMe={!closed() && tk().apologies.some((a) => a.by !== myId && !a.answer)}>
              <ApologyPanel apologies={tk().apologies} sync={sync} myId={myId} otherName={other()} readOnly={closed()} actions={space.newActions()} />
            </Fold>
          )}
        </Show>
      </Show>
      <Show when={agreed()}><Fold title={t('space.groundRulesTitle')} testId="fold-rules">{rules()}</Fold></Show>

      <Show when={!closed()}>
        <section aria-labelledby="presence-title" class="panel settings">
          <h2 id="presence-title" class="visually-hidden">{t('space.presenceToggle', { name: other() })}</h2>
          <label class="toggle">
            <input type="checkbox" checked={sync.here()} onChange={(e) => sync.setHere(e.currentTarget.checked)} />
            {t('space.presenceToggle', { name: other() })}
          </label>
          <p class="hint">{t('space.presenceHint', { name: other() })}</p>
        </section>
      </Show>

      <PrivateReflection spaceId={space.spaceId} myId={myId} />

      <details class="panel">
        <summary>{t('space.historyTitle')}</summary>
        <ol class="history" data-testid="history">
          <For each={sync.events()}>
            {(event) => (
              <li>
                <span>{describe(event)}</span>{' '}
                <time datetime={event.at} class="quiet">{longDay(event.at)}</time>
              </li>
            )}
          </For>
        </ol>
      </details>
    </>
  );
}
