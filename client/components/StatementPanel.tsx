// "Our friendship now": co-written in the together document after the reveal, and marked by
// each as theirs. Like the ground rules, a mark is to the exact words both can see.
import { Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import { ApiError } from '../lib/api.ts';
import { earlierAgreement } from '../lib/agreed-words.ts';
import { bindTextarea } from '../lib/bind-text.ts';
import { t } from '../lib/copy.ts';
import { shortDay } from '../lib/when.ts';
import { useSpace } from '../stores/space-scope.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { LengthNote, isOver, lengthNoteId } from './LengthNote.tsx';
import { Limits } from '../../shared/wire.ts';

export function StatementPanel(props: { primary: boolean }) {
  const space = useSpace();
  const actions = space.newActions();
  let area!: HTMLTextAreaElement;
  onMount(() => onCleanup(bindTextarea(area, space.sync.statement)));
  const [error, setError] = createSignal<string | null>(null);
  const current = () => space.sync.statementText();
  const statement = () => space.rebuild()?.statement ?? { markedBy: {}, agreed: null };
  const mine = () => statement().markedBy[space.myId];
  const theirs = () => statement().markedBy[space.otherId()];
  const agreedNow = () => statement().agreed?.text === current();

  const mark = async () => {
    setError(null);
    try {
      await actions.send({ type: 'mark-statement', text: current() });
    } catch (e) {
      setError(e instanceof ApiError && e.reason === 'ground-rules-changed' ? t('statement.changedNow') : t('errors.generic'));
    }
  };

  return (
    <section aria-labelledby="statement-title" class="panel" data-testid="statement">
      <h2 id="statement-title">{t('statement.title')}</h2>
      <Show when={!space.closed()}><p class="hint">{t('statement.intro')}</p></Show>
      <label for="statement" class="visually-hidden">{t('statement.label', { name: space.otherName() })}</label>
      <textarea id="statement" ref={area} rows={5} readOnly={space.closed()} aria-describedby={['statement-shared', lengthNoteId('statement', current(), Limits.groundRulesChars), 'statement-state'].filter(Boolean).join(' ')}
        aria-invalid={isOver(current(), Limits.groundRulesChars) ? true : undefined}
        placeholder={t('statement.placeholder')} data-testid="statement-text" />
      <LengthNote id="statement-length" text={current()} limit={Limits.groundRulesChars} />
      <p class="quiet" id="statement-shared">{space.closed() ? t('sync.readOnly') : t('space.sharedNote', { name: space.otherName() })}</p>
      <div id="statement-state" aria-live="polite" data-testid="statement-state">
        <Switch>
          <Match when={agreedNow()}><p>{t('statement.bothMarked', { name: space.otherName() })}</p></Match>
          <Match when={mine() === current()}><p>{t('statement.youMarked')}</p></Match>
          <Match when={theirs() === current()}><p>{t('statement.otherMarked', { name: space.otherName() })}</p></Match>
          <Match when={mine() !== undefined}><p>{t('statement.changed')}</p></Match>
        </Switch>
      </div>
      <Show when={earlierAgreement(statement().agreed, current())}>
        {(a) => <><p class="quiet">{t('statement.agreedOn', { date: shortDay(a().at) })}</p><blockquote>{a().text}</blockquote></>}
      </Show>
      <ErrorNote message={error() ?? actions.error()} />
      <Show when={!space.closed() && !agreedNow() && mine() !== current() && current().trim() !== ''}>
        <p class="hint">{t('statement.markHint')}</p>
        <button type="button" class={props.primary ? 'primary' : 'secondary'} onClick={mark} disabled={actions.busy() || isOver(current(), Limits.groundRulesChars)}>{t('statement.mark')}</button>
      </Show>
    </section>
  );
}
