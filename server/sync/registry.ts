// The room registry: rooms are created lazily when first needed and freed a few seconds
// after their last connection leaves (a Y.Doc and its awareness timer are not free).
// It also knows which connections belong to which session, so signing out can end them.
import * as Y from 'yjs';
import { CloseCode } from '../../shared/wire.ts';
import type { ControlMessage } from '../cluster/control.ts';
import { type Relay, soloRelay } from '../cluster/relay.ts';
import type { DocStore, Store, Tx } from '../storage/store.ts';
import { KEEPALIVE } from './protocol.ts';
import { FairQueue } from './fair-queue.ts';
import { type PersonBudgetOptions, PersonBudgets } from './person-budget.ts';
import type { SharedCharges } from './shared-person-budget.ts';
import { type UpdateWriter, createUpdateWriter } from './update-writer.ts';
import { type Connection, Room, type RoomOptions, loadStored } from './room.ts';

export interface RegistryOptions extends RoomOptions {
  personBudget?: PersonBudgetOptions;
  /** Each person's budget shared with the other instances (shared-person-budget.ts). */
  sharedCharges?: SharedCharges | null;
  idleMs: number;
  /** How often to prove the line is alive to clients (the stock client gives up after 30 s). */
  keepaliveMs: number;
}

/** A server change written inside the caller's transaction, shared once it committed. */
export interface HeldChange {
  /** After the commit: broadcasts the change. */
  release(): void;
  /** After a rollback: the room holding the change in memory is dropped, to reload from disk. */
  discard(): void;
}

/** How often an instance among several checks its documents against the database: what the
 *  relay lost (an instance killed between commit and publish, a Redis restart) arrives by then. */
