// The list of what this device keeps of a person's writing (IndexedDB databases), so signing
// out can remove all of it. Apart from sync.ts, which needs Yjs: signing out does not, and
// the first screen, which can sign out, should not wait for it.

const DB_LIST_KEY = 'mend:local-docs';

export const rememberDb = (name: string) => {
  const names = new Set<string>(JSON.parse(localStorage.getItem(DB_LIST_KEY) ?? '[]') as string[]);
  names.add(name);
  localStorage.setItem(DB_LIST_KEY, JSON.stringify([...names]));
};

const deleteDb = (name: string) =>
  new Promise<void>((resolve) => {
    const req = indexedDB.deleteDatabase(name);
    req.onsuccess = req.onerror = req.onblocked = () => resolve();
  });

/** On sign-out, nothing of this person's writing stays on a possibly shared device. Only their
 *  own databases go: another person's words written here offline wait for that person. */
export async function forgetLocalCopies(userId: string): Promise<void> {
  const mine = `mend:${userId}:`;
  const names = JSON.parse(localStorage.getItem(DB_LIST_KEY) ?? '[]') as string[];
  const listed = 'databases' in indexedDB ? await indexedDB.databases().catch(() => []) : [];
  const all = new Set([...names, ...listed.map((d) => d.name ?? '')].filter((n) => n.startsWith(mine)));
  await Promise.all([...all].map(deleteDb));
  const rest = names.filter((n) => !n.startsWith(mine));
  if (rest.length > 0) localStorage.setItem(DB_LIST_KEY, JSON.stringify(rest));
  else localStorage.removeItem(DB_LIST_KEY);
}
