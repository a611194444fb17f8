// The space both friends share once both said yes: ground rules written together, the
// history of what happened, presence by choice, and a calm way to close.
import { For, Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { SpaceDetail } from '../../shared/api-types.ts';
import type { SpaceEvent, SpaceState } from '../../shared/space/types.ts';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { TextField } from '../components/Field.tsx';
import { Page } from '../components/Page.tsx';
import { api, commandId } from '../lib/api.ts';
import { bindTextarea } from '../lib/bind-text.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { createSpaceSync } from '../stores/create-space-sync.ts';
import { SyncNotice } from '../components/SyncNotice.tsx';

const nameOf = (state: SpaceState, id: string, myId: string): string => {
  if (id === myId) return t('space.you');
  if (state.phase === 'none') return '';
  if (state.opener.id === id) return state.opener.name;
  if ((state.phase === 'open' || state.phase === 'closed') && state.invitee.id === id) return state.invitee.name;
  return state.friendName;
};

export function SharedSpace(props: { space: SpaceDetail; myId: string; refetch: () => void }) {
  const sync = createSpaceSync(props.space.id, props.myId);
  const other = () => props.space.otherName;
  const closed = () => sync.state().phase === 'closed' || props.space.phase === 'closed';
  const [confirming, setConfirming] = createSignal(false);
  const [lastMessage, setLastMessage] = createSignal('');
  // One id per attempt to close, so a retry after a dropped connection is applied once.
  let leaveId = commandId();
  const action = createAction();

  let rules!: HTMLTextAreaElement;
  onMount(() => onCleanup(bindTextarea(rules, sync.groundRules)));

  const leave = (e: SubmitEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await api.leave(props.space.id, leaveId, lastMessage().trim() || undefined);
      leaveId = commandId();
      setConfirming(false);
      props.refetch();
    });
  };

  const describe = (event: SpaceEvent) => {
    const who = nameOf(sync.state(), event.by, props.myId);
    return t(`events.${event.type}`, { name: who });
  };

  return (
    <Page title={t('spaces.phase.open', { name: other() })}>
      <SyncNotice status={sync.status()} />
      <p class="presence" aria-live="polite">{sync.otherHere() ? t('space.otherHere', { name: other() }) : ''}</p>

      <Show when={closed()}>
        <div class="notice" role="status">
          <p>{t('space.closedNote')}</p>
          <Show when={sync.state().phase === 'closed' ? (sync.state() as Extract<SpaceState, { phase: 'closed' }>) : null}>
            {(s) => (
              <>
                <p>{s().closedBy === props.myId ? t('space.closedByMe') : t('space.closedBy', { name: other() })}</p>
                <Show when={s().lastMessage && s().closedBy !== props.myId}>
                  <p>{t('space.lastMessageFrom')}</p>
                  <blockquote>{s().lastMessage}</blockquote>
                </Show>
              </>
            )}
          </Show>
        </div>
      </Show>

      <section aria-labelledby="rules-title">
        <h2 id="rules-title">{t('space.groundRulesTitle')}</h2>
        <p class="hint">{t('space.groundRulesIntro')}</p>
        <label for="ground-rules" class="visually-hidden">{t('space.groundRulesLabel', { name: other() })}</label>
        <textarea id="ground-rules" ref={rules} rows={6} readOnly={closed()} aria-describedby="rules-shared"
          placeholder={t('space.groundRulesPlaceholder')} data-testid="ground-rules" />
        <p class="quiet" id="rules-shared">{t('space.sharedNote', { name: other() })}</p>
      </section>

      <section aria-labelledby="history-title">
        <h2 id="history-title">{t('space.historyTitle')}</h2>
        <ol class="history" data-testid="history">
          <For each={sync.events()}>
            {(event) => (
              <li class="fade-in">
                <span>{describe(event)}</span>{' '}
                <time datetime={event.at} class="quiet">{new Date(event.at).toLocaleDateString()}</time>
              </li>
            )}
          </For>
        </ol>
      </section>

      <Show when={!closed()}>
        <section aria-labelledby="presence-title" class="settings">
          <h2 id="presence-title" class="visually-hidden">{t('space.presenceToggle', { name: other() })}</h2>
          <label class="toggle">
            <input type="checkbox" checked={sync.here()} onChange={(e) => sync.setHere(e.currentTarget.checked)} />
            {t('space.presenceToggle', { name: other() })}
          </label>
          <p class="hint">{t('space.presenceHint', { name: other() })}</p>
        </section>

        <Show when={confirming()} fallback={<p><button type="button" class="link" onClick={() => setConfirming(true)}>{t('space.leave')}</button></p>}>
          <form class="confirm" onSubmit={leave} aria-labelledby="leave-title">
            <h2 id="leave-title">{t('space.leaveTitle')}</h2>
            <p>{t('space.leaveBody', { name: other() })}</p>
            <TextField label={t('space.lastMessage', { name: other() })} rows={3} maxLength={2000}
              value={lastMessage()} onInput={(e) => setLastMessage(e.currentTarget.value)} />
            <ErrorNote message={action.error()} />
            <button type="submit" class="primary" disabled={action.busy()}>{t('space.leaveConfirm')}</button>{' '}
            <button type="button" class="link" onClick={() => setConfirming(false)}>{t('space.leaveCancel')}</button>
          </form>
        </Show>
      </Show>
    </Page>
  );
}
