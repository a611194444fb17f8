// Cold load of a long history: writing sessions make `history` separate updates (inserts and
// deletes at seeded random places in a shared text, each its own transaction and message); a
// reader confirms the server passed each session's updates on; everyone leaves; once the
// server has freed the document, a fresh client connects and the time to its first sync with
// the whole text is taken. This repeats; the first load is the cold one (a server may compact
// on load, as y-leveldb does).
import * as Y from 'yjs';
import type { BenchClient } from '../clients.ts';
import { HISTORY_TEXT, historyEdit } from '../history.ts';
import type { ServerProcess } from '../proc.ts';
import { median, round } from '../stats.ts';
import type { DocHandle } from '../targets.ts';
import { mapLimit, seeded, sleep, waitFor, within } from '../util.ts';
import { untilNoDocs } from './memory.ts';

export interface ColdLoadResult {
  history: number;
  /** Bytes of the whole document state. */
  stateBytes: number;
  /** Seconds until the second client held every update (writing + server storing). */
  writeSeconds: number;
  /** Medians over the writing sessions (ms): socket open, first sync, the client's own edits,
   *  then from its last edit until the reader held them all. Where a session's time goes. */
  sessionMs: { open: number; sync: number; edit: number; arrive: number };
  /** A fresh client on the document while it is still in memory (connection + transfer), median of 3. */
  warmMs: number;
  warmAllMs: number[];
  /** First load after the document was freed. */
  coldFirstMs: number;
  /** Median of the later loads. */
  coldRepeatMedianMs: number;
  coldAllMs: number[];
  /** Of each cold load, the part until the socket opened (upgrade, admission). */
  coldOpenMs: number[];
}

async function fullyLoaded(client: BenchClient, expected: string, ms: number): Promise<void> {
  await within(client.synced, ms, 'first sync');
  const text = client.doc.getText(HISTORY_TEXT);
  if (text.toString() === expected) return;
  // A server may send the stored state after the sync step (an asynchronous load).
  const ok = await waitFor(() => text.toString() === expected, ms, 2);
  if (!ok) throw new Error(`fresh client has ${text.length} of ${expected.length} characters`);
}

export interface ColdLoadOptions {
  history: number;
  repeats: number;
  /** Updates one writing session sends before it leaves (a visit; within Mend's frame burst). */
  perSession?: number;
  /** Writing sessions open at once. */
  sessionsAtOnce?: number;
}

/**
 * A long history is written the way it accrues: over many visits, each a new client that
 * syncs, makes its edits (each its own update and message) and leaves. It also keeps every
 * socket within Mend's per-socket frame budget (60 a second, bursts of 300), which a single
 * client firing 10,000 updates would spend in a moment.
 */
interface SessionTimes {
  open: number[];
  sync: number[];
  edit: number[];
  arrive: number[];
}

async function writeHistory(handle: DocHandle, reader: BenchClient, opts: ColdLoadOptions, times: SessionTimes): Promise<void> {
  const perSession = opts.perSession ?? 200;
  const sessions = Math.ceil(opts.history / perSession);
  const readerClock = (clientId: number) => Y.getState(reader.doc.store, clientId);
  await mapLimit(
    Array.from({ length: sessions }, (_, i) => i),
    opts.sessionsAtOnce ?? 4,
    async (s) => {
      const t0 = performance.now();
      const writer = handle.connect((s % 2) as 0 | 1);
      void writer.opened.then(() => times.open.push(performance.now() - t0));
      try {
        await within(writer.synced, 20_000, `history session ${s} to sync`);
        const t1 = performance.now();
        times.sync.push(t1 - t0);
        const random = seeded(1000 + s);
        const text = writer.doc.getText(HISTORY_TEXT);
        const n = Math.min(perSession, opts.history - s * perSession);
        for (let i = 0; i < n; i++) historyEdit(text, random);
        const t2 = performance.now();
        times.edit.push(t2 - t1);
        const clock = Y.getState(writer.doc.store, writer.doc.clientID);
        const arrived = await waitFor(() => readerClock(writer.doc.clientID) >= clock, 60_000, 10);
        if (!arrived) throw new Error(`history session ${s}: the server did not pass on its updates within 60 s`);
        times.arrive.push(performance.now() - t2);
      } finally {
        writer.destroy();
      }
    },
    Date.now() + 15 * 60_000,
  );
}

export async function runColdLoad(server: ServerProcess, handle: DocHandle, opts: ColdLoadOptions): Promise<ColdLoadResult> {
  const reader = handle.connect(1);
  await within(reader.synced, 20_000, 'history reader to sync');
  const started = performance.now();
  const times: SessionTimes = { open: [], sync: [], edit: [], arrive: [] };
  await writeHistory(handle, reader, opts, times);
  const writeSeconds = (performance.now() - started) / 1000;
  const expected = reader.doc.getText(HISTORY_TEXT).toString();

  const stateBytes = Y.encodeStateAsUpdate(reader.doc).length;
  // The same, three times, while the reader keeps the document in memory.
  const warmAll: number[] = [];
  let t0 = 0;
  for (let w = 0; w < 3; w++) {
    t0 = performance.now();
    const warm = handle.connect((w % 2) as 0 | 1);
    await fullyLoaded(warm, expected, 30_000);
    warmAll.push(performance.now() - t0);
    warm.destroy();
  }
  reader.destroy();

  const cold: number[] = [];
  const coldOpen: number[] = [];
  for (let r = 0; r < opts.repeats; r++) {
    if (!(await untilNoDocs(server, 30_000))) throw new Error(`${server.name} kept the document in memory for 30 s`);
    // Let the server finish any writes it does after the last client left.
    await sleep(300);
    t0 = performance.now();
    const fresh = handle.connect((r % 2) as 0 | 1);
    void fresh.opened.then(() => coldOpen.push(round(performance.now() - t0)));
    await fullyLoaded(fresh, expected, 30_000);
    cold.push(performance.now() - t0);
    fresh.destroy();
  }
  return {
    history: opts.history,
    stateBytes,
    writeSeconds: round(writeSeconds),
    sessionMs: { open: round(median(times.open)), sync: round(median(times.sync)), edit: round(median(times.edit)), arrive: round(median(times.arrive)) },
    warmMs: round(median(warmAll)),
    warmAllMs: warmAll.map((v) => round(v)),
    coldFirstMs: round(cold[0] as number),
    coldRepeatMedianMs: round(cold.length > 1 ? median(cold.slice(1)) : (cold[0] as number)),
    coldAllMs: cold.map((v) => round(v)),
    coldOpenMs: coldOpen,
  };
}