const CHECK_EVERY_MS = 1000;

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  /** Rooms being loaded: everyone who asks meanwhile waits for the same load. */
  private readonly loading = new Map<string, Promise<Room>>();
  private closed = false;
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly bySession = new Map<string, Set<{ room: Room; conn: Connection }>>();
  private readonly keepalive: NodeJS.Timeout;
  private readonly checker: NodeJS.Timeout | null = null;
  private checking = false;

  private readonly writer: UpdateWriter;
  /** Given to every room: one function for all of them, not a closure each. */
  private readonly onBroken = (broken: Room): void => this.evict(broken.name);
  /** Sockets, frames and bytes per person, across all their documents. */
  readonly budgets: PersonBudgets;
  /** Frames are handled in short slices, a person at a time (fair-queue.ts). */
  readonly frames = new FairQueue({ sliceMs: 3 });

  constructor(
    private readonly store: DocStore & Pick<Store, 'transaction'>,
    private readonly options: RegistryOptions,
    /** How this instance hears the others; nobody to hear in one process. */
    private readonly relay: Relay = soloRelay(),
  ) {
    this.writer = createUpdateWriter(store);
    this.budgets = new PersonBudgets(options.personBudget, Date.now, options.sharedCharges ?? null);
    this.keepalive = setInterval(() => this.sendKeepalive(), options.keepaliveMs);
    this.keepalive.unref();
    if (relay.shared) {
      relay.onControl((message) => this.heard(message));
      relay.onReconnect(() => {
        for (const room of this.rooms.values()) room.catchUpLater();
      });
      this.checker = setInterval(() => void this.checkAgainstStore(), CHECK_EVERY_MS);
      this.checker.unref();
    }
  }

  get size(): number {
    return this.rooms.size;
  }

  /** The room of a document, loaded once however many ask for it at once. */
  room(name: string): Promise<Room> {
    const room = this.rooms.get(name);
    if (room) return Promise.resolve(room);
    let load = this.loading.get(name);
    if (!load) {
      const started: Promise<Room> = Room.load(name, this.store, this.writer, this.options, this.onBroken, this.relay).then(
        (loaded) => {
          // Let go while it loaded (evicted: what it read may be stale), or the server stopped.
          const current = this.loading.get(name) === started;
          if (current) this.loading.delete(name);
          if (this.closed || !current) {
            loaded.destroy();
            throw new Error('room let go while loading');
          }
          this.rooms.set(name, loaded);
          this.scheduleIdle(loaded);
          return loaded;
        },
        (error: unknown) => {
          if (this.loading.get(name) === started) this.loading.delete(name);
          throw error;
        },
      );
      load = started;
      this.loading.set(name, load);
    }
    return load;
  }

  /** The room with everything the database holds, for the server to read (another instance may
   *  have written a moment ago). */
  async current(name: string): Promise<Room> {
    const room = await this.room(name);
    await room.catchUp();
    return room;
  }

  /** The room if it is in memory now, without loading it. */
  loaded(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  /** Joins a connection to a room `room()` gave; false when that room has been let go since. */
  connect(room: Room, sessionId: string, conn: Connection): boolean {
    const name = room.name;
    if (this.rooms.get(name) !== room) return false;
    this.cancelIdle(name);
    room.join(conn);
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add({ room, conn });
    return true;
  }

  disconnect(sessionId: string, room: Room, conn: Connection): void {
    room.leave(conn);
    const set = this.bySession.get(sessionId);
    if (set) {
      for (const entry of set) if (entry.conn === conn) set.delete(entry);
      if (set.size === 0) this.bySession.delete(sessionId);
    }
    if (room.conns.size === 0) this.scheduleIdle(room);
  }

  /**
   * Changes a document as the server inside the caller's transaction: applied in memory, its
   * rows written through `tx`, and shared only when the caller releases it after the commit.
   * A room in memory takes the change at once (its group commit never sees it); a document
   * with no room (or one still loading, which waits for the store and so for this very
   * transaction) is changed on a copy read through `tx`, and a room that loads meanwhile gets
   * the rows at the release.
   */
  async changeHeld(name: string, fn: (doc: Y.Doc) => void, tx: Tx): Promise<HeldChange> {
    if (!this.rooms.has(name) && !this.loading.has(name) && !this.closed) {
      // Loaded through the caller's transaction and kept: the next command finds it in memory
      // instead of reading the whole document again (a log of 10,000 events on day 700).
      const loaded = await Room.load(name, this.store, this.writer, this.options, this.onBroken, this.relay, tx);
      if (this.rooms.has(name) || this.loading.has(name) || this.closed) loaded.destroy();
      else {
        this.rooms.set(name, loaded);
        this.scheduleIdle(loaded);
      }
    }
    const room = this.rooms.get(name);
    if (room && !room.broken) {
      // A room kept busy by the referee alone stays loaded while commands keep coming.
      if (room.conns.size === 0) this.scheduleIdle(room);
      // Another instance's change is applied first (the caller's transaction holds the space's
      // lock, so it sees all of them): the server's change goes after it, as in the database.
      await room.catchUp(tx);
      const updates = room.changeHeld(fn);
      const seqs: number[] = [];
      try {
        for (const u of updates) seqs.push(await tx.appendUpdate(name, u));
      } catch (error) {
        this.evict(name);
        throw error;
      }
      return { release: () => room.released(updates, seqs), discard: () => this.evict(name) };
    }
    const copy = loadStored(await tx.loadDoc(name));
    const updates: Uint8Array[] = [];
    const collect = (u: Uint8Array) => updates.push(u);
    copy.on('update', collect);
    try {
      Y.transact(copy, () => fn(copy));
    } finally {
      copy.off('update', collect);
      copy.destroy();
    }
    const seqs: number[] = [];
    for (const u of updates) seqs.push(await tx.appendUpdate(name, u));
    return {
      release: () => {
        if (updates.length === 0) return;
        updates.forEach((u, i) => this.relay.publishUpdate(name, seqs[i] as number, u));
        const now = this.rooms.get(name);
        if (now) now.applyStored(updates, seqs);
        else void this.loading.get(name)?.then((later) => later.applyStored(updates, seqs), () => undefined);
      },
      discard: () => undefined,
    };
  }

  /** Changes a document as the server in a transaction of its own (tests, seeding). */
  async change(name: string, fn: (doc: Y.Doc) => void): Promise<void> {
    const held = await this.store.transaction((tx) => this.changeHeld(name, fn, tx));
    held.release();
  }

  /** The Yjs client ids a person wrote a document with (server/sync/room.ts records them). */
  async clientIdsOf(name: string, userId: string, tx: Pick<Tx, 'writers'>): Promise<Set<number>> {
    const room = this.rooms.get(name);
    // The room knows ids whose rows are still on their way; without one, the store knows all.
    if (room) return room.clientIdsOf(userId);
    const writers = await tx.writers(name);
    return new Set([...writers].filter(([, id]) => id === userId).map(([clientId]) => clientId));
  }

  /** Takes write rights from every open connection of a document (a space that closed), on every instance. */
  revokeWrites(name: string): void {
    this.revokeWritesHere(name);
    this.relay.publishControl({ type: 'revoke-writes', doc: name });
  }

  private revokeWritesHere(name: string): void {
    for (const conn of this.rooms.get(name)?.conns ?? []) {
      conn.canWrite = false;
      conn.writeRefusal = CloseCode.spaceClosed;
    }
  }

  /**
   * Replaces a document's stored history by one snapshot of its state now. Yjs drops the
   * content of deleted items from that state, so words deleted from the document leave the
   * database too, not only the view. Built from a fresh copy of what is stored, not from the
   * room in memory, so it needs no room and cannot inherit a room's trouble.
   */
  async compact(name: string): Promise<void> {
    // Rows still waiting for their group commit belong in the snapshot.
    await this.writer.flush();
    const stored = await this.store.loadDoc(name);
    if (stored.updates.length === 0) return;
    const doc = loadStored(stored);
    try {
      await this.store.compactDoc(name, Y.encodeStateAsUpdate(doc), stored.lastSeq);
    } finally {
      doc.destroy();
    }
  }

  /** Drops a room whose memory may differ from disk; the next use reloads it. */
  evict(name: string): void {
    this.loading.delete(name);
    const room = this.rooms.get(name);
    if (!room) return;
    this.rooms.delete(name);
    this.cancelIdle(name);
    for (const conn of room.conns) conn.socket.close(CloseCode.serverError, 'reloading');
    room.destroy();
  }

  /** Drops the document's copy on every instance: it was rewritten in the database (erasure). */
  evictEverywhere(name: string): void {
    this.evict(name);
    this.evictElsewhere(name);
  }

  /** Drops the other instances' copies; this one's is already what the database holds. */
  evictElsewhere(name: string): void {
    this.relay.publishControl({ type: 'evict', doc: name });
  }

  /** The sessions that have sockets open now. */
  openSessions(): string[] {
    return [...this.bySession.keys()];
  }

  /** Ends every socket opened with this session (sign-out), on every instance. */
  endSession(sessionId: string): void {
    this.endSessionHere(sessionId);
    this.relay.publishControl({ type: 'end-session', sessionId });
  }

  private endSessionHere(sessionId: string): void {
    const set = this.bySession.get(sessionId);
    if (!set) return;
    this.bySession.delete(sessionId);
    for (const { room, conn } of set) {
      conn.socket.close(CloseCode.signedOut, 'signed out');
      room.leave(conn);
      if (room.conns.size === 0) this.scheduleIdle(room);
    }
  }

  /** Settles once whatever waited for its group commit is written: then the store may close. */
  close(): Promise<void> {
    this.closed = true;
    clearInterval(this.keepalive);
    if (this.checker) clearInterval(this.checker);
    // Whatever waits for its group commit is written before the store closes.
    const flushed = this.writer.flush();
    for (const name of [...this.rooms.keys()]) {
      const room = this.rooms.get(name);
      for (const conn of room?.conns ?? []) conn.socket.close(CloseCode.goingAway, 'server stopping');
      this.cancelIdle(name);
      room?.destroy();
    }
    this.rooms.clear();
    return flushed;
  }

  private scheduleIdle(room: Room): void {
    // A connection of a room that was evicted and reloaded must not touch the new room's timer.
    if (this.rooms.get(room.name) !== room) return;
    this.cancelIdle(room.name);
    const timer = setTimeout(() => {
      this.idleTimers.delete(room.name);
      if (room.conns.size === 0 && this.rooms.get(room.name) === room) {
        this.rooms.delete(room.name);
        room.destroy();
      }
    }, this.options.idleMs);
    timer.unref();
    this.idleTimers.set(room.name, timer);
  }

  private cancelIdle(name: string): void {
    const timer = this.idleTimers.get(name);
    if (timer) clearTimeout(timer);
    this.idleTimers.delete(name);
  }

  private heard(message: ControlMessage): void {
    if (message.type === 'end-session') this.endSessionHere(message.sessionId);
    else if (message.type === 'evict') this.evict(message.doc);
    else this.revokeWritesHere(message.doc);
  }

  /** One query for every document held: a room behind the database catches up. */
  private async checkAgainstStore(): Promise<void> {
    if (this.checking || this.rooms.size === 0) return;
    this.checking = true;
    try {
      const latest = await this.store.lastSeqs([...this.rooms.keys()]);
      for (const [name, seq] of latest) {
        const room = this.rooms.get(name);
        if (room && seq > room.appliedSeq) room.catchUpLater();
      }
    } catch {
      // The database is away: requests say so; this tries again in a second.
    } finally {
      this.checking = false;
    }
  }

  private sendKeepalive(): void {
    this.budgets.sweep();
    for (const room of this.rooms.values()) for (const conn of room.conns) conn.socket.send(KEEPALIVE);
  }
}
