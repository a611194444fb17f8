// The SQLite implementation of Store: one file, WAL, every write synchronous and durable.
// better-sqlite3 answers synchronously; the methods wrap its answers in promises.
//
// Group commit. A commit waits for the disk (synchronous=FULL), and it does so on the event
// loop, so one commit per command capped how many commands a second the server could take. So
// every transaction asked for in one turn of the event loop runs in one SQLite transaction,
// each in its own SAVEPOINT (one that throws is rolled back alone), and all of them commit
// together, with one wait for the disk; only then does any of them resolve. Nothing is
// reported done, and so nothing is shared, before it is on disk.
//
// There is one connection, so while a batch is open (its functions may await other work)
// anything asked of the store itself waits for the batch to end: it would otherwise run inside
// it and see rows that may yet be rolled back. Writes asked of the store itself join a batch.
import { type Db, type Sync, openDb, openReader } from './db.ts';
import { sqliteAccounts } from './sqlite-accounts.ts';
import { sqliteDocs } from './sqlite-docs.ts';
import { sqliteErasure } from './sqlite-erasure.ts';
import { sqlitePersonal } from './sqlite-personal.ts';
import { sqliteSeals } from './sqlite-seals.ts';
import { sqliteSpaces } from './sqlite-spaces.ts';
import type { Store, Tx } from './store.ts';

type AnyMethod = (...args: unknown[]) => unknown;

/** Methods that only read: they need no transaction of their own. Anything not listed is
 *  treated as a write, which is always safe (it only costs a place in a batch). */
const READS = new Set([
  'events', 'logSince', 'commandResult', 'sealed', 'loadDoc', 'updateCount', 'writers', 'lastSeqs',
  ...['userByNameKey', 'userByNameSkeleton', 'userById', 'sessionById', 'spaceById', 'spacesOf'],
  ...['openedSince', 'invitationByTokenHash', 'invitationOf', 'datesOf', 'emailFrequency', 'emailSubscribers'],
]);

/**
 * Reads answered by a second, read-only connection, which sees what is committed and never
 * waits for a batch: who is signed in, which spaces are whose. A request checking its session
 * must not queue behind other people's commits. Documents, logs and sealed answers are not
 * among them: a room loading a document must see the updates still in the batch that is
 * committing (they are already shared in no room but will be), so those reads wait for it.
 */
const READ_ANYTIME = new Set([
  'userByNameKey', 'userByNameSkeleton', 'userById', 'sessionById', 'spaceById', 'spacesOf',
  'openedSince', 'invitationByTokenHash', 'invitationOf', 'datesOf', 'emailFrequency', 'emailSubscribers',
]);

/** A batch stops taking transactions after this many or this long, so it always commits. */
const BATCH_MAX = 256;
const BATCH_MAX_MS = 20;

interface Queued {
  fn: (tx: Tx) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

const methodsOn = (db: Db): Sync<Omit<Store, 'transaction' | 'close'>> => ({
  ...sqliteAccounts(db),
  ...sqliteSpaces(db),
  ...sqliteSeals(db),
  ...sqliteDocs(db),
  ...sqlitePersonal(db),
  ...sqliteErasure(db),
});

export function openSqliteStore(file: string): Store {
  const db = openDb(file);
  const sync = methodsOn(db);
  // An in-memory database is private to its connection: it reads through the one it has.
  const reader = file === ':memory:' ? null : openReader(file);
  const readSync = reader ? methodsOn(reader) : sync;
  /** Settles when the open batch ends; null when none is open. */
  let gate: Promise<void> | null = null;
  let queue: Queued[] = [];
  let scheduled = false;
  /** Settles when the batches running now (and those they schedule) are done. */
  let draining: Promise<void> | null = null;
  let endDraining: (() => void) | null = null;

  const tx: Record<string, AnyMethod> = {};
  const store: Record<string, AnyMethod> = {};
  for (const [name, method] of Object.entries(sync) as [string, AnyMethod][]) {
    // Inside the transaction: straight through, it holds the connection.
    if (name !== 'scrub') tx[name] = async (...args) => method(...args);
    const anytime = (readSync as unknown as Record<string, AnyMethod>)[name] as AnyMethod;
    store[name] = READ_ANYTIME.has(name) && reader
      ? async (...args) => anytime(...args)
      : READS.has(name) || name === 'scrub'
        ? async (...args) => {
            // No await at all unless a batch is open.
            while (gate) await gate;
            return method(...args);
          }
        : (...args) => transaction(async (t) => (t as unknown as Record<string, AnyMethod>)[name]?.(...args));
  }

  function transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      queue.push({ fn, resolve: resolve as (value: unknown) => void, reject });
      schedule();
    });
  }

  function schedule(): void {
    if (scheduled || gate) return;
    scheduled = true;
    if (!draining) draining = new Promise((resolve) => (endDraining = resolve));
    // The rest of this turn's transactions join: that is the whole point of the batch.
    setImmediate(() => {
      scheduled = false;
      void runBatch();
    });
  }

  /** Runs `q` in a savepoint: its writes stay, or go alone if it throws. */
  async function runOne(q: Queued, done: { q: Queued; value: unknown }[], failed: { q: Queued; error: unknown }[]) {
    db.exec('SAVEPOINT one');
    try {
      const value = await q.fn(tx as unknown as Tx);
      db.exec('RELEASE one');
      done.push({ q, value });
    } catch (error) {
      if (db.inTransaction) {
        db.exec('ROLLBACK TO one');
        db.exec('RELEASE one');
      }
      failed.push({ q, error });
    }
  }

  async function runBatch(): Promise<void> {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const done: { q: Queued; value: unknown }[] = [];
    const failed: { q: Queued; error: unknown }[] = [];
    let commitError: unknown = null;
    try {
      db.exec('BEGIN IMMEDIATE');
      const started = performance.now();
      let taken = 0;
      while (queue.length > 0 && taken < BATCH_MAX && performance.now() - started < BATCH_MAX_MS) {
        taken++;
        await runOne(queue.shift() as Queued, done, failed);
        // Some errors (a full disk) make SQLite roll back the whole transaction, not only the
        // savepoint: then nothing done so far in this batch is there any more.
        if (!db.inTransaction) throw new Error('SQLite rolled back the whole batch');
      }
      db.exec('COMMIT');
    } catch (error) {
      // BEGIN or COMMIT failed (a full disk, an I/O error): nothing in this batch happened.
      commitError = error;
      if (db.inTransaction) db.exec('ROLLBACK');
    } finally {
      gate = null;
      open();
    }
    for (const { q, error } of failed) q.reject(error);
    for (const { q, value } of done) {
      if (commitError) q.reject(commitError);
      else q.resolve(value);
    }
    if (commitError && done.length === 0 && failed.length === 0) {
      // BEGIN itself failed: everyone waiting would meet the same; tell them rather than spin.
      const waiting = queue;
      queue = [];
      for (const q of waiting) q.reject(commitError);
    }
    if (queue.length > 0) schedule();
    else {
      draining = null;
      endDraining?.();
    }
  }

  async function close(): Promise<void> {
    while (draining || gate) await (draining ?? gate);
    reader?.close();
    db.close();
  }

  return { ...(store as unknown as Omit<Store, 'transaction' | 'close'>), transaction, close };
}
