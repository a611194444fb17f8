// Update propagation: every client edits once per interval (one character inserted into its
// own shared text, so the text's length counts its edits: Mend's documents hold texts only);
// the other client of the same document notes when the new length arrives. Sender and receiver share this process's clock, so no
// timestamp has to travel. Edits sent during the warm-up are left out of the figures.
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type * as Y from 'yjs';
import { GROUND_RULES_KEY, STATEMENT_KEY } from '../../shared/wire.ts';
import { type Summary, summarize } from '../stats.ts';
import { sleep, waitFor } from '../util.ts';
import type { Pair } from './connect.ts';

export interface PropagationResult {
  edits: number;
  /** Edits counted in the figures (sent after the warm-up). */
  measured: number;
  /** Measured edits the other side had not seen by the end of the drain. */
  lost: number;
  latencyMs: Summary;
  /** The load generator's own event-loop delay: when high, latency is partly ours. */
  driverLoopMs: { p99: number; max: number };
  seconds: number;
}

interface Side {
  key: string;
  seq: number;
  /** Send time of each unacknowledged edit, by counter value. */
  sent: Map<number, { at: number; measured: boolean }>;
  seen: number;
}

export async function runPropagation(
  pairs: Pair[],
  opts: { seconds: number; warmupSeconds: number; intervalMs: number; drainMs?: number },
): Promise<PropagationResult> {
  const latencies: number[] = [];
  const start = performance.now();
  const warmEnd = start + opts.warmupSeconds * 1000;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  let edits = 0;
  let measured = 0;
  const timers: NodeJS.Timeout[] = [];
  const cleanups: (() => void)[] = [];

  for (const pair of pairs) {
    const sides: [Side, Side] = [
      { key: 'a', seq: 0, sent: new Map(), seen: 0 },
      { key: 'b', seq: 0, sent: new Map(), seen: 0 },
    ];
    pair.forEach((client, i) => {
      const me = sides[i] as Side;
      const peer = sides[1 - i] as Side;
      // Mend's together document has two texts; each side writes one and reads the other's.
      const textOf = (doc: Y.Doc, side: number) => doc.getText(side === 0 ? GROUND_RULES_KEY : STATEMENT_KEY);
      const text = textOf(client.doc, i);
      const edit = () => {
        const seq = ++me.seq;
        const at = performance.now();
        const isMeasured = at >= warmEnd;
        me.sent.set(seq, { at, measured: isMeasured });
        edits++;
        if (isMeasured) measured++;
        text.insert(Math.floor(Math.random() * (text.length + 1)), 'x');
      };
      const onUpdate = (_u: Uint8Array, _origin: unknown, doc: Y.Doc) => {
        const value = textOf(doc, 1 - i).length;
        if (value <= peer.seen) return;
        const now = performance.now();
        for (let s = peer.seen + 1; s <= value; s++) {
          const sent = peer.sent.get(s);
          if (!sent) continue;
          peer.sent.delete(s);
          if (sent.measured) latencies.push(now - sent.at);
        }
        peer.seen = value;
      };
      client.doc.on('update', onUpdate);
      cleanups.push(() => client.doc.off('update', onUpdate));
      // A random phase spreads the edits over the interval, as people do.
      const first = setTimeout(() => {
        edit();
        timers.push(setInterval(edit, opts.intervalMs));
      }, Math.random() * opts.intervalMs);
      timers.push(first);
    });
  }

  loop.enable();
  await sleep(opts.seconds * 1000);
  for (const t of timers) clearTimeout(t);
  // Let what is in flight arrive; everything measured should be seen within the drain.
  await waitFor(() => latencies.length >= measured, opts.drainMs ?? 5000, 50);
  loop.disable();
  for (const c of cleanups) c();
  return {
    edits,
    measured,
    lost: measured - latencies.length,
    latencyMs: summarize(latencies),
    driverLoopMs: { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
    seconds: (performance.now() - start) / 1000,
  };
}
