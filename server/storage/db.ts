// Opens the SQLite file the way the rest of the server relies on: WAL for concurrent readers,
// foreign keys on, a busy timeout instead of instant SQLITE_BUSY, and migrations applied.
// The folder is created 0700 and the files kept 0600: they hold everyone's words, and other
// accounts on the machine have no business reading them, whatever the umask says.
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrations } from './migrations.ts';

export type Db = Database.Database;

/** The synchronous shape of an asynchronous store interface: better-sqlite3 answers at once,
 *  and sqlite-store.ts wraps every method in a promise. */
export type Sync<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : T[K];
};

/** Only the account the server runs as may read or write. */
const FILE_MODE = 0o600;
const DIR_MODE = 0o700;

/** The main file, then the WAL and shared-memory files SQLite keeps beside it. */
const sqliteFiles = (file: string) => [file, `${file}-wal`, `${file}-shm`];

/**
 * Sets owner-only modes on whichever of the files exist. SQLite creates the -wal and -shm
 * files with the main file's mode, so tightening the main file before opening covers new
 * ones; files an older version left 0644 are tightened here too.
 */
function keepPrivate(file: string): void {
  for (const f of sqliteFiles(file)) {
    try {
      if ((fs.statSync(f).mode & 0o777) !== FILE_MODE) fs.chmodSync(f, FILE_MODE);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

export function openDb(file: string): Db {
  if (file !== ':memory:') {
    // A folder someone made on purpose (a mounted volume) keeps its mode; the files are private anyway.
    fs.mkdirSync(path.dirname(file), { recursive: true, mode: DIR_MODE });
    // Created here with the right mode rather than by SQLite with the umask's.
    fs.closeSync(fs.openSync(file, 'a', FILE_MODE));
    keepPrivate(file);
  }
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  if (file !== ':memory:') keepPrivate(file);
  // FULL: a commit is on disk before we answer; NORMAL could lose the last commits on power loss.
  // The store (sqlite-store.ts) switches to NORMAL and fsyncs the WAL itself, off the event loop.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  // Deleted rows are overwritten with zeros, not left in free space: deleting an account must
  // take its words out of the file (see sqlite-erasure.ts for the WAL and VACUUM half).
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  try {
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** A read-only connection to a file openDb has opened (and migrated): it sees what is committed. */
export function openReader(file: string): Db {
  const reader = new Database(file, { readonly: true, fileMustExist: true });
  reader.pragma('busy_timeout = 5000');
  return reader;
}

export function migrate(db: Db): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  // A file a newer Mend has migrated may hold what this code would misread or undo.
  if (current > migrations.length) {
    throw new Error(`The database file is at schema version ${current}, newer than this version of Mend knows (${migrations.length}). Run the newer Mend, or restore a backup taken before it.`);
  }
  for (let version = current; version < migrations.length; version++) {
    const step = migrations[version];
    if (step === undefined) break;
    db.transaction(() => {
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${version + 1}`);
    }).immediate();
  }
}
