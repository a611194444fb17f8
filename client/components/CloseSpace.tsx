// Closing the space kindly: offered in the same calm tone as continuing, with an optional
// last message; and the note both see once it is closed.
import { Show, createSignal } from 'solid-js';
import { api, commandId } from '../lib/api.ts';
import { t } from '../lib/copy.ts';
import { createAction } from '../lib/form.ts';
import type { Shared } from '../stores/space-scope.ts';
import { ErrorNote } from './ErrorNote.tsx';
import { TextField } from './Field.tsx';
import { isOver } from './LengthNote.tsx';
import { GentleHints } from './GentleHints.tsx';
import { Limits } from '../../shared/wire.ts';

export function CloseSpace(props: { spaceId: string; otherName: string; refetch: () => void }) {
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
    <section class="panel" aria-labelledby="leave-title">
      <h2 id="leave-title">{t('space.leaveTitle')}</h2>
      <p>{t('space.leaveBody', { name: props.otherName })}</p>
      <Show when={confirming()} fallback={<p><button type="button" class="secondary" onClick={() => setConfirming(true)}>{t('space.leave')}</button></p>}>
        <form class="confirm" onSubmit={leave}>
          <TextField label={t('space.lastMessage', { name: props.otherName })} hint={t('space.lastMessageHint', { name: props.otherName })}
            rows={3} limit={Limits.lastMessageChars} value={lastMessage()} onInput={(e) => setLastMessage(e.currentTarget.value)} />
          <GentleHints text={lastMessage()} />
          <ErrorNote message={action.error()} />
          <div class="form-actions">
            <button type="submit" class="primary" disabled={action.busy() || isOver(lastMessage(), Limits.lastMessageChars)}>{t('space.leaveConfirm')}</button>
            <button type="button" class="link" onClick={() => setConfirming(false)}>{t('space.leaveCancel')}</button>
          </div>
        </form>
      </Show>
    </section>
  );
}

export function ClosedNote(props: { state: Shared; myId: string; otherName: string; otherLeft?: boolean }) {
  return (
    <div class="notice" role="status" data-testid="closed-note">
      <Show when={!props.otherLeft} fallback={<p>{t('space.friendLeftNote')}</p>}>
        <p>{t('space.closedNote')}</p>
        <Show when={props.state.phase === 'closed' ? props.state : null}>
          {(s) => (
            <>
              <p>{s().closedBy === props.myId ? t('space.closedByMe') : t('space.closedBy', { name: props.otherName })}</p>
              <Show when={s().lastMessage && s().closedBy !== props.myId}>
                <p>{t('space.lastMessageFrom', { name: props.otherName })}</p>
                <blockquote>{s().lastMessage}</blockquote>
              </Show>
            </>
          )}
        </Show>
      </Show>
    </div>
  );
}
