// A database of its own for one test file, in the PostgreSQL the run shares
// (test/services-setup.ts), dropped at the end. Null when the run has no PostgreSQL.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type {} from './services-context.ts';

export const sharedPgUrl = (): string | null => inject('pgUrl');

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

async function asAdmin<T>(adminUrl: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function freshPgDatabase(): Promise<TestDatabase | null> {
  const adminUrl = sharedPgUrl();
  if (!adminUrl) return null;
  const name = `mend_${randomBytes(6).toString('hex')}`;
  await asAdmin(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    // WITH (FORCE) ends connections a failed test left open.
    drop: () => asAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}
