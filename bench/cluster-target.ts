// Mend as several instances (npm run bench -- --instances N): a throwaway PostgreSQL and
// Redis, N instances (each the bench's Mend child, with the single process' relaxed limits)
// and HAProxy in front, from the same helpers as `npm run cluster`. Set-up and commands go
// through HAProxy, as a browser's requests would. The two friends of a space are split across
// two instances for the sync clients (see connect below). Everything started here is stopped
// by stop(), also when starting fails half-way.
import type { ChildStats } from './servers/child.ts';
import { type ServerProcess, startServerProcess } from './proc.ts';
import { type MendSpace, mendEnv, prepareMendSpaces, profileArgs, type Target, type TargetSettings } from './targets.ts';
import { sleep } from './util.ts';
import { startHaproxy } from '../scripts/services/haproxy.ts';
import { freePort } from '../scripts/services/ports.ts';
import { startPostgres } from '../scripts/services/postgres.ts';
import { startRedis } from '../scripts/services/redis.ts';

/** Stops of clusters still running, for a run interrupted by a signal or the hard stop. */
const running = new Set<() => Promise<void>>();

export async function stopRunningClusters(): Promise<void> {
  await Promise.allSettled([...running].map((stop) => stop()));
}

export async function startMendCluster(dataDir: string, settings: TargetSettings): Promise<Target> {
  const count = settings.instances;
  const stops: (() => Promise<unknown>)[] = [];
  let stopped: Promise<void> | undefined;
  const stopAll = () =>
    (stopped ??= (async () => {
      // Instances first (they hold connections to the rest), then the services, last started first.
      for (const stop of stops.reverse()) await stop().catch(() => {});
      running.delete(stopAll);
    })());
  running.add(stopAll);
  try {
    const postgres = await startPostgres();
    stops.push(() => postgres.stop());
    const redis = await startRedis();
    stops.push(() => redis.stop());
    // HAProxy needs the instances' ports and the instances need HAProxy's address as their
    // public origin (the Origin every page sends): take a port first, then start HAProxy on it.
    const proxyPort = await freePort();
    const publicOrigin = `http://127.0.0.1:${proxyPort}`;
    const env = {
      ...mendEnv(dataDir, settings),
      DATABASE_URL: postgres.url,
      REDIS_URL: redis.url,
      // One DATA_DIR for all: the key that signs device cookies must be the same on each.
      PUBLIC_ORIGIN: publicOrigin,
      EXTRA_ORIGINS: publicOrigin,
      BENCH_KEEP_PUBLIC_ORIGIN: '1',
      TRUST_PROXY: '1',
    };
    const instances: ServerProcess[] = [];
    const startInstance = async (i: number) => {
      const name = `mend-cluster-${i + 1}`;
      const server = await startServerProcess(name, 'mend.ts', dataDir, env, profileArgs(settings, name));
      instances[i] = server;
      stops.push(() => server.stop());
    };
    // The first instance applies the migrations; the others then start together.
    await startInstance(0);
    await Promise.all(Array.from({ length: count - 1 }, (_, i) => startInstance(i + 1)));
    const proxy = await startHaproxy(instances.map((s) => s.port), proxyPort);
    stops.push(() => proxy.stop());
    await untilHealthy(proxy.url);

    const spaces: MendSpace[] = [];
    const wsBase = (s: ServerProcess) => s.url.replace(/^http/, 'ws');
    return {
      name: 'mend-cluster',
      server: group(instances, proxy.url, dataDir, stopAll),
      spaces,
      async prepare(n, concurrency, tag) {
        // Through HAProxy, both friends would land on the instance the space id hashes to, and
        // propagation would never leave one process. So member 0 of the i-th space connects
        // straight to instance i and member 1 to the next one: every edit crosses Redis, and the
        // figure measures what that added hop costs.
        const { made, handles } = await prepareMendSpaces(proxy.url, n, concurrency, tag, (i, member) =>
          wsBase(instances[(i + member) % count] as ServerProcess),
        );
        spaces.push(...made);
        return handles;
      },
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** HAProxy marks a server down after failed checks; wait until a request through it succeeds. */
async function untilHealthy(url: string): Promise<void> {
  const end = Date.now() + 15_000;
  for (;;) {
    try {
      const res = await fetch(`${url}/api/health`);
      await res.arrayBuffer();
      if (res.ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > end) throw new Error(`HAProxy at ${url} did not answer /api/health within 15 s`);
    await sleep(100);
  }
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/**
 * The instances seen as one server by the phases: CPU, RSS, connections and documents are
 * summed; event-loop delay is the worst instance's. A heap snapshot is instance 1's only.
 */
function group(instances: ServerProcess[], url: string, dataDir: string, stop: () => Promise<void>): ServerProcess {
  const first = instances[0] as ServerProcess;
  return {
    name: 'mend-cluster',
    pid: first.pid,
    port: Number(new URL(url).port),
    url,
    dataDir,
    gc: async () => {
      await Promise.all(instances.map((s) => s.gc()));
    },
    async stats(): Promise<ChildStats> {
      const all = await Promise.all(instances.map((s) => s.stats()));
      const memory = Object.fromEntries(
        Object.keys(all[0]?.memory ?? {}).map((k) => [k, sum(all.map((a) => a.memory[k as keyof NodeJS.MemoryUsage]))]),
      ) as unknown as NodeJS.MemoryUsage;
      const probes: ChildStats['probes'] = {};
      for (const a of all)
        for (const [name, t] of Object.entries(a.probes)) {
          const p = probes[name];
          probes[name] = p
            ? { count: p.count + t.count, p50: Math.max(p.p50, t.p50), p99: Math.max(p.p99, t.p99), max: Math.max(p.max, t.max), totalMs: p.totalMs + t.totalMs }
            : { ...t };
        }
      return {
        memory,
        docs: sum(all.map((a) => a.docs)),
        loop: {
          p50: Math.max(...all.map((a) => a.loop.p50)),
          p99: Math.max(...all.map((a) => a.loop.p99)),
          max: Math.max(...all.map((a) => a.loop.max)),
          mean: sum(all.map((a) => a.loop.mean)) / all.length,
        },
        probes,
      };
    },
    resetLoop: async () => {
      await Promise.all(instances.map((s) => s.resetLoop()));
    },
    heapSnapshot: (file) => first.heapSnapshot(file),
    rssKiB: () => sum(instances.map((s) => s.rssKiB())),
    cpuSeconds: () => sum(instances.map((s) => s.cpuSeconds())),
    establishedConnections: () => sum(instances.map((s) => s.establishedConnections())),
    stop,
  };
}
