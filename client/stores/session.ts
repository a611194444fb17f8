// Who is signed in. `undefined` while we ask the server, `null` when nobody is.
import { createSignal } from 'solid-js';
import type { Me } from '../../shared/api-types.ts';
import { ApiError, api } from '../lib/api.ts';
import { forgetKept, keepMe, keptMe, noteOffline, noteOnline } from '../lib/kept.ts';
import { forgetOutbox } from '../lib/outbox.ts';
import { forgetLocalCopies } from '../lib/local-copies.ts';

const [me, setMeSignal] = createSignal<Me | null | undefined>(undefined);

/** Sets who is signed in, and remembers them here so Mend opens for them with no connection. */
export function setMe(who: Me | null): Me | null {
  keepMe(who);
  return setMeSignal(who);
}

export { me };

export async function loadMe(): Promise<void> {
  try {
    setMe((await api.currentSession()).me);
    noteOnline();
  } catch (error) {
    // No connection: whoever was signed in here last still is, reading what they last saw.
    const kept = error instanceof ApiError && error.status === 0 ? keptMe() : undefined;
    if (kept) noteOffline();
    setMeSignal(kept ?? null);
  }
}

/** Clears the rest of what this device keeps of the person, once their outbox is dealt with. */
async function forgetHere(userId: string | undefined): Promise<void> {
  if (userId) {
    await forgetLocalCopies(userId);
    forgetKept(userId);
  }
  setMe(null);
}

export async function signOut(): Promise<void> {
  const who = me();
  if (who) await forgetOutbox(who.id);
  await api.signOut().catch(() => undefined);
  await forgetHere(who?.id);
}

/** True once this person deleted their account on this device, so the goodbye page can say so. */
const [accountDeleted, setAccountDeleted] = createSignal(false);
export { accountDeleted };

/** Deletes the account on the server (a wrong password throws and nothing changes), then
 *  everything kept here, without a second call: the server has already ended the session. */
export async function deleteAccount(password: string): Promise<void> {
  await api.deleteAccount(password);
  setAccountDeleted(true);
  const who = me();
  if (who) await forgetOutbox(who.id, { send: false });
  await forgetHere(who?.id);
}
