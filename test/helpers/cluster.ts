// Mend as several real instances for the multi-instance tests: each a child process of
// server/main.ts on its own port, sharing one PostgreSQL database (of this test file) and one
// Redis, with HAProxy in front. Every piece is the real thing, on loopback.
import fs from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import os from 'node:os';
import path from 'node:path';
import { startHaproxy, type HaproxyService } from '../../scripts/services/haproxy.ts';
import { freePort } from '../../scripts/services/ports.ts';
import { startRedis, type RedisService } from '../../scripts/services/redis.ts';
import { type ChildServer, childServer, freeFixedPort } from './child-server.ts';
import { freshPgDatabase, type TestDatabase } from './postgres.ts';

export interface Cluster {
  /** What people type in their browser: HAProxy's address. Every instance expects it as Origin. */
  origin: string;
  instances: ChildServer[];
  proxy: HaproxyService;
  redis: RedisService;
  db: TestDatabase;
  /** Error lines any instance wrote. */
  errors(): string[];
  stop(): Promise<void>;
}

/** Limits that would slow a test's set-up down; the limits have their own tests. */
const RELAXED = {
  ARGON2_MEMORY_KIB: '4096',
  ARGON2_TIME_COST: '1',
  SIGNUP_BURST: '100000',
  COMMAND_BURST: '100000',
  COMMANDS_PER_SECOND: '100000',
  INVITATION_ADDRESS_BURST: '100000',
  SIGNIN_FAILURES_PER_ADDRESS: '100000',
};

export async function startCluster(
  options: { instances?: number; env?: Record<string, string>; redis?: RedisService; db?: TestDatabase } = {},
): Promise<Cluster> {
  const db = options.db ?? (await freshPgDatabase());
  if (!db) throw new Error('the cluster tests need PostgreSQL (test/services-setup.ts)');
  const redis = options.redis ?? (await startRedis());
  const proxyPort = await freePort();
  const origin = `http://127.0.0.1:${proxyPort}`;
  // One folder for all: the key that signs device cookies must be the same on every instance.
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-cluster-'));
  const env = {
    ...RELAXED,
    DATABASE_URL: db.url,
    REDIS_URL: redis.url,
    DATA_DIR: dataDir,
    PUBLIC_ORIGIN: origin,
    ...options.env,
  };
  const ports: number[] = [];
  for (let i = 0; i < (options.instances ?? 3); i++) ports.push(await freeFixedPort());
  const instances = ports.map((port) => childServer(port, env));
  let proxy: HaproxyService;
  try {
    // The first applies the migrations; the others start together after it.
    await instances[0]?.start();
    await Promise.all(instances.slice(1).map((s) => s.start()));
    proxy = await startHaproxy(ports, proxyPort);
  } catch (error) {
    // Nothing started here outlives a failed start.
    await Promise.all(instances.map((s) => s.stop()));
    if (!options.redis) await redis.stop();
    if (!options.db) await db.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  }
  return {
    origin,
    instances,
    proxy,
    redis,
    db,
    errors: () => instances.flatMap((s) => s.errors),
    async stop() {
      await proxy.stop();
      await Promise.all(instances.map((s) => s.stop()));
      if (!options.redis) await redis.stop();
      if (!options.db) await db.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A cluster for the file's tests: started before them, stopped (with `cleanup` first) after. */
export function useCluster(options: Parameters<typeof startCluster>[0], cleanup: () => void = () => {}): () => Cluster {
  let cluster: Cluster | undefined;
  beforeAll(async () => {
    cluster = await startCluster(options);
  }, 120_000);
  afterAll(async () => {
    cleanup();
    await cluster?.stop();
  });
  return () => {
    if (!cluster) throw new Error('the cluster did not start');
    return cluster;
  };
}
