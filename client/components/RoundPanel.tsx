// The prompt in progress, turn by turn: whoever's move it is gets one clear action; the
// other is told, without pressure, what is happening. Entries read as a calm thread.
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import type { PromptTurn, Talk } from '../../shared/space/types.ts';
import { expectedMove, isResting, whoseMove } from '../../shared/space/talk-rules.ts';
import { t } from '../lib/copy.ts';
import { deckTitle, decks, promptOf } from '../lib/decks.ts';
import { longDay } from '../lib/when.ts';
import { waitingKey, wordsWaitKey } from '../lib/waiting-words.ts';
import type { SpaceActions } from '../lib/space-actions.ts';
import type { ShownEntry } from '../lib/unsent.ts';
import type { SpaceSync } from '../stores/create-space-sync.ts';
import { Composer } from './Composer.tsx';
import { ErrorNote } from './ErrorNote.tsx';

interface Props {
  talk: Talk;
  sync: SpaceSync;
  myId: string;
  otherName: string;
  actions: SpaceActions;
  /** A closed space: everything said stays readable, and no control that would address the other
   *  or ask for a move (no Send, no Pass, no deck choice). */
  closed: boolean;
  /** My moves on the prompt in progress that the log does not hold yet (lib/unsent.ts). */
  unsent: readonly ShownEntry[];
}

/** The other's words fade in as they arrive; one's own were on the screen already, so they stay still. */
export function EntryList(props: { entries: readonly ShownEntry[]; myId: string; otherName: string }) {
  const who = (id: string) => (id === props.myId ? t('space.you') : props.otherName);
  return (
    <ol class="thread">
      <For each={props.entries}>
        {(entry) => (
          <li class={entry.by !== props.myId ? 'entry fade-in theirs' : entry.waiting ? 'entry mine not-sent' : 'entry mine'} data-kind={entry.kind}>
            <p class="who">{t(`round.entry.${entry.kind}`, { name: who(entry.by) })}</p>
            <Show when={entry.text}><p class="words">{entry.text}</p></Show>
            <Show when={entry.waiting}><p class="quiet unsent" data-testid="unsent">{t('round.notSentYet')}</p></Show>
          </li>
        )}
      </For>
    </ol>
  );
}

/** A prompt as the two see it: from which set, its words, and (while it is open) its hint. */
export function PromptFigure(props: { turn: PromptTurn; withHint?: boolean; withDate?: boolean; testId?: string }) {
  const prompt = () => promptOf(props.turn.deckId, props.turn.promptId);
  return (
    <figure class="prompt" data-testid={props.testId}>
      <figcaption class="quiet">
        {t('round.deck', { deck: deckTitle(props.turn.deckId) })}
        <Show when={props.withDate}>
          {' · '}<time datetime={props.turn.openedAt}>{longDay(props.turn.openedAt)}</time>
        </Show>
      </figcaption>
      <p class="prompt-text">{prompt()?.text}</p>
      <Show when={props.withHint && prompt()?.hint}>{(hint) => <p class="hint">{hint()}</p>}</Show>
    </figure>
  );
}

const isLastPrompt = (turn: PromptTurn): boolean => {
  const all = decks();
  const last = all[all.length - 1];
  return last?.id === turn.deckId && last.prompts[last.prompts.length - 1]?.id === turn.promptId;
};

