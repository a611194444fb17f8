// The PostgreSQL connection pool the store runs on, and the small interface its parts query
// through: a Runner is either the pool (each call its own statement, `atomic` a transaction
// of its own) or one checked-out client inside a transaction (`atomic` a savepoint in it).
import pg from 'pg';
import { logError } from '../log.ts';
import { migratePg } from './pg-migrate.ts';

export interface Runner {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<R[]>;
  /** Same as query, with the number of rows the statement touched. */
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** Runs fn so that its statements land together or not at all. */
  atomic<T>(fn: (runner: Runner) => Promise<T>): Promise<T>;
}

const INT8_OID = 20;
const BYTEA_OID = 17;

/**
 * Types come back as SQLite returns them: BIGINT columns (times in milliseconds, sequence
 * numbers, Yjs client ids) and COUNT(*) as numbers rather than strings, which is safe as every
 * value we keep stays far below 2^53; BYTEA as Uint8Array. Set per pool, not on the shared
 * `pg.types`, so nothing else in the process is changed.
 */
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID) return (value: string) => Number(value);
    if (oid === BYTEA_OID) {
      const parse = pg.types.getTypeParser(BYTEA_OID, 'text') as (value: string) => Buffer;
      return (value: string) => new Uint8Array(parse(value));
    }
    return pg.types.getTypeParser(oid, format ?? 'text');
  },
};

/** Where the database is, without the password, for messages an operator reads. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'the configured address';
  }
}

export function clientRunner(client: pg.PoolClient | pg.Client): Runner {
  let savepoints = 0;
  const runner: Runner = {
    query: async (sql, params) => (await client.query(sql, params as unknown[])).rows,
    run: async (sql, params) => (await client.query(sql, params as unknown[])).rowCount ?? 0,
    async atomic(fn) {
      const name = `mend_${++savepoints}`;
      await client.query(`SAVEPOINT ${name}`);
      try {
        const result = await fn(runner);
        await client.query(`RELEASE SAVEPOINT ${name}`);
        return result;
      } catch (error) {
        await client.query(`ROLLBACK TO SAVEPOINT ${name}`);
        throw error;
      }
    },
  };
  return runner;
}

/** Runs fn in a transaction on a client of its own, committed when fn resolves. */
export async function inTransaction<T>(pool: pg.Pool, fn: (runner: Runner) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('BEGIN');
    try {
      const result = await fn(clientRunner(client));
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch((rollbackError: unknown) => {
        // A connection that cannot even roll back is not handed out again.
        broken = rollbackError instanceof Error ? rollbackError : new Error('rollback failed');
      });
      throw error;
    }
  } finally {
    client.release(broken);
  }
}

export function poolRunner(pool: pg.Pool): Runner {
  return {
    query: async (sql, params) => (await pool.query(sql, params as unknown[])).rows,
    run: async (sql, params) => (await pool.query(sql, params as unknown[])).rowCount ?? 0,
    atomic: (fn) => inTransaction(pool, fn),
  };
}

export interface PgOptions {
  /** How many connections this instance keeps at most. */
  poolSize?: number;
}

export const DEFAULT_POOL_SIZE = 10;

export function poolConfig(url: string, options: PgOptions = {}): pg.PoolConfig {
  return {
    connectionString: url,
    max: options.poolSize ?? DEFAULT_POOL_SIZE,
    types,
    // A commit is durable before we answer, whatever the server's or database's default says.
    options: '-c synchronous_commit=on',
    connectionTimeoutMillis: 10_000,
  };
}

/**
 * Opens a pool, checks that PostgreSQL answers, and brings its schema up to date. Throws an
 * Error with a plain sentence when it is unreachable or its schema is newer than this code.
 */
export async function openPool(url: string, options: PgOptions = {}): Promise<pg.Pool> {
  const pool = new pg.Pool(poolConfig(url, options));
  // An idle connection the server drops must not take the process down; the next query reconnects.
  pool.on('error', (error) => logError('postgres idle connection lost', error));
  try {
    await pool.query('SELECT 1');
  } catch (error) {
    await pool.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`PostgreSQL at ${describeUrl(url)} cannot be reached (${reason}). Start it, or check the database address.`);
  }
  try {
    await migratePg(pool);
  } catch (error) {
    await pool.end().catch(() => undefined);
    throw error;
  }
  return pool;
}
