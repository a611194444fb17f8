// What this person last saw from the server (their spaces, a space's details, who they are),
// kept in this page's storage under their own id, so Mend opens and reads with no connection.
// The service worker never keeps an API answer: a cache there is shared by whoever uses the
// browser, while these entries belong to one person and go when they sign out.
import { createSignal } from 'solid-js';
import type { Me } from '../../shared/api-types.ts';
import { ApiError } from './api.ts';

const PREFIX = 'mend:kept:';
const ME_KEY = 'mend:kept-me';
const keyOf = (userId: string, what: string) => `${PREFIX}${userId}:${what}`;

/** True while a screen shows a kept answer because the network is away. */
const [showingKept, setShowingKept] = createSignal(false);
export { showingKept };

const read = <T>(key: string): T | undefined => {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? undefined : (JSON.parse(raw) as T);
  } catch {
    return undefined;
  }
};

const write = (key: string, value: unknown) => {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Storage full or refused: the screen still works online, only not offline.
  }
};

/** Asks the server; on an answer, keeps it for this person. With no connection, the kept answer. */
export async function keptAnswer<T>(userId: string | undefined, what: string, ask: () => Promise<T>): Promise<T> {
  try {
    const answer = await ask();
    if (userId) write(keyOf(userId, what), answer);
    setShowingKept(false);
    return answer;
  } catch (error) {
    const kept = userId && error instanceof ApiError && error.status === 0 ? read<T>(keyOf(userId, what)) : undefined;
    if (kept === undefined) throw error;
    setShowingKept(true);
    return kept;
  }
}

/** Who was signed in here when the connection went: only theirs to read, until they sign out. */
export const keepMe = (me: Me | null) => (me ? write(ME_KEY, me) : localStorage.removeItem(ME_KEY));
export const keptMe = (): Me | undefined => read<Me>(ME_KEY);
export const noteOffline = () => setShowingKept(true);
export const noteOnline = () => setShowingKept(false);

/** On sign-out or account deletion: every answer kept for this person goes. */
export function forgetKept(userId: string): void {
  const mine = PREFIX + userId + ':';
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const key = localStorage.key(i);
    if (key?.startsWith(mine)) keys.push(key);
  }
  for (const key of keys) localStorage.removeItem(key);
  if (keptMe()?.id === userId) localStorage.removeItem(ME_KEY);
  setShowingKept(false);
}
