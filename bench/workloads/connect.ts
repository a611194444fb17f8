// Connects two clients to every document with bounded concurrency and waits for each first sync.
import type { BenchClient } from '../clients.ts';
import type { DocHandle } from '../targets.ts';
import { mapLimit, within } from '../util.ts';

export type Pair = [BenchClient, BenchClient];

export interface Connected {
  pairs: Pair[];
  /** Idle clients of the spaces' other documents (`--all-docs`). */
  others: BenchClient[];
  seconds: number;
  failed: number;
}

export async function connectPairs(handles: DocHandle[], concurrency: number, allDocs = false, perClientMs = 20_000): Promise<Connected> {
  const start = performance.now();
  let failed = 0;
  const others: BenchClient[] = [];
  const pairs = await mapLimit(
    handles,
    Math.max(1, Math.floor(concurrency / 2)),
    async (handle) => {
      const pair: Pair = [handle.connect(0), handle.connect(1)];
      const extra = allDocs && handle.others ? [...handle.others(0), ...handle.others(1)] : [];
      others.push(...extra);
      const results = await Promise.allSettled([...pair, ...extra].map((c) => within(c.synced, perClientMs, `${handle.label} to sync`)));
      failed += results.filter((r) => r.status === 'rejected').length;
      return pair;
    },
    Date.now() + Math.max(60_000, handles.length * (allDocs ? 300 : 100)),
  );
  return { pairs, others, seconds: (performance.now() - start) / 1000, failed };
}

export function destroyPairs(pairs: Pair[], others: BenchClient[] = []): void {
  for (const [a, b] of pairs) {
    a.destroy();
    b.destroy();
  }
  for (const c of others) c.destroy();
}
