// A document's rows, applied in the order PostgreSQL numbered them. Rows reach an instance
// three ways: its own commits, the relay, and catch-up reads; out of order, twice, or not at all
// (a relay message lost). This keeps the highest number below which every row is in the
// document, which is what a compaction may cover and where a catch-up read starts.
export class InOrder {
  /** Rows that arrived ahead of a missing one; null for a row already in the document (our own). */
  private readonly ahead = new Map<number, Uint8Array | null>();

  constructor(private upTo: number) {}

  /** Every row up to this number is in the document. */
  get applied(): number {
    return this.upTo;
  }

  /** True while a row is missing below one that arrived: a catch-up read is due. */
  get hasGap(): boolean {
    return this.ahead.size > 0;
  }

  /** Our own row, already in the document. Returns relayed rows it made ready, in order. */
  own(seq: number): Uint8Array[] {
    return this.arrive(seq, null);
  }

  /** A relayed row. Returns the rows to apply now, in order (none while one is missing). */
  relayed(seq: number, update: Uint8Array): Uint8Array[] {
    return this.arrive(seq, update);
  }

  /** A catch-up read brought every row up to `seq` into the document. */
  caughtUp(seq: number): Uint8Array[] {
    if (seq > this.upTo) this.upTo = seq;
    for (const s of [...this.ahead.keys()]) if (s <= this.upTo) this.ahead.delete(s);
    return this.drain();
  }

  private arrive(seq: number, update: Uint8Array | null): Uint8Array[] {
    if (seq <= this.upTo || this.ahead.has(seq)) return [];
    this.ahead.set(seq, update);
    return this.drain();
  }

  private drain(): Uint8Array[] {
    const ready: Uint8Array[] = [];
    for (;;) {
      const next = this.upTo + 1;
      if (!this.ahead.has(next)) return ready;
      const update = this.ahead.get(next);
      this.ahead.delete(next);
      this.upTo = next;
      if (update) ready.push(update);
    }
  }
}
