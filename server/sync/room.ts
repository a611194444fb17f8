// One Yjs document and its live connections.
//
// Why it is built this way: the room is the only place a document changes, so it can promise
// that every update is on disk before anyone else sees it (the update handler hands the row to
// the group commit, then broadcasts). Reads never wait: the document is loaded from its
// snapshot and tail before the first byte is served, so a restart never serves an empty
// document. Every update is judged against the document's schema and budgets before Yjs sees
// it (update-check.ts), and a room whose Yjs threw anyway is dropped and reloaded from disk,
// never used again: a transaction that threw half-way leaves the document wedged.
// Presence lives in presence.ts; who wrote with which Yjs client id, in writers.ts.
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { type DocSchema, DocSchemas, storedDocKind } from '../../shared/doc-schemas.ts';
import { CloseCode, MessageTag } from '../../shared/wire.ts';
import type { DocStore, StoredDoc } from '../storage/store.ts';
import { Presence, type PresenceMember, type PresenceOptions, type PresenceRoom } from './presence.ts';
import type { UpdateWriter } from './update-writer.ts';
import { checkUpdate, wouldChange } from './update-check.ts';
import { isWellFormedUpdate } from './well-formed.ts';
import { DocWriters } from './writers.ts';
import { logError } from '../log.ts';
import { InOrder } from '../cluster/in-order.ts';
import { type DocListener, type Relay, soloRelay } from '../cluster/relay.ts';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate } from './protocol.ts';

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
  /** How a change from a connection that may not write is refused: 4403, or 4409 once the space closed. */
  writeRefusal?: number;
  /** Awareness clientIDs this connection speaks for. */
  clientIds: Set<number>;
}

export interface RoomOptions extends PresenceOptions {
  compactAfterUpdates: number;
  /** Stored bytes of history past the snapshot before it is folded, whatever the row count. */
  compactAfterBytes: number;
  /** Updates whose dependencies have not arrived: bytes held, and for how long at most. */
  maxPendingBytes: number;
  pendingTtlMs: number;
}

const SERVER_ORIGIN = Symbol('server');
/** Rows another instance committed, applied here: already stored, only to be shared. */
const RELAYED = Symbol('relayed');
/** How long a row may wait for a missing one before PostgreSQL is asked for it. */
const GAP_WAIT_MS = 100;

/** A client asks for the whole state once when it connects; a few more allow for resyncs:
 *  three at once, then one every five seconds. */
const STEP1_BURST = 3;
const STEP1_EVERY_MS = 5000;
/**
 * That token bucket kept as one number per connection: the time its allowance is whole again
 * (none: whole now). A connection is in one room, so one table serves every room.
 */
const step1WholeAt = new WeakMap<Connection, number>();

function takeStep1(conn: Connection): boolean {
  const now = Date.now();
  const wholeAt = Math.max(step1WholeAt.get(conn) ?? now, now);
  if (wholeAt + STEP1_EVERY_MS - now > STEP1_BURST * STEP1_EVERY_MS) return false;
  step1WholeAt.set(conn, wholeAt + STEP1_EVERY_MS);
  return true;
}

export class Room implements PresenceRoom {
  readonly doc: Y.Doc;
  readonly conns = new Set<Connection>();
  readonly presence: Presence;
  private readonly schema: DocSchema;
  private storedUpdates = 0;
  /** What the document costs on disk: its snapshot and every row after it. */
  private storedBytes = 0;
  private tailBytes = 0;
  private lastSeq = 0;
  /** Collects the server's own change while it is applied; its rows are written by the caller. */
  private held: Uint8Array[] | null = null;
  /** Server changes applied in memory whose transaction has not ended: no compaction meanwhile,
   *  a snapshot would put a change on disk that may yet be rolled back. */
  private heldOpen = 0;
  /** Whole-state answers asked for while a server change is held: they would show it before its
   *  commit (on PostgreSQL the transaction awaits between the two), so they wait for its end. */
  private deferredStep1: Array<{ conn: Connection; stateVector: Uint8Array }> | null = null;
  private compacting = false;
  private pendingTimer: NodeJS.Timeout | null = null;
  /** Who wrote with each Yjs client id, for a document two people write (null for the others). */
  private readonly writers: DocWriters | null;
  broken = false;
  private destroyed = false;
  /** With other instances: which rows are in the document, in PostgreSQL's numbering. */
  private readonly order: InOrder | null;
  private readonly listener: DocListener | null;
  private catching: Promise<void> | null = null;
  private gapTimer: NodeJS.Timeout | null = null;
  /** Updates of this room a group commit just stored, shared together once it has told them all. */
  private sharing: Array<{ update: Uint8Array; origin: unknown }> | null = null;

