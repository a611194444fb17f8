// One Yjs document and its live connections.
//
// Why it is built this way: the room is the only place a document changes, so it can promise
// that every update is on disk before anyone else sees it (the update handler writes the row
// synchronously, then broadcasts). Reads never wait: the document is loaded from its snapshot
// and tail before the first byte is served, so a restart never serves an empty document.
// Identity in awareness is the server's word, not the client's: each connection may speak
// only for the clientIDs it first claimed, and its state is stamped with its member's name.
import * as decoding from 'lib0/decoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { CloseCode, MessageTag } from '../../shared/wire.ts';
import type { DocStore } from '../storage/store.ts';
import type { UpdateWriter } from './update-writer.ts';
import { isWellFormedUpdate } from './well-formed.ts';
import {
  encodeAwarenessStates,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
  isEmptyUpdate,
  readAwarenessEntries,
  writeAwarenessEntries,
} from './protocol.ts';

/** The least a socket must do; the Node/ws glue adapts to it (sync/socket.ts). */
export interface SyncSocket {
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

export interface Connection {
  socket: SyncSocket;
  userId: string;
  name: string;
  canWrite: boolean;
  /** Awareness clientIDs this connection speaks for. */
  clientIds: Set<number>;
}

export interface RoomOptions {
  compactAfterUpdates: number;
  /** A browser tab uses one clientID; a few allow for reloads without waiting for timeouts. */
  maxClientIdsPerConnection: number;
  /** Bytes of one awareness state; presence needs a handful. */
  maxAwarenessStateBytes: number;
}

const SERVER_ORIGIN = Symbol('server');

export class Room {
  readonly doc = new Y.Doc();
  readonly awareness: awarenessProtocol.Awareness;
  readonly conns = new Set<Connection>();
  private storedUpdates = 0;
  private lastSeq = 0;
  private held: Uint8Array[] | null = null;
  /** Who first spoke for each awareness clientID while this room is in memory. */
  private readonly owners = new Map<number, string>();
  broken = false;
  private destroyed = false;

  constructor(
    readonly name: string,
    private readonly store: DocStore,
    private readonly writer: UpdateWriter,
    private readonly options: RoomOptions,
    private readonly onBroken: (room: Room) => void,
  ) {
    const stored = store.loadDoc(name);
    Y.transact(this.doc, () => {
      if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot);
      for (const u of stored.updates) Y.applyUpdate(this.doc, u);
    }, SERVER_ORIGIN);
    this.storedUpdates = stored.updates.length;
    this.lastSeq = stored.lastSeq;
    this.awareness = new awarenessProtocol.Awareness(this.doc);
    this.awareness.setLocalState(null);
    this.doc.on('update', this.handleUpdate);
    this.awareness.on('update', this.handleAwareness);
  }

  /** Sends the opening sync step and everyone's presence to a newly accepted connection. */
  join(conn: Connection): void {
    this.conns.add(conn);
    conn.socket.send(encodeSyncStep1(this.doc));
    const present = [...this.awareness.getStates().keys()];
    if (present.length > 0) conn.socket.send(encodeAwarenessStates(this.awareness, present));
  }

  leave(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    awarenessProtocol.removeAwarenessStates(this.awareness, [...conn.clientIds], SERVER_ORIGIN);
  }

  /** Handles one frame. Any malformed byte closes this socket only. */
  receive(conn: Connection, frame: Uint8Array): void {
    try {
      const d = decoding.createDecoder(frame);
      const tag = decoding.readVarUint(d);
      if (tag === MessageTag.sync) this.receiveSync(conn, d);
      else if (tag === MessageTag.awareness) this.receiveAwareness(conn, decoding.readVarUint8Array(d));
      else if (tag === MessageTag.queryAwareness)
        conn.socket.send(encodeAwarenessStates(this.awareness, [...this.awareness.getStates().keys()]));
      else if (tag !== MessageTag.auth) throw new RangeError('unknown message type');
    } catch {
      this.refuse(conn, CloseCode.badFrame, 'bad frame');
    }
  }

  /** Applies a change the server makes (the referee's log appends); broadcast waits for `release`. */
  changeHeld(fn: (doc: Y.Doc) => void): () => void {
    const held: Uint8Array[] = [];
    this.held = held;
    try {
      Y.transact(this.doc, () => fn(this.doc), SERVER_ORIGIN);
    } finally {
      this.held = null;
    }
    // The caller releases after its transaction committed, so nothing is seen before it is stored.
    return () => held.forEach((u) => this.broadcast(encodeUpdate(u), null));
  }

