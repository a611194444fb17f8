// The SQLite store's group commit (server/storage/sqlite-store.ts): transactions asked for in
// one turn of the event loop commit together, each rolled back alone when it throws, and none
// resolves before the rows are committed. A second connection to the same file is the witness:
// it sees only what SQLite has committed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore, walSyncer } from '../../server/storage/sqlite-store.ts';
import type { Store } from '../../server/storage/store.ts';

let dir: string;
let store: Store;
let witness: Database.Database;

const committedRows = (doc: string): number =>
  (witness.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?').get(doc) as { n: number }).n;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
const update = (n: number) => new Uint8Array([n, n, n]);

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-group-commit-'));
  // A batch takes what is queued for up to 20 ms; here as long as it needs, so that what the
  // tests count as one batch stays one on a slow, shared machine.
  store = openSqliteStore(path.join(dir, 'mend.db'), { batchMaxMs: 60_000 });
  witness = new Database(path.join(dir, 'mend.db'), { readonly: true });
});

afterEach(async () => {
  witness.close();
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the SQLite group commit', () => {
  it('commits the transactions of one turn together, and resolves none before that', async () => {
    const seenMidway: number[] = [];
    const seenAtResolve: number[] = [];
    const writes = Array.from({ length: 20 }, (_, i) =>
      store
        .transaction(async (tx) => {
          await tx.appendUpdate('doc-a', update(i));
          // Other work between writes (as the referee awaits a room): the witness must not
          // see any of the batch yet, or the transactions committed one by one.
          await nextTurn();
          seenMidway.push(committedRows('doc-a'));
        })
        .then(() => seenAtResolve.push(committedRows('doc-a'))),
    );
    await Promise.all(writes);
    expect(seenMidway).toEqual(Array(20).fill(0));
    expect(seenAtResolve).toEqual(Array(20).fill(20));
  });

  it('rolls back only the transaction that threw, and tells only its caller', async () => {
    const results = await Promise.allSettled([
      store.transaction((tx) => tx.appendUpdate('doc-b', update(1))),
      store.transaction(async (tx) => {
        await tx.appendUpdate('doc-b', update(2));
        throw new Error('this one changes its mind');
      }),
      store.transaction((tx) => tx.appendUpdate('doc-b', update(3))),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    const stored = await store.loadDoc('doc-b');
    expect(stored.updates.map((u) => u[0])).toEqual([1, 3]);
  });

  it('lets a later transaction of the batch read what an earlier one wrote', async () => {
    const [, count] = await Promise.all([
      store.transaction((tx) => tx.appendUpdates([{ doc: 'doc-c', update: update(1) }, { doc: 'doc-c', update: update(2) }])),
      store.transaction((tx) => tx.updateCount('doc-c')),
    ]);
    expect(count).toBe(2);
  });

  it('makes a read asked meanwhile wait for the batch, so it never sees rows that may be rolled back', async () => {
    let readDuringBatch: number | null = null;
    const failing = store.transaction(async (tx) => {
      await tx.appendUpdate('doc-d', update(1));
      // Asked of the store itself while the batch is open: it must wait, then see nothing.
      void store.updateCount('doc-d').then((n) => (readDuringBatch = n));
      await nextTurn();
      throw new Error('rolled back');
    });
    await expect(failing).rejects.toThrow('rolled back');
    await expect.poll(() => readDuringBatch).toBe(0);
  });

  it('answers who is signed in from what is committed, without waiting for a batch', async () => {
    const user = { id: 'u1', name: 'sam', displayName: 'Sam', passwordHash: 'x', email: null, createdAt: new Date(0).toISOString() };
    await store.createUser(user, 'sam', [], 'sam-skeleton');
    let seenInside: unknown = 'not asked';
    await store.transaction(async (tx) => {
      await tx.createSession({ id: 's1', userId: 'u1', secretHash: new Uint8Array([1]), expiresAt: 2, createdAt: 1 });
      // Would wait for this very batch (and never end) if it queued behind it.
      seenInside = await store.sessionById('s1');
    });
    expect(seenInside).toBeUndefined();
    expect((await store.sessionById('s1'))?.userId).toBe('u1');
  });

  it('reports a batch done only after the WAL is on disk, and reads the store wait for that too', async () => {
    const file = path.join(dir, 'held.db');
    let release!: () => void;
    const fsyncHeld = new Promise<void>((resolve) => (release = resolve));
    let syncs = 0;
    const held = openSqliteStore(file, {
      walSync: (f) => {
        const real = walSyncer(f);
        return { close: real.close, sync: async () => { syncs++; await fsyncHeld; await real.sync(); } };
      },
    });
    try {
      let done = false;
      const write = held.transaction((tx) => tx.appendUpdate('doc-f', update(1))).then(() => (done = true));
      const peek = new Database(file, { readonly: true });
      const committed = () => (peek.prepare('SELECT COUNT(*) AS n FROM doc_updates').get() as { n: number }).n;
      // Committed, waiting for the disk: nobody has been told, and the store's own read waits.
      await expect.poll(() => syncs).toBe(1);
      expect(committed()).toBe(1);
      let read: number | null = null;
      void held.updateCount('doc-f').then((n) => (read = n));
      await nextTurn();
      expect(done).toBe(false);
      expect(read).toBeNull();
      release();
      await write;
      await expect.poll(() => read).toBe(1);
      peek.close();
    } finally {
      release();
      await held.close();
    }
  });

  it('ends a batch once it has taken transactions for batchMaxMs, after one at least', async () => {
    const file = path.join(dir, 'short.db');
    const short = openSqliteStore(file, { batchMaxMs: 0 });
    const peek = new Database(file, { readonly: true });
    try {
      const seenMidway: number[] = [];
      await Promise.all(
        Array.from({ length: 3 }, (_, i) =>
          short.transaction(async (tx) => {
            await tx.appendUpdate('doc-s', update(i));
            await nextTurn();
            seenMidway.push((peek.prepare('SELECT COUNT(*) AS n FROM doc_updates').get() as { n: number }).n);
          }),
        ),
      );
      // Asked in one turn, yet each committed before the next began.
      expect(seenMidway).toEqual([0, 1, 2]);
    } finally {
      peek.close();
      await short.close();
    }
  });

  it('batches writes asked of the store itself too, and they land', async () => {
    await Promise.all(Array.from({ length: 10 }, (_, i) => store.appendUpdate('doc-e', update(i))));
    expect(committedRows('doc-e')).toBe(10);
  });
});