  /** Loads a document from disk before anything of it is served. */
  static async load(
    name: string,
    store: DocStore,
    writer: UpdateWriter,
    options: RoomOptions,
    onBroken: (room: Room) => void,
    relay: Relay = soloRelay(),
    /** Where the first read goes: a caller's transaction, when it holds the only connection. */
    via: Pick<DocStore, 'loadDoc' | 'writers'> = store,
  ): Promise<Room> {
    const kind = storedDocKind(name);
    if (!kind) throw new Error('not a document name');
    const [stored, writers] = await Promise.all([via.loadDoc(name), kind === 'together' ? via.writers(name) : null]);
    return new Room(name, store, writer, options, onBroken, stored, writers, relay);
  }

  private constructor(
    readonly name: string,
    private readonly store: DocStore,
    private readonly writer: UpdateWriter,
    private readonly options: RoomOptions,
    private readonly onBroken: (room: Room) => void,
    stored: StoredDoc,
    writers: Map<number, string> | null,
    private readonly relay: Relay,
  ) {
    const kind = storedDocKind(name);
    if (!kind) throw new Error('not a document name');
    this.schema = DocSchemas[kind];
    this.writers = writers ? new DocWriters(name, store, writers) : null;
    this.doc = loadStored(stored);
    this.storedUpdates = stored.updates.length;
    this.tailBytes = stored.updates.reduce((n, u) => n + u.length, 0);
    this.storedBytes = (stored.snapshot?.length ?? 0) + this.tailBytes;
    this.lastSeq = stored.lastSeq;
    const publish = relay.shared ? (update: Uint8Array) => relay.publishAwareness(name, update) : null;
    this.presence = new Presence(this.doc, options, this, Date.now, publish);
    this.doc.on('update', this.handleUpdate);
    if (relay.shared) {
      this.order = new InOrder(stored.lastSeq);
      this.listener = { update: (seq, u) => this.fromAfar(seq, u), awareness: (u) => this.presence.heardFromAfar(u) };
      relay.hold(name, this.listener);
    } else {
      this.order = null;
      this.listener = null;
    }
  }

  get awareness() {
    return this.presence.awareness;
  }

  presenceMembers(): Iterable<PresenceMember> {
    return this.conns;
  }

  relayPresence(message: Uint8Array): void {
    this.broadcast(message, null);
  }

  /** Sends the opening sync step and everyone's presence to a newly accepted connection. */
  join(conn: Connection): void {
    this.conns.add(conn);
    step1WholeAt.delete(conn);
    conn.socket.send(encodeSyncStep1(this.doc));
    const everyone = this.presence.everyone();
    if (everyone) conn.socket.send(everyone);
  }

  leave(conn: Connection): void {
    if (!this.conns.delete(conn)) return;
    this.presence.forget(conn);
  }

  /**
   * True when a frame costs its sender nothing: an echo of the other person's presence, which
   * the stock client sends back for every change it hears (never charged to its budget).
   */
  isFree(conn: Connection, frame: Uint8Array): boolean {
    try {
      const d = decoding.createDecoder(frame);
      return decoding.readVarUint(d) === MessageTag.awareness && this.presence.isEcho(conn, decoding.readVarUint8Array(d));
    } catch {
      return false;
    }
  }

  /** Handles one frame. Any malformed byte closes this socket only. */
  receive(conn: Connection, frame: Uint8Array): void {
    // A connection already refused (its socket closing) gets no more work done for it.
    if (!this.conns.has(conn) || this.broken || this.destroyed) return;
    try {
      const d = decoding.createDecoder(frame);
      const tag = decoding.readVarUint(d);
      if (tag === MessageTag.sync) this.receiveSync(conn, d);
      else if (tag === MessageTag.awareness) this.presence.receive(conn, decoding.readVarUint8Array(d), conn);
      else if (tag === MessageTag.queryAwareness) {
        const everyone = this.presence.everyone();
        if (everyone) conn.socket.send(everyone);
      } else if (tag !== MessageTag.auth) throw new RangeError('unknown message type');
    } catch {
      this.refuse(conn, CloseCode.badFrame, 'bad frame');
    }
  }