  destroy(): void {
    this.destroyed = true;
    this.doc.off('update', this.handleUpdate);
    this.awareness.off('update', this.handleAwareness);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private receiveSync(conn: Connection, d: decoding.Decoder): void {
    const kind = decoding.readVarUint(d);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      conn.socket.send(encodeSyncStep2(this.doc, decoding.readVarUint8Array(d)));
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate)
      throw new RangeError('unknown sync message');
    const update = decoding.readVarUint8Array(d);
    if (!isWellFormedUpdate(update)) throw new RangeError('malformed update');
    if (!conn.canWrite) {
      // A fresh client answers with an empty update even on a read-only document; that is fine.
      if (!isEmptyUpdate(update)) this.refuse(conn, CloseCode.forbidden, 'read only');
      return;
    }
    Y.applyUpdate(this.doc, update, conn);
  }

  private receiveAwareness(conn: Connection, update: Uint8Array): void {
    const entries = readAwarenessEntries(update, this.options.maxClientIdsPerConnection);
    const accepted = [];
    for (const entry of entries) {
      if (!this.claim(conn, entry.clientId, entry.state)) continue;
      const state = this.stamp(conn, entry.state);
      // Presence off and already absent: nothing to tell. A removal sent back would reach the
      // sender, whose stock client answers a removal of its own state by re-sending it with a
      // higher clock, and round it goes (test/faults/awareness-echo.test.ts).
      const present = this.awareness.getStates().has(entry.clientId);
      if (state === null && !present) continue;
      // A tab coming back keeps its clientID and its old clock, which the removal on leaving
      // already passed; without a newer clock everyone would ignore it until its renewals
      // caught up (up to 30 s). Once present again, clocks are the client's as usual.
      const known = this.awareness.meta.get(entry.clientId)?.clock;
      const clock = state !== null && !present && known !== undefined && entry.clock <= known ? known + 1 : entry.clock;
      accepted.push({ ...entry, clock, state });
    }
    if (accepted.length > 0)
      awarenessProtocol.applyAwarenessUpdate(this.awareness, writeAwarenessEntries(accepted), conn);
  }

  /**
   * A connection may speak only for clientIDs no other connection holds, and only a few.
   * The stock client re-sends every awareness change it hears, the other person's included,
   * so an echo must never claim: only a state (not a removal) claims, and only an id that no
   * other person has spoken for in this room, or the other would be locked out on reconnect.
   */
  private claim(conn: Connection, clientId: number, state: Record<string, unknown> | null): boolean {
    if (conn.clientIds.has(clientId)) return true;
    if (state === null) return false;
    const owner = this.owners.get(clientId);
    if (owner !== undefined && owner !== conn.userId) return false;
    for (const other of this.conns) if (other !== conn && other.clientIds.has(clientId)) return false;
    if (conn.clientIds.size >= this.options.maxClientIdsPerConnection) return false;
    conn.clientIds.add(clientId);
    this.owners.set(clientId, conn.userId);
    return true;
  }

  /** Presence is shown only for a person who turned it on; the name is the server's. */
  private stamp(conn: Connection, state: Record<string, unknown> | null): Record<string, unknown> | null {
    if (state === null || state.here !== true) return null;
    if (JSON.stringify(state).length > this.options.maxAwarenessStateBytes) return null;
    return { here: true, user: { id: conn.userId, name: conn.name } };
  }

  private handleUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.held) {
      // A change the server makes inside its own transaction is written in that transaction.
      try {
        this.stored(this.store.appendUpdate(this.name, update));
      } catch (error) {
        this.fail();
        throw error;
      }
      this.held.push(update);
      return;
    }
    // Stored first, in the next group commit; shared only once it is on disk.
    this.writer.write(
      this.name,
      update,
      (seq) => {
        if (this.destroyed) return;
        this.stored(seq);
        this.broadcast(encodeUpdate(update), origin);
      },
      () => this.fail(),
    );
  };

  private stored(seq: number): void {
    this.lastSeq = seq;
    this.storedUpdates++;
    if (this.storedUpdates >= this.options.compactAfterUpdates) this.compact();
  }

  /** Not stored means not shared: drop the room so the next load comes from disk, and let
   *  clients reconnect; they still hold their edits and send them again. */
  private fail(): void {
    if (this.broken) return;
    this.broken = true;
    for (const c of this.conns) c.socket.close(CloseCode.serverError, 'try again');
    this.onBroken(this);
  }

  /** Folds every stored row of this document into one snapshot of its current state. */
  compact(): void {
    if (this.destroyed) return;
    // Rows still waiting for their commit belong in the snapshot's range, not after it.
    this.writer.flush();
    this.store.compactDoc(this.name, Y.encodeStateAsUpdate(this.doc), this.lastSeq);
    this.storedUpdates = 0;
  }

  private handleAwareness = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
  ): void => {
    const changed = [...added, ...updated, ...removed];
    // Echo to the sender as well: the stock client treats 30 s of silence as a dead line.
    if (changed.length > 0) this.broadcast(encodeAwarenessStates(this.awareness, changed), null);
  };

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const c of this.conns) if (c !== except) c.socket.send(message);
  }

  private refuse(conn: Connection, code: number, reason: string): void {
    conn.socket.close(code, reason);
    this.leave(conn);
  }
}

