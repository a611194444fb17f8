// Vitest global setup: one PostgreSQL for the whole run, shared by every project and file (each
// file makes a database of its own, test/helpers/postgres.ts). MEND_TEST_DATABASE_URL uses one
// already running instead. Without PostgreSQL its tests are skipped with one line saying how to
// run them, except under CI=1 or MEND_REQUIRE_SERVICES=1, where a missing service fails the run.
import type { TestProject } from 'vitest/node';
import { PG_INSTALL_HINT, pgAvailable, startPostgres, type RunningPostgres } from '../scripts/services/postgres.ts';
import type {} from './helpers/services-context.ts';

interface Shared {
  users: number;
  pg: Promise<{ url: string | null; running?: RunningPostgres }>;
}

// Each project runs this setup; the projects share one process, so they share one server.
const key = Symbol.for('mend.test.services');
const holder = globalThis as unknown as Record<symbol, Shared | undefined>;

const required = () => process.env.CI === '1' || process.env.CI === 'true' || process.env.MEND_REQUIRE_SERVICES === '1';

async function startShared(): Promise<{ url: string | null; running?: RunningPostgres }> {
  const given = process.env.MEND_TEST_DATABASE_URL;
  if (given) return { url: given };
  if (!pgAvailable()) {
    const how = `${PG_INSTALL_HINT} (or set MEND_TEST_DATABASE_URL to a PostgreSQL to use)`;
    if (required()) throw new Error(`PostgreSQL is required here (CI=1 or MEND_REQUIRE_SERVICES=1) and its binaries are missing: ${how}.`);
    console.log(`PostgreSQL tests skipped: no PostgreSQL binaries. To run them: ${how}.`);
    return { url: null };
  }
  const running = await startPostgres();
  return { url: running.url, running };
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let shared = holder[key];
  if (!shared) {
    shared = { users: 0, pg: startShared() };
    holder[key] = shared;
  }
  shared.users++;
  const { url } = await shared.pg;
  project.provide('pgUrl', url);
  return async () => {
    if (!shared || --shared.users > 0) return;
    holder[key] = undefined;
    const { running } = await shared.pg;
    await running?.stop();
  };
}