  /**
   * Applies a change the server makes (the referee's log appends) in memory and returns its
   * updates, which the caller writes in its own transaction: they never go to the group commit.
   * Nothing is broadcast before the caller calls `released` (committed) or `rolledBack`.
   */
  changeHeld(fn: (doc: Y.Doc) => void): Uint8Array[] {
    const held: Uint8Array[] = [];
    this.held = held;
    try {
      Y.transact(this.doc, () => fn(this.doc), SERVER_ORIGIN);
    } catch (error) {
      // A change that threw half-way may have left the document wedged.
      this.fail();
      throw error;
    } finally {
      this.held = null;
    }
    if (held.length > 0) this.heldOpen++;
    return held;
  }

  /** The held updates are on disk under these sequence numbers: share them. */
  released(updates: readonly Uint8Array[], seqs: readonly number[]): void {
    if (updates.length > 0) this.heldOpen--;
    if (this.destroyed) return;
    updates.forEach((u, i) => {
      const seq = seqs[i] as number;
      this.relay.publishUpdate(this.name, seq, u);
      this.stored(seq);
      this.broadcast(encodeUpdate(u), null);
    });
    this.answerDeferred();
  }

  private answerDeferred(): void {
    if (this.heldOpen > 0 || !this.deferredStep1) return;
    const waiting = this.deferredStep1;
    this.deferredStep1 = null;
    for (const { conn, stateVector } of waiting) if (this.conns.has(conn)) conn.socket.send(encodeSyncStep2(this.doc, stateVector));
  }

  /**
   * Rows the server stored without this room (it was still loading): applied here unless the
   * load already read them (applying an update twice changes nothing), and shared.
   */
  applyStored(updates: readonly Uint8Array[], seqs: readonly number[]): void {
    if (this.destroyed || this.broken) return;
    const held: Uint8Array[] = [];
    this.held = held;
    try {
      Y.transact(this.doc, () => updates.forEach((u) => Y.applyUpdate(this.doc, u)), SERVER_ORIGIN);
    } catch {
      this.fail();
      return;
    } finally {
      this.held = null;
    }
    if (this.order) for (const seq of seqs) this.inOrder(this.order.own(seq));
    else for (const seq of seqs) this.lastSeq = Math.max(this.lastSeq, seq);
    held.forEach((u) => this.broadcast(encodeUpdate(u), null));
  }

  /** A row another instance committed, heard over the relay. */
  private fromAfar(seq: number, update: Uint8Array): void {
    if (!this.order || this.destroyed || this.broken) return;
    this.inOrder(this.order.relayed(seq, update));
  }

  /**
   * Brings the document up to what PostgreSQL holds: after a gap, a relay outage, or before the
   * server changes or reads it. `via` is the caller's transaction when it holds the space's lock.
   */
  async catchUp(via: Pick<DocStore, 'loadDoc'> = this.store): Promise<void> {
    if (!this.order || this.destroyed || this.broken) return;
    const stored = await via.loadDoc(this.name, this.order.applied);
    if (this.destroyed || this.broken) return;
    this.apply(stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates);
    this.inOrder(this.order.caughtUp(stored.lastSeq));
  }

  /** A catch-up in the background; one at a time, and a failure (the database away) only waits for the next. */
  catchUpLater(): void {
    if (this.catching || !this.order) return;
    this.catching = this.catchUp()
      .catch((error: unknown) => logError('catching up from the database failed', error))
      .finally(() => {
        this.catching = null;
      });
  }

  /** Every row up to this number is in the document. */
  get appliedSeq(): number {
    return this.order ? this.order.applied : this.lastSeq;
  }

  private inOrder(rows: Uint8Array[]): void {
    this.apply(rows);
    if (!this.order) return;
    this.lastSeq = this.order.applied;
    if (this.order.hasGap && !this.gapTimer) {
      this.gapTimer = setTimeout(() => {
        this.gapTimer = null;
        if (this.order?.hasGap) this.catchUpLater();
      }, GAP_WAIT_MS);
      this.gapTimer.unref();
    }
  }

  /** Applies stored rows; the update handler shares them without storing them again. */
  private apply(rows: readonly Uint8Array[]): void {
    if (rows.length === 0 || this.destroyed || this.broken) return;
    try {
      Y.transact(this.doc, () => rows.forEach((u) => Y.applyUpdate(this.doc, u)), RELAYED);
    } catch {
      this.fail();
    }
  }

