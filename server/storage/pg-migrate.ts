// Brings a PostgreSQL database to the schema this code knows. Several instances may start at
// once: each takes the same transaction-scoped advisory lock first, so one applies the pending
// migrations and the others then find nothing left to do. A database migrated by newer code is
// refused rather than written to with assumptions it no longer meets.
import type pg from 'pg';
import { pgMigrations } from './pg-migrations.ts';

/** 'mend' in ASCII: any fixed number works as long as every instance uses the same one. */
const MIGRATION_LOCK = 0x6d656e64;

export class NewerSchemaError extends Error {
  constructor(found: number, known: number) {
    super(`The database schema is at version ${found}, newer than this version of Mend knows (${known}). Run the newer Mend, or restore a backup taken before it.`);
    this.name = 'NewerSchemaError';
  }
}

export async function migratePg(pool: pg.Pool, migrations: readonly string[] = pgMigrations): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    try {
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query('CREATE TABLE IF NOT EXISTS schema_version (only_row BOOLEAN PRIMARY KEY DEFAULT TRUE CHECK (only_row), version INTEGER NOT NULL)');
      const rows = (await client.query<{ version: number }>('SELECT version FROM schema_version')).rows;
      const current = rows[0]?.version ?? 0;
      if (current > migrations.length) throw new NewerSchemaError(current, migrations.length);
      for (let version = current; version < migrations.length; version++) await client.query(migrations[version] as string);
      if (current < migrations.length) {
        await client.query(
          'INSERT INTO schema_version (version) VALUES ($1) ON CONFLICT (only_row) DO UPDATE SET version = excluded.version',
          [migrations.length],
        );
      }
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  } finally {
    client.release();
  }
}

export async function schemaVersion(pool: pg.Pool): Promise<number> {
  const rows = (await pool.query<{ version: number }>('SELECT version FROM schema_version')).rows;
  return rows[0]?.version ?? 0;
}
