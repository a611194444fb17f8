// One promise still in the making or waiting to be kept, said in words from where this person
// stands. The other answers an offer; the maker changes the words or marks it kept.
import { Match, Show, Switch, createSignal } from 'solid-js';
import type { Commitment } from '../../shared/space/types.ts';
import { t } from '../lib/copy.ts';
import type { SpaceActions } from '../lib/space-actions.ts';
import { useSpace } from '../stores/space-scope.ts';
import { TextField } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { GentleHints } from './GentleHints.tsx';
import { PromiseForm } from './PromiseForm.tsx';
import { PromiseWords } from './PromiseWords.tsx';
import { Limits } from '../../shared/wire.ts';

export function PromiseItem(props: { c: Commitment; primary: boolean; actions: SpaceActions }) {
  const space = useSpace();
  const [mode, setMode] = createSignal<'idle' | 'suggest' | 'revise'>('idle');
  const [suggestion, setSuggestion] = createSignal('');
  const mine = () => props.c.by === space.myId;
  const vars = () => ({ name: space.otherName() });
  const open = () => !space.closed();
  const send = (body: { type: string } & Record<string, unknown>) =>
    props.actions.send({ commitmentId: props.c.id, ...body }).then(() => void setMode('idle'));
  const answer = (a: 'accept' | 'decline' | 'suggest') =>
    void send({ type: 'answer-commitment', answer: a, ...(a === 'suggest' ? { suggestion: suggestion().trim() } : {}) }).catch(() => undefined);

  return (
    <li class="card promise fade-in" data-testid="promise" data-status={props.c.status}>
      <PromiseWords c={props.c} mine={mine()} otherName={space.otherName()} due />
      <Show when={open()}>
        <Switch>
          <Match when={mode() === 'suggest'}>
            <form class="answer" onSubmit={(e) => { e.preventDefault(); if (suggestion().trim()) answer('suggest'); }}>
              <TextField label={t('promises.suggestLabel')} hint={t('privacy.sharedWhenSent', vars())} rows={2} limit={Limits.commitmentChars}
                value={suggestion()} onInput={(e) => setSuggestion(e.currentTarget.value)} />
              <GentleHints text={suggestion()} />
              <button type="submit" class="secondary" disabled={props.actions.busy() || !suggestion().trim() || isOver(suggestion(), Limits.commitmentChars)}>{t('promises.sendSuggestion')}</button>{' '}
              <button type="button" class="link" onClick={() => setMode('idle')}>{t('meeting.form.cancel')}</button>
            </form>
          </Match>
          <Match when={mode() === 'revise'}>
            <PromiseForm otherName={space.otherName()} from={props.c} submitLabel={t('promises.sendRevised')} primary={false}
              busy={props.actions.busy()} onSubmit={(d) => send({ type: 'revise-commitment', ...d })} onCancel={() => setMode('idle')} />
          </Match>
          <Match when={!mine() && props.c.status === 'proposed'}>
            <div class="choices">
              <button type="button" class={props.primary ? 'primary' : 'secondary'} disabled={props.actions.busy()} onClick={() => answer('accept')}>{t('promises.accept')}</button>
              <button type="button" class="secondary" onClick={() => setMode('suggest')}>{t('promises.suggest')}</button>
              <button type="button" class="link" disabled={props.actions.busy()} onClick={() => answer('decline')}>{t('promises.decline')}</button>
            </div>
          </Match>
          <Match when={mine() && (props.c.status === 'proposed' || props.c.status === 'change-suggested')}>
            <button type="button" class="secondary" onClick={() => setMode('revise')}>{t('promises.revise')}</button>
          </Match>
          <Match when={mine() && props.c.status === 'accepted'}>
            <button type="button" class="secondary" disabled={props.actions.busy()} onClick={() => void send({ type: 'keep-commitment' }).catch(() => undefined)}>{t('promises.keep')}</button>
          </Match>
        </Switch>
      </Show>
    </li>
  );
}
