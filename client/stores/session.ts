// Who is signed in. `undefined` while we ask the server, `null` when nobody is.
import { createSignal } from 'solid-js';
import type { Me } from '../../shared/api-types.ts';
import { ApiError, api } from '../lib/api.ts';
import { forgetOutbox } from '../lib/outbox.ts';
import { forgetLocalCopies } from '../lib/sync.ts';

const [me, setMe] = createSignal<Me | null | undefined>(undefined);

export { me, setMe };

export async function loadMe(): Promise<void> {
  try {
    setMe(await api.me());
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) setMe(null);
    else setMe(null);
  }
}

export async function signOut(): Promise<void> {
  const who = me();
  if (who) await forgetOutbox(who.id);
  await api.signOut().catch(() => undefined);
  await forgetLocalCopies();
  setMe(null);
}
