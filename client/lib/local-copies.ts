// The list of what this device keeps of a person's writing (IndexedDB databases), so signing
// out can remove all of it. Apart from sync.ts, which needs Yjs: signing out does not, and
// the first screen, which can sign out, should not wait for it.

const DB_LIST_KEY = 'mend:local-docs';

export const rememberDb = (name: string) => {
  const names = new Set<string>(JSON.parse(localStorage.getItem(DB_LIST_KEY) ?? '[]') as string[]);
  names.add(name);
  localStorage.setItem(DB_LIST_KEY, JSON.stringify([...names]));
};

/** On sign-out, nothing of this person's writing stays on a possibly shared device. */
export async function forgetLocalCopies(): Promise<void> {
  const names = JSON.parse(localStorage.getItem(DB_LIST_KEY) ?? '[]') as string[];
  const listed = 'databases' in indexedDB ? await indexedDB.databases().catch(() => []) : [];
  const all = new Set([...names, ...listed.map((d) => d.name ?? '').filter((n) => n.startsWith('mend:'))]);
  await Promise.all(
    [...all].map(
      (name) =>
        new Promise<void>((resolve) => {
          const req = indexedDB.deleteDatabase(name);
          req.onsuccess = req.onerror = req.onblocked = () => resolve();
        }),
    ),
  );
  localStorage.removeItem(DB_LIST_KEY);
}
