// How a page sends a command to the space: through the outbox, so it survives being offline.
// A refusal throws (the composer then keeps the draft); a queued send is reported, not hidden.
import { createSignal } from 'solid-js';
import { ApiError } from './api.ts';
import { refusalKey } from '../../shared/refusals.ts';
import { t } from './copy.ts';
import { isWaiting, submit } from './outbox.ts';

export function createSpaceActions(spaceId: string, myId: string) {
  // The id of this panel's last send while it waits in the outbox: the notice lasts exactly as long.
  const [queuedId, setQueuedId] = createSignal<string | null>(null);
  const queued = () => {
    const id = queuedId();
    return id !== null && isWaiting(id);
  };
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  async function send(command: { type: string } & Record<string, unknown>): Promise<void> {
    setBusy(true);
    setError(null);
    try {
      const outcome = await submit(myId, spaceId, command);
      if (outcome.status === 'refused') {
        // Usually the other person moved first; the page is about to show their move.
        setError(outcome.words ?? t(refusalKey(outcome.code)));
        throw new ApiError(409, 'refused', 'refused', outcome.code);
      }
      setQueuedId(outcome.status === 'queued' ? outcome.id : null);
    } finally {
      setBusy(false);
    }
  }
  return { send, queued, busy, error };
}

export type SpaceActions = ReturnType<typeof createSpaceActions>;
