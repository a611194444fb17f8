// The room registry: rooms are created lazily when first needed and freed a few seconds
// after their last connection leaves (a Y.Doc and its awareness timer are not free).
// It also knows which connections belong to which session, so signing out can end them.
import * as Y from 'yjs';
import { CloseCode } from '../../shared/wire.ts';
import type { DocStore, Store } from '../storage/store.ts';
import { KEEPALIVE } from './protocol.ts';
import { FairQueue } from './fair-queue.ts';
import { type PersonBudgetOptions, PersonBudgets } from './person-budget.ts';
import { type UpdateWriter, createUpdateWriter } from './update-writer.ts';
import { type Connection, Room, type RoomOptions, loadStored } from './room.ts';

export interface RegistryOptions extends RoomOptions {
  personBudget?: PersonBudgetOptions;
  idleMs: number;
  /** How often to prove the line is alive to clients (the stock client gives up after 30 s). */
  keepaliveMs: number;
}

export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  private readonly idleTimers = new Map<string, NodeJS.Timeout>();
  private readonly bySession = new Map<string, Set<{ room: Room; conn: Connection }>>();
  private readonly keepalive: NodeJS.Timeout;

  private readonly writer: UpdateWriter;
  /** Sockets, frames and bytes per person, across all their documents. */
  readonly budgets: PersonBudgets;
  /** Frames are handled in short slices, a person at a time (fair-queue.ts). */
  readonly frames = new FairQueue({ sliceMs: 3 });

  constructor(
    private readonly store: DocStore & Pick<Store, 'transaction'>,
    private readonly options: RegistryOptions,
  ) {
    this.writer = createUpdateWriter(store);
    this.budgets = new PersonBudgets(options.personBudget);
    this.keepalive = setInterval(() => this.sendKeepalive(), options.keepaliveMs);
    this.keepalive.unref();
  }

  get size(): number {
    return this.rooms.size;
  }

  room(name: string): Room {
    let room = this.rooms.get(name);
    if (!room) {
      room = new Room(name, this.store, this.writer, this.options, (broken) => this.evict(broken.name));
      this.rooms.set(name, room);
      this.scheduleIdle(room);
    }
    return room;
  }

  connect(name: string, sessionId: string, conn: Connection): Room {
    const room = this.room(name);
    this.cancelIdle(name);
    room.join(conn);
    let set = this.bySession.get(sessionId);
    if (!set) this.bySession.set(sessionId, (set = new Set()));
    set.add({ room, conn });
    return room;
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

  /** Changes a document as the server; the returned function broadcasts once the caller committed. */
  changeHeld(name: string, fn: (doc: Y.Doc) => void): () => void {
    const room = this.room(name);
    // A room kept busy by the referee alone stays loaded while commands keep coming.
    if (room.conns.size === 0) this.scheduleIdle(room);
    return room.changeHeld(fn);
  }

  /** The Yjs client ids a person wrote a document with (server/sync/room.ts records them). */
  clientIdsOf(name: string, userId: string): Set<number> {
    const room = this.room(name);
    if (room.conns.size === 0) this.scheduleIdle(room);
    return room.clientIdsOf(userId);
  }

  /** Takes write rights from every open connection of a document (a space that closed). */
  revokeWrites(name: string): void {
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
  compact(name: string): void {
    // Rows still waiting for their group commit belong in the snapshot.
    this.writer.flush();
    const stored = this.store.loadDoc(name);
    if (stored.updates.length === 0) return;
    const doc = loadStored(stored);
    try {
      this.store.compactDoc(name, Y.encodeStateAsUpdate(doc), stored.lastSeq);
    } finally {
      doc.destroy();
    }
  }

  /** Drops a room whose memory may differ from disk; the next use reloads it. */
  evict(name: string): void {
    const room = this.rooms.get(name);
    if (!room) return;
    this.rooms.delete(name);
    this.cancelIdle(name);
    for (const conn of room.conns) conn.socket.close(CloseCode.serverError, 'reloading');
    room.destroy();
  }

  /** The sessions that have sockets open now. */
  openSessions(): string[] {
    return [...this.bySession.keys()];
  }

  /** Ends every socket opened with this session (sign-out). */
  endSession(sessionId: string): void {
    const set = this.bySession.get(sessionId);
    if (!set) return;
    this.bySession.delete(sessionId);
    for (const { room, conn } of set) {
      conn.socket.close(CloseCode.signedOut, 'signed out');
      room.leave(conn);
      if (room.conns.size === 0) this.scheduleIdle(room);
    }
  }

  close(): void {
    clearInterval(this.keepalive);
    // Whatever waits for its group commit is written before the store closes.
    this.writer.flush();
    for (const name of [...this.rooms.keys()]) {
      const room = this.rooms.get(name);
      for (const conn of room?.conns ?? []) conn.socket.close(CloseCode.goingAway, 'server stopping');
      this.cancelIdle(name);
      room?.destroy();
    }
    this.rooms.clear();
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

  private sendKeepalive(): void {
    this.budgets.sweep();
    for (const room of this.rooms.values()) for (const conn of room.conns) conn.socket.send(KEEPALIVE);
  }
}
