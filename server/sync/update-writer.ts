// Group commit for document updates. Every update that arrives in one turn of the event loop
// is written in one transaction (one fsync), and only then broadcast. Writing each update on
// its own cost a full fsync per keystroke on the event-loop thread: the benchmark measured it
// as a third of the server's busy time at 1,000 spaces. Nothing is shared before it is on
// disk; what a crash takes from the last few milliseconds the sender still holds and resends.
import type { DocStore, Store } from '../storage/store.ts';

interface Pending {
  doc: string;
  update: Uint8Array;
  stored: (seq: number) => void;
  failed: (error: unknown) => void;
}

export interface UpdateWriter {
  write(doc: string, update: Uint8Array, stored: (seq: number) => void, failed: (error: unknown) => void): void;
  /** Writes everything waiting, now (before a compaction, a shutdown). */
  flush(): void;
}

export function createUpdateWriter(
  store: Pick<DocStore, 'appendUpdate'> & Pick<Store, 'transaction'>,
  schedule: (fn: () => void) => void = setImmediate,
): UpdateWriter {
  let queue: Pending[] = [];
  let scheduled = false;

  function flush(): void {
    scheduled = false;
    if (queue.length === 0) return;
    const batch = queue;
    queue = [];
    let seqs: number[];
    try {
      seqs = store.transaction(() => batch.map((p) => store.appendUpdate(p.doc, p.update)));
    } catch (error) {
      for (const p of batch) p.failed(error);
      return;
    }
    batch.forEach((p, i) => p.stored(seqs[i] as number));
  }

  return {
    write(doc, update, stored, failed) {
      queue.push({ doc, update, stored, failed });
      if (!scheduled) {
        scheduled = true;
        schedule(flush);
      }
    },
    flush,
  };
}
