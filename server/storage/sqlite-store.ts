// The SQLite implementation of Store: one file, WAL, every write durable before it is reported.
// better-sqlite3 answers synchronously; the methods wrap its answers in promises.
//
// Group commit. Every transaction asked for while a batch is committing waits for the next
// batch; a batch runs each of its transactions in a SAVEPOINT (one that throws is rolled back
// alone) and commits them together. Only then does any of them resolve.
//
// The wait for the disk is off the event loop. SQLite in WAL mode with synchronous=FULL does
// exactly one thing more than with NORMAL: it fsyncs the WAL after each commit. That fsync,
// on better-sqlite3's thread, held the event loop for every commit (a third of the server's
// time at 1,000 spaces, and the reason a burst of edits went out in small batches). Here the
// connection runs with NORMAL and the store fsyncs the WAL itself, on libuv's thread pool;
// the batch resolves when that returns, so nothing is reported done, and nothing shared,
// before it is on disk. Meanwhile the event loop reads frames and requests, and they form the
// next batch.
//
// There is one connection, so while a batch is open (its functions may await other work,
// and until its fsync returns) anything asked of the store itself waits for it: it would
// otherwise run inside it, or show rows not yet on disk. Writes asked of the store itself
// join a batch; who is signed in and which spaces are whose come from a second, read-only
// connection that never waits.
import fs from 'node:fs';
import { type Db, type Sync, openDb, openReader } from './db.ts';
import { sqliteAccounts } from './sqlite-accounts.ts';
import { sqliteDocs } from './sqlite-docs.ts';
import { sqliteErasure } from './sqlite-erasure.ts';
import { sqlitePersonal } from './sqlite-personal.ts';
import { sqliteSeals } from './sqlite-seals.ts';
import { sqliteSpaces } from './sqlite-spaces.ts';
import type { Store, Tx } from './store.ts';

type AnyMethod = (...args: unknown[]) => unknown;

/**
 * Reads that never wait for a batch: while one is open, a second, read-only connection answers
 * them from what is committed. Who is signed in, which spaces are whose: a request checking
 * its session must not queue behind other people's commits.
 */
const READ_ANYTIME = new Set([
  'userByNameKey', 'userByNameSkeleton', 'userById', 'sessionById', 'spaceById', 'spacesOf',
  'openedSince', 'invitationByTokenHash', 'invitationOf', 'datesOf', 'emailFrequency', 'emailSubscribers',
]);

/**
 * Reads that wait for an open batch: a room loading a document must see the updates still in
 * the batch that is committing (they are already shared in no room but will be). Anything in
 * neither list is treated as a write, which is always safe (it only costs a place in a batch).
 */
const READ_AFTER_BATCH = new Set(['events', 'logSince', 'commandResult', 'sealed', 'loadDoc', 'updateCount', 'writers', 'lastSeqs']);

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

export interface WalSyncer {
  sync: () => Promise<void>;
  close: () => void;
}

/**
 * Makes the WAL's committed frames durable, off the event loop: fsync(2) of the -wal file on
 * the thread pool. SQLite deletes the WAL only when the last connection closes, and the store
 * keeps its connections open for its whole life, so one descriptor serves throughout.
 */
export function walSyncer(file: string): WalSyncer {
  let fd: number | null = null;
  return {
    sync: () =>
      new Promise<void>((resolve, reject) => {
        try {
          // Called after a commit, which in WAL mode always leaves the WAL file in place.
          fd ??= fs.openSync(`${file}-wal`, 'r');
          fs.fsync(fd, (error) => (error ? reject(error) : resolve()));
        } catch (error) {
          reject(error);
        }
      }),
    close: () => {
      if (fd !== null) fs.closeSync(fd);
      fd = null;
    },
  };
}

export interface SqliteStoreOptions {
  /** How the WAL is made durable; the tests wrap the real one to watch the order of things. */
  walSync?: (file: string) => WalSyncer;
  /** How long one batch may keep taking transactions (BATCH_MAX_MS); a test that counts what
   *  commits together sets it long, so a slow machine does not split its batch. */
  batchMaxMs?: number;
}

export function openSqliteStore(file: string, options: SqliteStoreOptions = {}): Store {
  const db = openDb(file);
  // An in-memory database has no disk to wait for.
  const wal = file === ':memory:' ? null : (options.walSync ?? walSyncer)(file);
  const batchMaxMs = options.batchMaxMs ?? BATCH_MAX_MS;
  // The WAL's fsync after each commit is the store's own (walSyncer); checkpoints still sync
  // the WAL before and the database file after, as with FULL.
  if (wal) db.pragma('synchronous = NORMAL');
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
      ? // The main connection while no batch is open (its page cache is warm: it made the
        // changes); the reader's only while one is, which costs it a cold cache, not a wait.
        async (...args) => (gate ? anytime(...args) : method(...args))
      : READ_AFTER_BATCH.has(name) || READ_ANYTIME.has(name) || name === 'scrub'
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
    // Everything asked for in this turn of the event loop joins; under load, everything that
    // arrives while a batch waits for the disk makes the next one.
    setImmediate(() => {
      scheduled = false;
      void runBatch();
    });
  }

  const savepoint = db.prepare('SAVEPOINT one');
  const release = db.prepare('RELEASE one');
  const rollbackTo = db.prepare('ROLLBACK TO one');

  /** Runs `q` in a savepoint: its writes stay, or go alone if it throws. */
  async function runOne(q: Queued, done: { q: Queued; value: unknown }[], failed: { q: Queued; error: unknown }[]) {
    savepoint.run();
    try {
      const value = await q.fn(tx as unknown as Tx);
      release.run();
      done.push({ q, value });
    } catch (error) {
      if (db.inTransaction) {
        rollbackTo.run();
        release.run();
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
      // At least one, whatever batchMaxMs says, or a batch could commit nothing and come again.
      while (queue.length > 0 && (taken === 0 || (taken < BATCH_MAX && performance.now() - started < batchMaxMs))) {
        taken++;
        await runOne(queue.shift() as Queued, done, failed);
        // Some errors (a full disk) make SQLite roll back the whole transaction, not only the
        // savepoint: then nothing done so far in this batch is there any more.
        if (!db.inTransaction) throw new Error('SQLite rolled back the whole batch');
      }
      db.exec('COMMIT');
      await wal?.sync();
    } catch (error) {
      // BEGIN, COMMIT or the fsync failed (a full disk, an I/O error): nothing in this batch is
      // reported done. After a failed fsync the rows may still be there; every caller treats
      // that as "try again", and a retried command or update is recognised, not doubled.
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
    wal?.close();
  }

  return { ...(store as unknown as Omit<Store, 'transaction' | 'close'>), transaction, close };
}
