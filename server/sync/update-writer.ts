// Group commit for document updates. Every update that arrives in one turn of the event loop
// is written in one transaction (one fsync), and only then broadcast. Writing each update on
// its own cost a full fsync per keystroke on the event-loop thread: the benchmark measured it
// as a third of the server's busy time at 1,000 spaces. Nothing is shared before it is on
// disk; what a crash takes from the last few milliseconds the sender still holds and resends.
import type { Store, Tx } from '../storage/store.ts';
import { logError } from '../log.ts';

const compareDocs = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Pending {
  doc: string;
  update: Uint8Array;
  stored: (seq: number) => void;
  failed: (error: unknown) => void;
}

export interface UpdateWriter {
  write(doc: string, update: Uint8Array, stored: (seq: number) => void, failed: (error: unknown) => void): void;
  /** Writes everything waiting, now (before a compaction, a shutdown); settles once everything
   *  queued before the call is committed (or reported failed). */
  flush(): Promise<void>;
}

/**
 * One transaction in flight at a time: what arrives while it commits waits for the next one,
 * which starts the moment this one ends (so a slow commit makes bigger batches, not a queue of
 * transactions).
 */
export function createUpdateWriter(
  store: Pick<Store, 'transaction'>,
  schedule: (fn: () => void) => void = setImmediate,
): UpdateWriter {
  let queue: Pending[] = [];
  let scheduled = false;
  let inFlight: Promise<void> | null = null;
  /** The batch inFlight is committing. */
  let flying: Pending[] | null = null;

  const appendAll = async (tx: Tx, batch: Pending[]) => {
    // Documents in name order: on PostgreSQL each append locks its document's counter until the
    // commit, and two instances taking two documents' locks in opposite orders would deadlock.
    // The sort is stable, so one document's updates keep their order. One statement for the
    // whole batch: a round trip per update would make the transaction as long as the batch.
    const order = batch.map((_, i) => i).sort((a, b) => compareDocs((batch[a] as Pending).doc, (batch[b] as Pending).doc));
    const stored = await tx.appendUpdates(order.map((i) => batch[i] as Pending));
    const seqs: number[] = new Array(batch.length);
    order.forEach((i, k) => {
      seqs[i] = stored[k] as number;
    });
    return seqs;
  };

  async function commit(batch: Pending[]): Promise<void> {
    let seqs: number[];
    try {
      seqs = await store.transaction((tx) => appendAll(tx, batch));
    } catch (error) {
      // Every room in the batch closes its sockets with "try again"; say once why.
      logError('a group commit failed', error, { updates: batch.length });
      for (const p of batch) p.failed(error);
      return;
    }
    try {
      batch.forEach((p, i) => p.stored(seqs[i] as number));
    } catch (error) {
      logError('after a group commit', error);
    }
  }

  /** Starts committing the queue unless a commit is in flight (its end starts the next). */
  function start(): Promise<void> {
    if (inFlight) return inFlight;
    if (queue.length === 0) return Promise.resolve();
    const batch = queue;
    queue = [];
    flying = batch;
    const done = commit(batch).finally(() => {
      inFlight = null;
      flying = null;
      void start();
    });
    inFlight = done;
    return done;
  }

  async function flush(): Promise<void> {
    // Batches take the whole queue, so the queue as it is now is exactly one future batch.
    const mine = queue;
    if (mine.length === 0) {
      if (inFlight) await inFlight;
      return;
    }
    for (;;) {
      if (inFlight) {
        const batch = flying;
        await inFlight;
        if (batch === mine) return;
        continue;
      }
      if (queue !== mine) return;
      await start();
      return;
    }
  }

  return {
    write(doc, update, stored, failed) {
      queue.push({ doc, update, stored, failed });
      if (!scheduled) {
        scheduled = true;
        schedule(() => {
          scheduled = false;
          void start();
        });
      }
    },
    flush,
  };
}
