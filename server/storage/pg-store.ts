// The PostgreSQL implementation of Store: one database shared by every instance, the one
// source of truth and the one that decides the order of writes.
import type pg from 'pg';
import { openPool, poolRunner, type PgOptions, type Runner } from './pg-db.ts';
import { pgAccounts } from './pg-accounts.ts';
import { pgDocs } from './pg-docs.ts';
import { pgErasure } from './pg-erasure.ts';
import { pgPersonal } from './pg-personal.ts';
import { pgSeals } from './pg-seals.ts';
import { pgSpaces } from './pg-spaces.ts';
import type { Store, Tx } from './store.ts';

function parts(db: Runner, pool: pg.Pool): Tx & Pick<Store, 'scrub'> {
  return {
    ...pgAccounts(db),
    ...pgSpaces(db),
    ...pgSeals(db),
    ...pgDocs(db),
    ...pgPersonal(db),
    ...pgErasure(db, pool),
  };
}

/**
 * Connects to PostgreSQL at `url` and applies pending migrations. Throws an Error with a plain
 * sentence when PostgreSQL cannot be reached or its schema is newer than this code.
 */
export async function openPgStore(url: string, options: PgOptions = {}): Promise<Store> {
  const pool = await openPool(url, options);
  const runner = poolRunner(pool);
  return {
    ...parts(runner, pool),
    // Everything fn does through tx runs on one client between BEGIN and COMMIT; a nested
    // atomic write (createUser, replaceEvents...) becomes a savepoint in it.
    transaction: (fn) => runner.atomic((tx) => fn(parts(tx, pool))),
    close: () => pool.end(),
  };
}
