// Frame-level helpers for the y-websocket protocol: encoding the messages the server sends,
// and reading awareness updates so the server can stamp identity onto them.
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { MessageTag } from '../../shared/wire.ts';

export const encodeSyncStep1 = (doc: Y.Doc): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.sync);
  syncProtocol.writeSyncStep1(e, doc);
  return encoding.toUint8Array(e);
};

export const encodeSyncStep2 = (doc: Y.Doc, stateVector?: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.sync);
  syncProtocol.writeSyncStep2(e, doc, stateVector);
  return encoding.toUint8Array(e);
};

export const encodeUpdate = (update: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.sync);
  syncProtocol.writeUpdate(e, update);
  return encoding.toUint8Array(e);
};

export const encodeAwareness = (update: Uint8Array): Uint8Array => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.awareness);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
};

/** An awareness message with no entries: the client ignores it, but it proves the line is alive. */
export const KEEPALIVE = encodeAwareness(new Uint8Array([0]));

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

/** Reads an awareness update; throws on any malformed byte. */
export function readAwarenessEntries(update: Uint8Array, maxEntries: number): AwarenessEntry[] {
  const d = decoding.createDecoder(update);
  const n = decoding.readVarUint(d);
  if (n > maxEntries) throw new RangeError('too many awareness entries');
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < n; i++) {
    const clientId = decoding.readVarUint(d);
    const clock = decoding.readVarUint(d);
    const parsed: unknown = JSON.parse(decoding.readVarString(d));
    const state = parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : null;
    entries.push({ clientId, clock, state });
  }
  return entries;
}

export function writeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(e, entry.clientId);
    encoding.writeVarUint(e, entry.clock);
    encoding.writeVarString(e, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(e);
}

export const encodeAwarenessStates = (awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array =>
  encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));

/** True when an update carries no insertions and no deletions (what a fresh client answers). */
export function isEmptyUpdate(update: Uint8Array): boolean {
  const { structs, ds } = Y.decodeUpdate(update);
  return structs.length === 0 && ds.clients.size === 0;
}
