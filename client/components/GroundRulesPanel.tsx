// The ground rules both write together, and agreement to the exact words both can see.
import { Match, Show, Switch, createSignal, onCleanup, onMount } from 'solid-js';
import type * as Y from 'yjs';
import type { Talk } from '../../shared/space/types.ts';
import { ApiError } from '../lib/api.ts';
import { bindTextarea } from '../lib/bind-text.ts';
import { t } from '../lib/copy.ts';
import { agreeHintKey, mayAgree, rulesStateKey, shownStateKey } from '../lib/rules-words.ts';
import type { SpaceActions } from '../lib/space-actions.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { GentleHints } from './GentleHints.tsx';
import { LengthNote, isOver, lengthNoteId } from './LengthNote.tsx';
import { Limits } from '../../shared/wire.ts';

interface Props {
  text: Y.Text;
  current: string;
  talk: Talk | null;
  myId: string;
  otherId: string;
  otherName: string;
  readOnly: boolean;
  actions: SpaceActions;
}

export function GroundRulesPanel(props: Props) {
  let area!: HTMLTextAreaElement;
  onMount(() => onCleanup(bindTextarea(area, props.text)));
  const [error, setError] = createSignal<string | null>(null);
  const stateKey = () => rulesStateKey(props.talk, props.current, props.myId, props.otherId);

  const agree = async () => {
    setError(null);
    try {
      await props.actions.send({ type: 'agree-ground-rules', text: props.current });
    } catch (e) {
      setError(e instanceof ApiError && e.reason === 'ground-rules-changed' ? t('rules.changedNow') : t('errors.generic'));
    }
  };

  return (
    <section aria-labelledby="rules-title" class="panel">
      <h2 id="rules-title">{t('space.groundRulesTitle')}</h2>
      <Show when={!props.readOnly}><p class="hint">{t('space.groundRulesIntro')}</p></Show>
      <label for="ground-rules" class="visually-hidden">{t('space.groundRulesLabel', { name: props.otherName })}</label>
      <textarea id="ground-rules" ref={area} rows={5} readOnly={props.readOnly} aria-describedby={['rules-shared', lengthNoteId('ground-rules', props.current, Limits.groundRulesChars), 'rules-state'].filter(Boolean).join(' ')}
        aria-invalid={isOver(props.current, Limits.groundRulesChars) ? true : undefined}
        placeholder={t('space.groundRulesPlaceholder')} data-testid="ground-rules" />
      <LengthNote id="ground-rules-length" text={props.current} limit={Limits.groundRulesChars} />
      <p class="quiet" id="rules-shared">{props.readOnly ? t('sync.readOnly') : t('space.sharedNote', { name: props.otherName })}</p>
      <Show when={!props.readOnly}><GentleHints text={props.current} /></Show>
      <div id="rules-state" aria-live="polite" data-testid="rules-state">
        <Show when={shownStateKey(stateKey(), props.readOnly)}>{(key) => <p>{t(key(), { name: props.otherName })}</p>}</Show>
      </div>
      <ErrorNote message={error()} />
      <Switch>
        <Match when={!props.readOnly && mayAgree(stateKey())}>
          <p class="hint">{t(agreeHintKey(props.talk, props.current))}</p>
          <button type="button" class="primary" onClick={agree} disabled={props.actions.busy() || isOver(props.current, Limits.groundRulesChars)}>{t(props.current.trim() === '' ? 'rules.agreeNone' : 'rules.agree')}</button>
        </Match>
      </Switch>
    </section>
  );
}
