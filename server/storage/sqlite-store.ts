// The SQLite implementation of Store: one file, WAL, every write synchronous and durable.
// better-sqlite3 answers synchronously; the methods wrap its answers in promises. There is one
// connection, so while a transaction is open (its function may await other work) anything
// asked of the store itself waits for the transaction to end: it would otherwise run inside
// that transaction, see its uncommitted rows and be rolled back with it. Transactions take
// turns the same way.
import { type Sync, openDb } from './db.ts';
import { sqliteAccounts } from './sqlite-accounts.ts';
import { sqliteDocs } from './sqlite-docs.ts';
import { sqliteErasure } from './sqlite-erasure.ts';
import { sqlitePersonal } from './sqlite-personal.ts';
import { sqliteSeals } from './sqlite-seals.ts';
import { sqliteSpaces } from './sqlite-spaces.ts';
import type { Store, Tx } from './store.ts';

type AnyMethod = (...args: unknown[]) => unknown;

export function openSqliteStore(file: string): Store {
  const db = openDb(file);
  const sync: Sync<Omit<Store, 'transaction' | 'close'>> = {
    ...sqliteAccounts(db),
    ...sqliteSpaces(db),
    ...sqliteSeals(db),
    ...sqliteDocs(db),
    ...sqlitePersonal(db),
    ...sqliteErasure(db),
  };
  /** Settles when the open transaction ends; null when none is open. */
  let gate: Promise<void> | null = null;

  const tx: Record<string, AnyMethod> = {};
  const store: Record<string, AnyMethod> = {};
  for (const [name, method] of Object.entries(sync) as [string, AnyMethod][]) {
    // Inside the transaction: straight through, it holds the connection.
    if (name !== 'scrub') tx[name] = async (...args) => method(...args);
    // Outside it: no await at all unless a transaction is open.
    store[name] = async (...args) => {
      while (gate) await gate;
      return method(...args);
    };
  }

  async function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    while (gate) await gate;
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    try {
      db.exec('BEGIN IMMEDIATE');
      try {
        const result = await fn(tx as unknown as Tx);
        db.exec('COMMIT');
        return result;
      } catch (error) {
        if (db.inTransaction) db.exec('ROLLBACK');
        throw error;
      }
    } finally {
      gate = null;
      open();
    }
  }

  async function close(): Promise<void> {
    while (gate) await gate;
    db.close();
  }

  return { ...(store as unknown as Omit<Store, 'transaction' | 'close'>), transaction, close };
}
