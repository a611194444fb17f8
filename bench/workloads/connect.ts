// Connects two clients to every document with bounded concurrency and waits for each first sync.
import type { BenchClient } from '../clients.ts';
import type { DocHandle } from '../targets.ts';
import { mapLimit, within } from '../util.ts';

export type Pair = [BenchClient, BenchClient];

export interface Connected {
  pairs: Pair[];
  seconds: number;
  failed: number;
}

export async function connectPairs(handles: DocHandle[], concurrency: number, perClientMs = 20_000): Promise<Connected> {
  const start = performance.now();
  let failed = 0;
  const pairs = await mapLimit(
    handles,
    Math.max(1, Math.floor(concurrency / 2)),
    async (handle) => {
      const pair: Pair = [handle.connect(0), handle.connect(1)];
      const results = await Promise.allSettled(pair.map((c) => within(c.synced, perClientMs, `${handle.label} to sync`)));
      failed += results.filter((r) => r.status === 'rejected').length;
      return pair;
    },
    Date.now() + Math.max(60_000, handles.length * 100),
  );
  return { pairs, seconds: (performance.now() - start) / 1000, failed };
}

export function destroyPairs(pairs: Pair[]): void {
  for (const [a, b] of pairs) {
    a.destroy();
    b.destroy();
  }
}
