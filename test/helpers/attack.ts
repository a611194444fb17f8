// Small tools for the attack suites: frames a crafted client sends, a document whose every
// change goes out over a raw socket, and the other person's experience measured meanwhile.
import * as encoding from 'lib0/encoding';
import type WS from 'ws';
import * as Y from 'yjs';
import { MessageTag } from '../../shared/wire.ts';
import type { Person } from './http.ts';
import type { RawSocket } from './sync.ts';

export const updateFrame = (update: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.sync);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

export const step1Frame = (doc: Y.Doc): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.sync);
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  return encoding.toUint8Array(e);
};

/** A hand-made awareness frame: one entry per [clientID, clock, state]. */
export function awarenessFrame(entries: ReadonlyArray<readonly [clientId: number, clock: number, state: unknown]>): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const [clientId, clock, state] of entries) {
    encoding.writeVarUint(inner, clientId);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, JSON.stringify(state));
  }
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.awareness);
  encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  return encoding.toUint8Array(e);
}

/** Every update made in `change` on `doc`, as the separate frames a client would send. */
export function updatesOf(doc: Y.Doc, change: () => void): Uint8Array[] {
  const out: Uint8Array[] = [];
  const take = (u: Uint8Array) => out.push(u);
  doc.on('update', take);
  try {
    change();
  } finally {
    doc.off('update', take);
  }
  return out;
}

/** Sends frames as fast as the socket takes them; stops quietly when the server closes it. */
export function sendAll(ws: WS, frames: readonly Uint8Array[]): void {
  for (const f of frames) {
    if (ws.readyState !== ws.OPEN) return;
    ws.send(f);
  }
}

/** A notebook writer on its own socket: 50 KB inserts, as fast as the socket takes them. */
export function floodNotebook(socket: RawSocket, n: number, tag: string): void {
  sendAll(socket.ws, notebookFlood(n, tag));
}

/** `n` frames of about 50 KB, each a new reflection section. */
export function notebookFlood(n: number, tag: string): Uint8Array[] {
  const doc = new Y.Doc();
  return updatesOf(doc, () => {
    for (let i = 0; i < n; i++) doc.getText(`reflection:next:${tag}-${i}`).insert(0, `${tag} flood `.repeat(5_000));
  }).map(updateFrame);
}

const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/** p99 of `n` sequential `GET /api/me` of a bystander, in ms. */
export async function meP99(bystander: Person, n = 200): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await bystander.request('GET', '/api/me');
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`bystander got ${res.status}`);
    times.push(performance.now() - t);
  }
  return percentile(times.sort((a, b) => a - b), 0.99);
}

/**
 * An update that only deletes: the given ranges of one client's clock, written directly (a
 * client deleting a structure thousands deep, or cutting 100,000 gaps, would itself take
 * seconds or overflow its own stack doing so).
 */
export function deletionUpdate(client: number, ranges: ReadonlyArray<readonly [clock: number, len: number]>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, ranges.length);
  for (const [clock, len] of ranges) {
    encoding.writeVarUint(e, clock);
    encoding.writeVarUint(e, len);
  }
  return encoding.toUint8Array(e);
}
