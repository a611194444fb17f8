// Which store and relay the configuration asks for: the embedded SQLite file by default;
// PostgreSQL with a Redis relay when DATABASE_URL and REDIS_URL are set (README, "Running on
// several machines"). A half-set pair is refused: several instances on PostgreSQL without a
// relay would show each other's edits only after a reconnect.
import path from 'node:path';
import { openRedisRelay } from '../cluster/redis-relay.ts';
import { type Relay, soloRelay } from '../cluster/relay.ts';
import type { Config } from '../config.ts';
import { openPgStore } from './pg-store.ts';
import { openSqliteStore } from './sqlite-store.ts';
import type { Store } from './store.ts';

export async function openStorage(config: Config): Promise<{ store: Store; relay: Relay }> {
  if (!config.databaseUrl && !config.redisUrl) return { store: openSqliteStore(path.join(config.dataDir, 'mend.sqlite')), relay: soloRelay() };
  if (!config.databaseUrl || !config.redisUrl)
    throw new Error('Set both DATABASE_URL and REDIS_URL to run as several instances, or neither to run as one process on SQLite.');
  const store = await openPgStore(config.databaseUrl);
  try {
    return { store, relay: await openRedisRelay(config.redisUrl) };
  } catch (error) {
    await store.close();
    throw error;
  }
}
