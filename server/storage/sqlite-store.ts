// The SQLite implementation of Store: one file, WAL, every write synchronous and durable.
import { openDb } from './db.ts';
import { sqliteAccounts } from './sqlite-accounts.ts';
import { sqliteDocs } from './sqlite-docs.ts';
import { sqliteErasure } from './sqlite-erasure.ts';
import { sqlitePersonal } from './sqlite-personal.ts';
import { sqliteSeals } from './sqlite-seals.ts';
import { sqliteSpaces } from './sqlite-spaces.ts';
import type { Store } from './store.ts';

export function openSqliteStore(file: string): Store {
  const db = openDb(file);
  return {
    ...sqliteAccounts(db),
    ...sqliteSpaces(db),
    ...sqliteSeals(db),
    ...sqliteDocs(db),
    ...sqlitePersonal(db),
    ...sqliteErasure(db),
    // better-sqlite3 turns a nested call into a savepoint, so callers may compose freely.
    transaction: (fn) => db.transaction(fn).immediate(),
    close: () => db.close(),
  };
}
