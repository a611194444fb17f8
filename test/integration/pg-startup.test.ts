// Starting against a database: migrations applied once however many instances start together,
// and a plain refusal when PostgreSQL is unreachable or its schema (or SQLite's) is newer than
// the code.
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDb } from '../../server/storage/db.ts';
import { migrations } from '../../server/storage/migrations.ts';
import { pgMigrations } from '../../server/storage/pg-migrations.ts';
import { openPgStore } from '../../server/storage/pg-store.ts';
import type { Store } from '../../server/storage/store.ts';
import { poolConfig } from '../../server/storage/pg-db.ts';
import { freshPgDatabase, sharedPgUrl, type TestDatabase } from '../helpers/postgres.ts';

async function query<R extends pg.QueryResultRow>(url: string, sql: string, params: unknown[] = []): Promise<R[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<R>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** A port on 127.0.0.1 nothing listens on: bound, then let go. */
async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 1));
    });
  });
}

describe('SQLite at start', () => {
  it('refuses a file a newer Mend migrated, in plain words', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-newer-'));
    const file = path.join(dir, 'mend.db');
    try {
      openDb(file).close();
      const raw = new Database(file);
      raw.pragma(`user_version = ${migrations.length + 1}`);
      raw.close();
      expect(() => openDb(file)).toThrow(`schema version ${migrations.length + 1}, newer than this version of Mend knows (${migrations.length})`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe.skipIf(sharedPgUrl() === null)('PostgreSQL at start', () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = (await freshPgDatabase()) as TestDatabase;
  });
  afterAll(async () => database?.drop());

  it('refuses to start when PostgreSQL cannot be reached, naming where without the password', async () => {
    const port = await closedPort();
    const error = await openPgStore(`postgres://mend:secret-password@127.0.0.1:${port}/mend`).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error).toBeInstanceOf(Error);
    expect(error?.message).toContain(`PostgreSQL at 127.0.0.1:${port}/mend cannot be reached`);
    expect(error?.message).not.toContain('secret-password');
  });

  it('applies the migrations once when several instances start at the same moment', async () => {
    const stores = await Promise.all(Array.from({ length: 4 }, () => openPgStore(database.url, { poolSize: 2 })));
    try {
      expect(await query<{ version: number }>(database.url, 'SELECT version FROM schema_version')).toEqual([{ version: pgMigrations.length }]);
      // Every one of them works on the one schema.
      await (stores[0] as Store).appendUpdate('doc', new Uint8Array([1]));
      expect(await Promise.all(stores.map((s) => s.lastSeqs(['doc'])))).toEqual(stores.map(() => new Map([['doc', 1]])));
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
    // Starting again finds nothing to do and keeps the rows.
    const again = await openPgStore(database.url);
    expect((await again.lastSeqs(['doc'])).get('doc')).toBe(1);
    await again.close();
  });

  it('refuses a schema newer than the code knows, and leaves it as it was', async () => {
    await query(database.url, 'UPDATE schema_version SET version = $1', [pgMigrations.length + 1]);
    await expect(openPgStore(database.url)).rejects.toThrow(
      `The database schema is at version ${pgMigrations.length + 1}, newer than this version of Mend knows (${pgMigrations.length})`,
    );
    expect(await query<{ version: number }>(database.url, 'SELECT version FROM schema_version')).toEqual([{ version: pgMigrations.length + 1 }]);
  });

  it('makes every connection commit durably (synchronous_commit on) even where the database says off', async () => {
    const other = await freshPgDatabase();
    if (!other) throw new Error('no PostgreSQL');
    const name = new URL(other.url).pathname.slice(1);
    await query(other.url, `ALTER DATABASE ${name} SET synchronous_commit = off`);
    // The test can fail: a plain connection now gets off.
    expect(await query(other.url, 'SHOW synchronous_commit')).toEqual([{ synchronous_commit: 'off' }]);
    const pool = new pg.Pool(poolConfig(other.url, { poolSize: 1 }));
    try {
      expect((await pool.query('SHOW synchronous_commit')).rows).toEqual([{ synchronous_commit: 'on' }]);
      // Big numbers come back as numbers, bytes as Uint8Array, as SQLite gives them.
      const row = (await pool.query("SELECT 1700000000000::bigint AS ms, COUNT(*) AS n, '\\x00ff'::bytea AS bytes FROM (VALUES (1)) v")).rows[0];
      expect(row).toEqual({ ms: 1_700_000_000_000, n: 1, bytes: new Uint8Array([0, 255]) });
    } finally {
      await pool.end();
      await other.drop();
    }
  });
});