function TurnActions(props: Props & { turn: PromptTurn }) {
  const move = () => whoseMove(props.turn);
  // A move of mine already made (waiting here, or on its way back): no second one is offered.
  const mineToMake = () => move()?.who === props.myId && props.unsent.length === 0;
  const on = () => ({ deckId: props.turn.deckId, promptId: props.turn.promptId });
  const key = (kind: string) => `${kind}:${props.turn.deckId}:${props.turn.promptId}:${props.turn.half}`;
  const [clarifying, setClarifying] = createSignal(false);
  const send = (type: string, text?: string) => props.actions.send({ type, ...on(), ...(text === undefined ? {} : { text }) });
  const otherId = () => props.turn.speakers.find((id) => id !== props.myId) ?? '';
  const waiting = () => waitingKey(expectedMove(props.talk), props.myId, props.talk.pace[otherId()]?.kind);
  const wordsWait = () => wordsWaitKey(expectedMove(props.talk), props.myId, isResting(props.talk, otherId()));

  return (
    <div class="turn-actions" aria-live="polite">
      <Show when={wordsWait()}>{(key) => <p class="quiet" data-testid="words-wait">{t(key(), { name: props.otherName })}</p>}</Show>
      <Switch>
        <Match when={mineToMake() && move()?.move === 'share'}>
          <Composer label={t('round.yourAnswer')} hint={t('round.yourAnswerHint', { name: props.otherName })} draft={props.sync.draft(key('share'))}
            submitLabel={t('round.send')} onSubmit={(text) => send('share', text)} busy={props.actions.busy()} testId="composer-share">
            <button type="button" class="link" onClick={() => void send('pass')}>{t('round.pass')}</button>
          </Composer>
          <p class="quiet">{t('round.passNote')}</p>
        </Match>
        <Match when={mineToMake() && move()?.move === 'hear'}>
          <Composer label={t('round.heardLabel')} hint={t('round.heardHint', { name: props.otherName })} draft={props.sync.draft(key('hear'))}
            submitLabel={t('round.sendHeard')} onSubmit={(text) => send('hear', text)} busy={props.actions.busy()} testId="composer-hear" />
        </Match>
        <Match when={mineToMake() && move()?.move === 'confirm'}>
          <p>{t('round.confirmQuestion')}</p>
          <Show when={clarifying()} fallback={
            <div class="choices">
              <button type="button" class="primary" onClick={() => void send('confirm')} disabled={props.actions.busy()}>{t('round.thatsIt')}</button>
              <button type="button" class="secondary" onClick={() => setClarifying(true)}>{t('round.notQuite')}</button>
            </div>
          }>
            {/* "Not quite" may be pressed by mistake: the way back to "That's it" stays in reach. */}
            <Composer label={t('round.clarifyLabel')} hint={t('round.clarifyHint', { name: props.otherName })} draft={props.sync.draft(key('clarify'))}
              submitLabel={t('round.sendClarify')} onSubmit={async (text) => { await send('clarify', text); setClarifying(false); }}
              busy={props.actions.busy()} testId="composer-clarify">
              <button type="button" class="link" onClick={() => setClarifying(false)}>{t('round.clarifyBack')}</button>
            </Composer>
          </Show>
        </Match>
        <Match when={waiting()}>{(key) => <p class="waiting" data-testid="waiting">{t(key(), { name: props.otherName })}</p>}</Match>
        <Match when={!move() && !props.talk.chosenDeck && isLastPrompt(props.turn)}><p class="waiting">{t('round.allDone')}</p></Match>
        <Match when={!move()}><p class="waiting">{t('round.waitingPace')}</p></Match>
      </Switch>
    </div>
  );
}

/** Between prompts either friend may choose where to go next; it opens when both are ready. */
function DeckChooser(props: Props) {
  const between = () => !props.talk.current || props.talk.current.step === 'done';
  return (
    <Show when={between()}>
      <Show when={props.talk.chosenDeck}>{(id) => <p>{t('round.chosen', { deck: deckTitle(id()) })}</p>}</Show>
      <details class="decks">
        <summary>{t('round.chooseDeck')}</summary>
        <p class="hint">{t('round.chooseDeckHint')}</p>
        <ul class="cards">
          <For each={decks()}>
            {(deck) => (
              <li class="card">
                <p class="deck-title">{deck.title}</p>
                <p class="quiet">{deck.intro}</p>
                <button type="button" class="secondary" disabled={props.actions.busy() || props.talk.chosenDeck === deck.id}
                  onClick={() => void props.actions.send({ type: 'choose-deck', deckId: deck.id }).catch(() => undefined)}>
                  {t('round.choose')}
                </button>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  );
}

export function RoundPanel(props: Props) {
  return (
    <section aria-labelledby="round-title" class="panel">
      <h2 id="round-title">{t('round.title')}</h2>
      <Show when={props.talk.current} fallback={<p>{t('round.notStarted')}</p>}>
        {(turn) => (
          <>
            {/* The hint invites an answer, which a closed space can no longer take. */}
            <PromptFigure turn={turn()} withHint={!props.closed} testId="prompt" />
            <EntryList entries={[...turn().entries, ...props.unsent]} myId={props.myId} otherName={props.otherName} />
            <Show when={!props.closed}><TurnActions {...props} turn={turn()} /></Show>
          </>
        )}
      </Show>
      <Show when={!props.closed}><DeckChooser {...props} /></Show>
      {/* Also after a reload, when the words wait here but this panel did not send them. */}
      <Show when={props.actions.queued() || props.unsent.some((e) => e.waiting)}><p class="notice" role="status">{t('round.queued')}</p></Show>
      <ErrorNote message={props.actions.error()} />
    </section>
  );
}
