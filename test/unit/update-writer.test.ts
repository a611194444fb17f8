import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createUpdateWriter } from '../../server/sync/update-writer.ts';
import { openSqliteStore } from '../../server/storage/sqlite-store.ts';
import type { Store, Tx } from '../../server/storage/store.ts';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function counted() {
  const store = openSqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mend-writer-')), 'w.sqlite'));
  stores.push(store);
  let transactions = 0;
  const wrapped: Pick<Store, 'transaction'> = {
    transaction: <T>(fn: (tx: Tx) => Promise<T>): Promise<T> => {
      transactions++;
      return store.transaction(fn);
    },
  };
  return { store, wrapped, transactions: () => transactions };
}

describe('the update writer (group commit)', () => {
  it('writes everything queued in one turn in one transaction, in order, then reports each', async () => {
    const { store, wrapped, transactions } = counted();
    const writer = createUpdateWriter(wrapped);
    const seen: string[] = [];
    const done = new Promise<void>((resolve) => {
      for (let i = 0; i < 50; i++)
        writer.write(i % 2 ? 'doc/a' : 'doc/b', new Uint8Array([i]), (seq) => {
          seen.push(`${i}:${seq}`);
          if (i === 49) resolve();
        }, () => undefined);
    });
    expect(transactions()).toBe(0);
    await done;
    expect(transactions()).toBe(1);
    expect(seen.map((s) => Number(s.split(':')[0]))).toEqual([...Array(50).keys()]);
    const seqs = seen.map((s) => Number(s.split(':')[1]));
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect((await store.loadDoc('doc/a')).updates).toHaveLength(25);
  });

  it('tells every waiting writer when the commit fails, and reports none as stored', async () => {
    const writer = createUpdateWriter(
      { transaction: () => Promise.reject(new Error('disk full')) },
      () => undefined,
    );
    let stored = 0;
    let failed = 0;
    for (let i = 0; i < 3; i++) writer.write('d', new Uint8Array([i]), () => stored++, () => failed++);
    await writer.flush();
    expect({ stored, failed }).toEqual({ stored: 0, failed: 3 });
  });

  it('flushes on demand, so a compaction or shutdown never leaves rows behind', async () => {
    const { store, wrapped } = counted();
    const writer = createUpdateWriter(wrapped, () => undefined);
    writer.write('doc/x', new Uint8Array([1]), () => undefined, () => undefined);
    expect((await store.loadDoc('doc/x')).updates).toHaveLength(0);
    await writer.flush();
    expect((await store.loadDoc('doc/x')).updates).toHaveLength(1);
  });
});
