// HTTP command throughput and latency (Mend only): members send `set-pace` commands to
// their spaces' referee, each with a fresh client-made id, with a bounded number in flight,
// for a bounded time and count.
import { randomUUID } from 'node:crypto';
import { median, type Summary, summarize } from '../stats.ts';
import type { MendSpace } from '../targets.ts';

export interface CommandsResult {
  sent: number;
  ok: number;
  /** Answers other than 200, by status. */
  refused: Record<string, number>;
  errors: number;
  perSecond: number;
  latencyMs: Summary;
  /** Median latency of the first and the last tenth of the commands, in order sent: a rise means
   * the cost of a command grows with the log (the referee folds a space's whole log each time). */
  firstTenthP50Ms: number;
  lastTenthP50Ms: number;
  /** Spaces the commands went to. */
  spaces: number;
  seconds: number;
}

const PACES = ['ready', 'paused', 'taking-time'] as const;

export async function runCommands(
  spaces: MendSpace[],
  opts: { seconds: number; concurrency: number; maxCommands?: number },
): Promise<CommandsResult> {
  const latencies: number[] = [];
  /** Latency by the order the commands were sent in. */
  const bySend: number[] = [];
  const refused: Record<string, number> = {};
  let sent = 0;
  let ok = 0;
  let errors = 0;
  const max = opts.maxCommands ?? 1_000_000;
  const start = performance.now();
  const end = start + opts.seconds * 1000;
  const worker = async (w: number) => {
    for (let i = 0; performance.now() < end && sent < max; i++) {
      const space = spaces[(w + i * opts.concurrency) % spaces.length] as MendSpace;
      const member = space.members[i % 2] as MendSpace['members'][0];
      const pace = PACES[(sent + w) % PACES.length] as (typeof PACES)[number];
      const order = sent++;
      const t0 = performance.now();
      try {
        const res = await member.request('POST', `/api/spaces/${space.id}/commands`, {
          id: randomUUID(),
          type: 'set-pace',
          pace,
        });
        await res.arrayBuffer();
        latencies.push(performance.now() - t0);
        bySend[order] = performance.now() - t0;
        if (res.status === 200) ok++;
        else refused[res.status] = (refused[res.status] ?? 0) + 1;
      } catch {
        errors++;
      }
    }
  };
  await Promise.all(Array.from({ length: opts.concurrency }, (_, w) => worker(w)));
  const seconds = (performance.now() - start) / 1000;
  const ordered = bySend.filter((v) => v !== undefined);
  const tenth = Math.max(1, Math.floor(ordered.length / 10));
  return {
    sent,
    ok,
    refused,
    errors,
    perSecond: ok / seconds,
    latencyMs: summarize(latencies),
    firstTenthP50Ms: median(ordered.slice(0, tenth)),
    lastTenthP50Ms: median(ordered.slice(-tenth)),
    spaces: spaces.length,
    seconds,
  };
}
