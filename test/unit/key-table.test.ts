// The limiters' table: bounded, and when full it drops what expired, then the oldest entry
// that holds nobody back, and never an entry that does: it refuses new keys instead.
import { describe, expect, it } from 'vitest';
import { createKeyTable, type TableEntry } from '../../server/auth/key-table.ts';

const entry = (expiresAt: number, holds: boolean): TableEntry => ({ expiresAt, holds });

describe('the limiters\' key table', () => {
  it('stores up to its size and treats an expired entry as absent', () => {
    const table = createKeyTable<TableEntry>(3);
    expect(table.put('a', entry(100, false), 0)).toBe(true);
    expect(table.get('a', 99)).toBeDefined();
    expect(table.get('a', 100)).toBeUndefined();
    expect(table.size).toBe(0);
  });

  it('makes room from expired entries first, even when they hold', () => {
    const table = createKeyTable<TableEntry>(2);
    table.put('loose', entry(1000, false), 0);
    table.put('expired', entry(10, true), 0);
    expect(table.put('new', entry(1000, false), 20)).toBe(true);
    expect(table.get('loose', 20)).toBeDefined();
    expect(table.get('expired', 20)).toBeUndefined();
  });

  it('then drops the oldest entry that holds nobody back', () => {
    const table = createKeyTable<TableEntry>(3);
    table.put('held', entry(1000, true), 0);
    table.put('old', entry(1000, false), 0);
    table.put('young', entry(1000, false), 0);
    expect(table.put('new', entry(1000, false), 1)).toBe(true);
    expect(['held', 'old', 'young', 'new'].filter((k) => table.get(k, 1))).toEqual(['held', 'young', 'new']);
  });

  it('counts an entry as young again when it is written again', () => {
    const table = createKeyTable<TableEntry>(2);
    table.put('a', entry(1000, false), 0);
    table.put('b', entry(1000, false), 0);
    table.put('a', entry(1000, false), 1);
    table.put('c', entry(1000, false), 2);
    expect(['a', 'b', 'c'].filter((k) => table.get(k, 2))).toEqual(['a', 'c']);
  });

  it('never drops an entry that holds someone back: a new key waits until the earliest expires', () => {
    const table = createKeyTable<TableEntry>(2);
    table.put('sam', entry(60_000, true), 0);
    table.put('alex', entry(90_000, true), 0);
    expect(table.roomWait('new', 1000)).toBe(59_000);
    expect(table.put('new', entry(90_000, false), 1000)).toBe(false);
    expect(table.get('sam', 1000)).toBeDefined();
    expect(table.get('alex', 1000)).toBeDefined();
    // A key already there can always be written.
    expect(table.put('sam', entry(120_000, true), 1000)).toBe(true);
    // Once one expires, there is room again.
    expect(table.put('new', entry(200_000, false), 90_000)).toBe(true);
    expect(table.get('sam', 90_000)).toBeDefined();
  });

  it('stays bounded under a flood of keys', () => {
    const table = createKeyTable<TableEntry>(100);
    for (let i = 0; i < 100_000; i++) table.put(`k${i}`, entry(1_000_000, i % 50 === 0), i);
    expect(table.size).toBeLessThanOrEqual(100);
    // Every entry that held was kept while there was anything else to drop.
    expect(table.get('k0', 100_000)).toBeDefined();
  });
});
