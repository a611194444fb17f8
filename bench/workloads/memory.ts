// Resident memory of the server process, read from /proc after a forced garbage collection.
import type { ServerProcess } from '../proc.ts';
import { sleep } from '../util.ts';

export interface MemorySample {
  rssKiB: number;
  heapUsedKiB: number;
  externalKiB: number;
  docs: number;
  connections: number;
}

export async function sample(server: ServerProcess, settleMs = 1000): Promise<MemorySample> {
  await server.gc();
  await sleep(settleMs);
  await server.gc();
  const stats = await server.stats();
  return {
    rssKiB: server.rssKiB(),
    heapUsedKiB: Math.round(stats.memory.heapUsed / 1024),
    externalKiB: Math.round((stats.memory.external + stats.memory.arrayBuffers) / 1024),
    docs: stats.docs,
    connections: server.establishedConnections(),
  };
}

/** Waits until the server holds no document (rooms freed after their last client left). */
export async function untilNoDocs(server: ServerProcess, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if ((await server.stats()).docs === 0) return true;
    await sleep(100);
  }
  return false;
}
