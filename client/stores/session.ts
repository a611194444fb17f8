// Who is signed in. `undefined` while we ask the server, `null` when nobody is.
import { createSignal } from 'solid-js';
import type { Me } from '../../shared/api-types.ts';
import { api } from '../lib/api.ts';
import { forgetOutbox } from '../lib/outbox.ts';
import { forgetLocalCopies } from '../lib/local-copies.ts';

const [me, setMe] = createSignal<Me | null | undefined>(undefined);

export { me, setMe };

export async function loadMe(): Promise<void> {
  try {
    setMe((await api.currentSession()).me);
  } catch {
    // Offline or the server is away: shown as signed out, as before.
    setMe(null);
  }
}

/** Clears the rest of what this device keeps of the person, once their outbox is dealt with. */
async function forgetHere(): Promise<void> {
  await forgetLocalCopies();
  setMe(null);
}

export async function signOut(): Promise<void> {
  const who = me();
  if (who) await forgetOutbox(who.id);
  await api.signOut().catch(() => undefined);
  await forgetHere();
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
  await forgetHere();
}
