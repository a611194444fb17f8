// The space both friends share once both said yes. One primary action at a time: agreeing
// the ground rules first, then the prompt in progress; the rest is quieter below.
import { For, Show, createSignal } from 'solid-js';
import type { SpaceDetail } from '../../shared/api-types.ts';
import type { SpaceEvent, SpaceState, Talk } from '../../shared/space/types.ts';
import { ApologyPanel } from '../components/ApologyPanel.tsx';
import { ErrorNote } from '../components/ErrorNote.tsx';
import { TextField } from '../components/Field.tsx';
import { GroundRulesPanel } from '../components/GroundRulesPanel.tsx';
import { JourneyPath } from '../components/JourneyPath.tsx';
import { PacePanel } from '../components/PacePanel.tsx';
import { PrivateReflection } from '../components/PrivateReflection.tsx';
import { ReturnedWords } from '../components/ReturnedWords.tsx';
import { RoundPanel } from '../components/RoundPanel.tsx';
import { SinceLastHere } from '../components/SinceLastHere.tsx';
import { Page } from '../components/Page.tsx';
import { SyncNotice } from '../components/SyncNotice.tsx';
import { api, commandId } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import { createSpaceActions } from '../lib/space-actions.ts';
import { createSpaceSync } from '../stores/create-space-sync.ts';

type Shared = Extract<SpaceState, { phase: 'open' | 'closed' }>;

const nameOf = (state: SpaceState, id: string, myId: string): string => {
  if (id === myId) return t('space.you');
  if (state.phase === 'none') return '';
  if (state.opener.id === id) return state.opener.name;
  if ((state.phase === 'open' || state.phase === 'closed') && state.invitee.id === id) return state.invitee.name;
  return state.friendName;
};

function CloseSpace(props: { spaceId: string; otherName: string; refetch: () => void }) {
  const [confirming, setConfirming] = createSignal(false);
  const [lastMessage, setLastMessage] = createSignal('');
  // One id per attempt to close, so a retry after a dropped connection is applied once.
  let leaveId = commandId();
  const action = createAction();
  const leave = (e: SubmitEvent) => {
    e.preventDefault();
    void action.run(async () => {
      await api.leave(props.spaceId, leaveId, lastMessage().trim() || undefined);
      leaveId = commandId();
      setConfirming(false);
      props.refetch();
    });
  };
  return (
    <Show when={confirming()} fallback={<p><button type="button" class="link" onClick={() => setConfirming(true)}>{t('space.leave')}</button></p>}>
      <form class="confirm" onSubmit={leave} aria-labelledby="leave-title">
        <h2 id="leave-title">{t('space.leaveTitle')}</h2>
        <p>{t('space.leaveBody', { name: props.otherName })}</p>
        <TextField label={t('space.lastMessage', { name: props.otherName })} rows={3} maxLength={2000}
          value={lastMessage()} onInput={(e) => setLastMessage(e.currentTarget.value)} />
        <ErrorNote message={action.error()} />
        <button type="submit" class="primary" disabled={action.busy()}>{t('space.leaveConfirm')}</button>{' '}
        <button type="button" class="link" onClick={() => setConfirming(false)}>{t('space.leaveCancel')}</button>
      </form>
    </Show>
  );
}

function ClosedNote(props: { state: Shared; myId: string; otherName: string }) {
  return (
    <div class="notice" role="status">
      <p>{t('space.closedNote')}</p>
      <Show when={props.state.phase === 'closed' ? props.state : null}>
        {(s) => (
          <>
            <p>{s().closedBy === props.myId ? t('space.closedByMe') : t('space.closedBy', { name: props.otherName })}</p>
            <Show when={s().lastMessage && s().closedBy !== props.myId}>
              <p>{t('space.lastMessageFrom')}</p>
              <blockquote>{s().lastMessage}</blockquote>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}

export function SharedSpace(props: { space: SpaceDetail; myId: string; refetch: () => void }) {
  const sync = createSpaceSync(props.space.id, props.myId);
  const actions = createSpaceActions(props.space.id, props.myId);
  const other = () => props.space.otherName;
  const shared = () => {
    const s = sync.state();
    return s.phase === 'open' || s.phase === 'closed' ? s : null;
  };
  const talk = (): Talk | null => shared()?.talk ?? null;
  const otherId = () => {
    const s = shared();
    return s ? (s.opener.id === props.myId ? s.invitee.id : s.opener.id) : '';
  };
  const closed = () => sync.state().phase === 'closed' || props.space.phase === 'closed';
  const agreed = () => !!talk()?.groundRules.agreed;
  const canHandOver = () => {
    const tk = talk();
    const s = shared();
    return !!tk && !!s && s.invitee.id === props.myId && tk.nextFirst === props.myId && !tk.current && tk.done.length === 0;
  };
  const describe = (event: SpaceEvent) => t(`events.${event.type}`, { name: nameOf(sync.state(), event.by, props.myId) });

  const rules = () => (
    <GroundRulesPanel text={sync.groundRules} current={sync.groundRulesText()} talk={talk()} myId={props.myId} otherId={otherId()}
      otherName={other()} readOnly={closed()} actions={actions} />
  );

  return (
    <Page title={t('space.title', { name: other() })}>
      <SyncNotice status={sync.status()} />
      <p class="presence" aria-live="polite">{sync.otherHere() ? t('space.otherHere', { name: other() }) : ''}</p>
      <Show when={closed() && shared()}>{(s) => <ClosedNote state={s()} myId={props.myId} otherName={other()} />}</Show>
      <SinceLastHere events={sync.events()} lastSeen={sync.lastSeen()} myId={props.myId} otherName={other()} />
      <JourneyPath talk={talk()} />
      <ReturnedWords spaceId={props.space.id} />

      <Show when={talk()}>
        {(tk) => (
          <Show when={agreed()} fallback={rules()}>
            <RoundPanel talk={tk()} sync={sync} myId={props.myId} otherName={other()} actions={actions} />
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

      <Show when={!closed() && talk()}>
        {(tk) => <PacePanel mine={tk().pace[props.myId]} other={tk().pace[otherId()]} otherName={other()} actions={actions} />}
      </Show>
      <Show when={talk()}>
        {(tk) => <ApologyPanel apologies={tk().apologies} sync={sync} myId={props.myId} otherName={other()} readOnly={closed()} actions={actions} />}
      </Show>
      <Show when={agreed()}>{rules()}</Show>

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

      <PrivateReflection spaceId={props.space.id} myId={props.myId} />

      <details class="panel">
        <summary>{t('space.historyTitle')}</summary>
        <ol class="history" data-testid="history">
          <For each={sync.events()}>
            {(event) => (
              <li>
                <span>{describe(event)}</span>{' '}
                <time datetime={event.at} class="quiet">{new Date(event.at).toLocaleDateString()}</time>
              </li>
            )}
          </For>
        </ol>
      </details>

      <Show when={!closed()}>
        <CloseSpace spaceId={props.space.id} otherName={other()} refetch={props.refetch} />
      </Show>
    </Page>
  );
}