  destroy(): void {
    this.destroyed = true;
    if (this.listener) this.relay.letGo(this.name, this.listener);
    if (this.gapTimer) clearTimeout(this.gapTimer);
    if (this.pendingTimer) clearTimeout(this.pendingTimer);
    this.doc.off('update', this.handleUpdate);
    this.presence.destroy();
    this.doc.destroy();
  }

  private receiveSync(conn: Connection, d: decoding.Decoder): void {
    const kind = decoding.readVarUint(d);
    if (kind === syncProtocol.messageYjsSyncStep1) {
      // Each answer encodes the whole document: a few per connection, not a stream of them.
      if (!takeStep1(conn)) return this.refuse(conn, CloseCode.slowDown, 'too many sync requests');
      const stateVector = decoding.readVarUint8Array(d);
      if (this.heldOpen > 0) (this.deferredStep1 ??= []).push({ conn, stateVector });
      else conn.socket.send(encodeSyncStep2(this.doc, stateVector));
      return;
    }
    if (kind !== syncProtocol.messageYjsSyncStep2 && kind !== syncProtocol.messageYjsUpdate)
      throw new RangeError('unknown sync message');
    const update = decoding.readVarUint8Array(d);
    if (!isWellFormedUpdate(update)) throw new RangeError('malformed update');
    if (!conn.canWrite) {
      // A reader's step 2 carries its whole delete set: refused only if it would change anything.
      if (wouldChange(this.doc, update)) this.refuse(conn, conn.writeRefusal ?? CloseCode.forbidden, 'read only');
      return;
    }
    let verdict = checkUpdate(this.doc, update, this.schema, this.storedBytes);
    if (!verdict.ok && verdict.kind === 'bytes' && this.storedUpdates > 0) {
      // Stored history may be what fills it: judge by the document as it is now. Folding the
      // history here would put a snapshot's write and fsync on this frame; it comes in its turn.
      verdict = checkUpdate(this.doc, update, this.schema, Y.encodeStateAsUpdate(this.doc).length);
    }
    if (!verdict.ok) return this.refuse(conn, verdict.kind === 'shape' ? CloseCode.badFrame : CloseCode.tooLarge, verdict.reason);
    this.writers?.claim(update, conn.userId);
    try {
      Y.applyUpdate(this.doc, update, conn);
    } catch {
      // Checked and still thrown: the document in memory can no longer be trusted.
      this.fail();
      return;
    }
    this.boundPending(conn);
  }

  /** The client ids `userId` wrote this document with (none for a document one person writes). */
  clientIdsOf(userId: string): Set<number> {
    return this.writers?.clientIdsOf(userId) ?? new Set();
  }

  /**
   * Updates whose dependencies never arrive stay pending in memory and go to every new client.
   * A little waits briefly (two tabs of one person may race), anything more is refused.
   */
  private boundPending(conn: Connection): void {
    const store = this.doc.store;
    if (!store.pendingStructs && !store.pendingDs) return;
    const bytes = (store.pendingStructs?.update.length ?? 0) + (store.pendingDs?.length ?? 0);
    if (bytes > this.options.maxPendingBytes) {
      this.dropPending();
      return this.refuse(conn, CloseCode.badFrame, 'missing pieces');
    }
    if (this.pendingTimer) return;
    this.pendingTimer = setTimeout(() => {
      this.pendingTimer = null;
      this.dropPending();
    }, this.options.pendingTtlMs);
    this.pendingTimer.unref();
  }

  private dropPending(): void {
    this.doc.store.pendingStructs = null;
    this.doc.store.pendingDs = null;
  }

  private handleUpdate = (update: Uint8Array, origin: unknown): void => {
    // Counted now, not at its commit: the next frame may arrive before the group commit runs.
    this.storedBytes += update.length;
    this.tailBytes += update.length;
    if (this.held) {
      // A change the server makes inside its own transaction is written in that transaction.
      this.held.push(update);
      return;
    }
    if (origin === RELAYED) {
      // Committed elsewhere (or read back from the database): share, never store again.
      this.broadcast(encodeUpdate(update), null);
      return;
    }
    // Stored first, in the next group commit; shared only once it is on disk.
    this.writer.write(
      this.name,
      update,
      (seq) => {
        if (this.destroyed) return;
        this.relay.publishUpdate(this.name, seq, update);
        this.stored(seq);
        this.share(update, origin);
      },
      () => this.fail(),
    );
  };

