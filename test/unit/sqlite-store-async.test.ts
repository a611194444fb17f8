// The SQLite store behind the asynchronous interface: one connection, so a transaction's
// function may await while everything else asked of the store waits for it to end.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../server/storage/sqlite-store.ts';
import type { Store } from '../../server/storage/store.ts';
import { createUpdateWriter } from '../../server/sync/update-writer.ts';

const stores: Store[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

function open(): Store {
  const store = openSqliteStore(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mend-async-')), 's.sqlite'));
  stores.push(store);
  return store;
}

const bytes = (n: number) => new Uint8Array([n]);
const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('the SQLite store, asynchronously', () => {
  it('makes a call outside an open transaction wait for its end, and never see its rows early', async () => {
    const store = open();
    let finish!: () => void;
    const held = new Promise<void>((resolve) => (finish = resolve));
    let opened!: () => void;
    const isOpen = new Promise<void>((resolve) => (opened = resolve));
    const tx = store.transaction(async (t) => {
      await t.appendUpdate('d', bytes(1));
      opened();
      await held;
    });
    // Transactions start on the next turn (the group commit gathers a turn's worth): ask once it is open.
    await isOpen;
    let seen: number | null = null;
    const read = store.updateCount('d').then((n) => (seen = n));
    await turn();
    expect(seen).toBeNull();
    finish();
    await tx;
    await read;
    expect(seen).toBe(1);
  });

  it('rolls back everything a transaction wrote when its function throws, and takes the next one after', async () => {
    const store = open();
    const failing = store.transaction(async (t) => {
      await t.appendUpdate('d', bytes(1));
      await turn();
      throw new Error('no');
    });
    const next = store.transaction(async (t) => t.appendUpdate('d', bytes(2)));
    await expect(failing).rejects.toThrow('no');
    await next;
    const stored = await store.loadDoc('d');
    expect(stored.updates).toEqual([bytes(2)]);
  });

  it('reads a document after a sequence number, with the snapshot when it covers rows in that range', async () => {
    const store = open();
    const seqs = [];
    for (let i = 1; i <= 4; i++) seqs.push(await store.appendUpdate('d', bytes(i)));
    await store.compactDoc('d', bytes(99), seqs[1] as number);
    expect(await store.loadDoc('d', seqs[0])).toEqual({ snapshot: bytes(99), updates: [bytes(3), bytes(4)], lastSeq: seqs[3] });
    expect(await store.loadDoc('d', seqs[2])).toEqual({ snapshot: null, updates: [bytes(4)], lastSeq: seqs[3] });
    // A compaction covering fewer rows than the stored snapshot is ignored.
    await store.compactDoc('d', bytes(50), seqs[0] as number);
    expect((await store.loadDoc('d')).snapshot).toEqual(bytes(99));
    expect(await store.lastSeqs(['d', 'none'])).toEqual(new Map([['d', seqs[3]], ['none', 0]]));
  });
});

describe('the group commit, asynchronously', () => {
  it('keeps one commit in flight: what arrives meanwhile goes in the next, and flush waits for both', async () => {
    const store = open();
    let transactions = 0;
    let finishFirst!: () => void;
    const firstHeld = new Promise<void>((resolve) => (finishFirst = resolve));
    const writer = createUpdateWriter({
      transaction: (fn) => {
        const first = ++transactions === 1;
        return store.transaction(async (tx) => {
          const result = await fn(tx);
          if (first) await firstHeld;
          return result;
        });
      },
    });
    const stored: number[] = [];
    writer.write('d', bytes(1), (seq) => stored.push(seq), () => undefined);
    await turn();
    expect(transactions).toBe(1);
    // The first commit is in flight; these wait for the next one, not a transaction of their own.
    writer.write('d', bytes(2), (seq) => stored.push(seq), () => undefined);
    writer.write('d', bytes(3), (seq) => stored.push(seq), () => undefined);
    const flushed = writer.flush();
    await turn();
    expect(transactions).toBe(1);
    expect(stored).toEqual([]);
    finishFirst();
    await flushed;
    expect(stored).toHaveLength(3);
    expect(transactions).toBe(2);
    expect((await store.loadDoc('d')).updates).toEqual([bytes(1), bytes(2), bytes(3)]);
  });
});
