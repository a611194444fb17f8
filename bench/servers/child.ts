// The child side of the benchmark's control channel (Node IPC). Each server under test runs
// in its own process so its resident memory can be read from /proc without the load
// generator in it. The parent asks for a garbage collection, for statistics, or to stop.
import { writeHeapSnapshot } from 'node:v8';
import { createHistogram, monitorEventLoopDelay, type RecordableHistogram } from 'node:perf_hooks';

export interface ChildStats {
  memory: NodeJS.MemoryUsage;
  /** Documents the server holds in memory right now. */
  docs: number;
  /** Event-loop delay since the last reset, in ms. */
  loop: { p50: number; p99: number; max: number; mean: number };
  /** Timings a server entry chose to record (see probe()), in ms. */
  probes: Record<string, { count: number; p50: number; p99: number; max: number; totalMs: number }>;
}

const probes = new Map<string, { h: RecordableHistogram; total: number }>();

/**
 * Wraps `obj[method]` so every call's duration is recorded under `name`. Used only with
 * --probe, to find where a server spends its time without changing the server's code.
 */
export function probe<T extends object>(obj: T, method: keyof T & string, name: string = method): void {
  const original = obj[method] as unknown as (...args: unknown[]) => unknown;
  const entry = { h: createHistogram(), total: 0 };
  probes.set(name, entry);
  (obj as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    const t0 = process.hrtime.bigint();
    try {
      return original.apply(this, args);
    } finally {
      const ns = Number(process.hrtime.bigint() - t0);
      entry.h.record(Math.max(1, ns));
      entry.total += ns;
    }
  };
}

export type Request = { id: number; op: 'gc' | 'stats' | 'reset-loop' | 'stop' | 'heap-snapshot'; file?: string };

export function serveControl(port: number, hooks: { docs(): number; stop(): Promise<void> }): void {
  if (!process.send) throw new Error('run me through the benchmark (I need an IPC channel)');
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const gc = (globalThis as { gc?: () => void }).gc;
  const ms = (ns: number) => ns / 1e6;
  process.on('message', async (msg: Request) => {
    let result: unknown = null;
    try {
      if (msg.op === 'gc') {
        if (!gc) throw new Error('start me with --expose-gc');
        gc();
        gc();
      } else if (msg.op === 'stats') {
        const stats: ChildStats = {
          memory: process.memoryUsage(),
          docs: hooks.docs(),
          loop: { p50: ms(delay.percentile(50)), p99: ms(delay.percentile(99)), max: ms(delay.max), mean: ms(delay.mean) },
          probes: Object.fromEntries(
            [...probes].map(([name, { h, total }]) => [
              name,
              { count: h.count, p50: ms(h.percentile(50)), p99: ms(h.percentile(99)), max: ms(h.max), totalMs: ms(total) },
            ]),
          ),
        };
        result = stats;
      } else if (msg.op === 'heap-snapshot') {
        if (!msg.file) throw new Error('heap-snapshot needs a file');
        result = writeHeapSnapshot(msg.file);
      } else if (msg.op === 'reset-loop') {
        delay.reset();
        for (const p of probes.values()) {
          p.h.reset();
          p.total = 0;
        }
      } else if (msg.op === 'stop') {
        await hooks.stop();
        process.send?.({ id: msg.id, result: null });
        process.exit(0);
      }
      process.send?.({ id: msg.id, result });
    } catch (error) {
      process.send?.({ id: msg.id, error: error instanceof Error ? error.message : String(error) });
    }
  });
  // A parent that dies must not leave a server running.
  process.on('disconnect', () => process.exit(0));
  process.send({ ready: true, port });
}

export function dataDirFromEnv(): string {
  const dir = process.env.BENCH_DATA_DIR;
  if (!dir) throw new Error('BENCH_DATA_DIR is not set');
  return dir;
}