  /**
   * Shares a stored update with everyone but its sender, together with the rest of its group
   * commit: the commit reports its updates one by one in one go, and a microtask runs after
   * the last. Each sender's updates go out merged into one message, so a client catching up on
   * forty updates applies one (a fifth of the work for it) and the server encodes and sends one.
   */
  private share(update: Uint8Array, origin: unknown): void {
    if (this.sharing) return void this.sharing.push({ update, origin });
    this.sharing = [{ update, origin }];
    // A closure only while there is something to share: an idle room holds none.
    queueMicrotask(() => this.shareStored());
  }

  private shareStored(): void {
    const list = this.sharing ?? [];
    this.sharing = null;
    if (this.destroyed) return;
    // By sender, in the order they first appear: the updates all leave in this turn, so a
    // client holding one that needs another's items holds it only until the next message.
    const bySender = new Map<unknown, Uint8Array[]>();
    for (const { update, origin } of list) {
      const updates = bySender.get(origin);
      if (updates) updates.push(update);
      else bySender.set(origin, [update]);
    }
    for (const [origin, updates] of bySender) {
      let merged: Uint8Array | null = updates.length === 1 ? (updates[0] as Uint8Array) : null;
      try {
        merged ??= Y.mergeUpdates(updates);
      } catch (error) {
        // Every one of them was applied, so they merge; if not, they go out one by one.
        logError('merging stored updates failed', error);
        for (const u of updates) this.broadcast(encodeUpdate(u), origin);
        continue;
      }
      this.broadcast(encodeUpdate(merged), origin);
    }
  }

  private stored(seq: number): void {
    // A server change released after a later group commit must not move the mark back.
    if (this.order) this.inOrder(this.order.own(seq));
    else this.lastSeq = Math.max(this.lastSeq, seq);
    this.storedUpdates++;
    if (this.storedUpdates >= this.options.compactAfterUpdates || this.tailBytes >= this.options.compactAfterBytes) void this.compact();
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
  async compact(): Promise<void> {
    if (this.destroyed || this.compacting || this.heldOpen > 0) return;
    this.compacting = true;
    try {
      // Rows still waiting for their commit belong in the snapshot's range, not after it.
      await this.writer.flush();
      if (this.destroyed || this.broken || this.heldOpen > 0) return;
      // Taken together, with no await between: every row up to lastSeq is in this state.
      const snapshot = Y.encodeStateAsUpdate(this.doc);
      const uptoSeq = this.lastSeq;
      this.storedUpdates = 0;
      this.tailBytes = 0;
      this.storedBytes = snapshot.length;
      await this.store.compactDoc(this.name, snapshot, uptoSeq);
    } catch (error) {
      // The rows stay; the next compaction folds them.
      logError('compaction failed', error);
    } finally {
      this.compacting = false;
    }
  }

  private broadcast(message: Uint8Array, except: unknown): void {
    for (const c of this.conns) if (c !== except) c.socket.send(message);
  }

  private refuse(conn: Connection, code: number, reason: string): void {
    conn.socket.close(code, reason);
    this.leave(conn);
  }
}

/**
 * Loads stored rows into a new document. A row that makes Yjs throw (stored before the schema
 * check existed) is left out rather than making the whole document unreadable for both
 * people. A throw can leave a document wedged, so each failure starts again on a fresh one.
 */
export function loadStored(stored: { snapshot: Uint8Array | null; updates: Uint8Array[] }): Y.Doc {
  const rows = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates;
  const build = (list: readonly Uint8Array[]) => {
    const doc = new Y.Doc();
    Y.transact(doc, () => list.forEach((u) => Y.applyUpdate(doc, u)), SERVER_ORIGIN);
    return doc;
  };
  try {
    return build(rows);
  } catch {
    logError('a stored document did not load whole; loading it row by row', null);
  }
  const kept: Uint8Array[] = [];
  let doc = new Y.Doc();
  for (const row of rows) {
    try {
      Y.transact(doc, () => Y.applyUpdate(doc, row), SERVER_ORIGIN);
      kept.push(row);
    } catch {
      doc.destroy();
      doc = build(kept);
    }
  }
  return doc;
}
