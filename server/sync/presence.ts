// Presence ("here now") in one room. Identity is the server's word, not the client's: each
// connection may speak only for the clientIDs it first claimed, and every state is stamped
// with its member's name. Relays are calm: at most one change per clientID per second,
// because the stock client re-broadcasts every awareness change it hears, the other
// person's included, so a flood relayed at full speed would be sent back by the other
// person's own client and spend their budget (issue 8, item 4).
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { type AwarenessEntry, encodeAwarenessStates, readAwarenessEntries, writeAwarenessEntries } from './protocol.ts';

export interface PresenceMember {
  userId: string;
  name: string;
  /** Awareness clientIDs this connection speaks for. */
  clientIds: Set<number>;
}

export interface PresenceOptions {
  /** A browser tab uses one clientID; a few allow for reloads without waiting for timeouts. */
  maxClientIdsPerConnection: number;
  /** Across all of one person's connections to this room: a few devices, not a crowd. */
  maxClientIdsPerPerson: number;
  /** Bytes of one awareness state; presence needs a handful. */
  maxAwarenessStateBytes: number;
  /** The least time between two relays of one clientID's state. */
  relayEveryMs: number;
}

/** What presence needs of its room: one object, not a closure for each. */
export interface PresenceRoom {
  presenceMembers(): Iterable<PresenceMember>;
  /** Sends a presence message to everyone in the room. */
  relayPresence(message: Uint8Array): void;
}

/** The origin of presence heard from another instance. */
const AFAR = Symbol('afar');

export class Presence {
  // Everything below is made when someone first sends presence: most rooms never hear any.
  private aw: awarenessProtocol.Awareness | null = null;
  /** Who first spoke for each awareness clientID while this room is in memory. */
  private owners: Map<number, string> | null = null;
  private lastRelay: Map<number, number> | null = null;
  private due: Set<number> | null = null;
  private timer: NodeJS.Timeout | null = null;
  private listener: ((change: Change) => void) | null = null;

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: PresenceOptions,
    private readonly room: PresenceRoom,
    private readonly now: () => number = Date.now,
    /** Tells other instances what this one accepted (an awareness update; nothing in one process). */
    private readonly publish: ((update: Uint8Array) => void) | null = null,
  ) {}

  get awareness(): awarenessProtocol.Awareness {
    if (this.aw) return this.aw;
    const awareness = new awarenessProtocol.Awareness(this.doc);
    awareness.setLocalState(null);
    this.listener = (change) => this.handleChange(change);
    awareness.on('update', this.listener);
    this.aw = awareness;
    return awareness;
  }

  /** Everyone's presence now, for a connection that just joined or asked. */
  everyone(): Uint8Array | null {
    if (!this.aw) return null;
    const present = [...this.aw.getStates().keys()];
    return present.length > 0 ? encodeAwarenessStates(this.aw, present) : null;
  }

  /**
   * True when a frame only repeats other people's presence back (the stock client's echo):
   * nothing the sender says for itself, so it is not charged to the sender's budget.
   */
  isEcho(member: PresenceMember, update: Uint8Array): boolean {
    const entries = readAwarenessEntries(update, this.options.maxClientIdsPerConnection);
    return entries.length > 0 && entries.every((e) => {
      const owner = this.owners?.get(e.clientId);
      return owner !== undefined && owner !== member.userId;
    });
  }

  receive(member: PresenceMember, update: Uint8Array, origin: unknown): void {
    const entries = readAwarenessEntries(update, this.options.maxClientIdsPerConnection);
    const accepted: AwarenessEntry[] = [];
    for (const entry of entries) {
      if (!this.claim(member, entry.clientId, entry.state)) continue;
      const state = this.stamp(member, entry.state);
      // Presence off and already absent: nothing to tell. A removal sent back would reach the
      // sender, whose stock client answers a removal of its own state by re-sending it with a
      // higher clock, and round it goes (test/faults/awareness-echo.test.ts).
      const present = this.aw?.getStates().has(entry.clientId) ?? false;
      if (state === null && !present) continue;
      // Only now is there anything to keep (the stock client's opening `{}` is not presence).
      const awareness = this.awareness;
      // A tab coming back keeps its clientID and its old clock, which the removal on leaving
      // already passed; without a newer clock everyone would ignore it until its renewals
      // caught up (up to 30 s). Once present again, clocks are the client's as usual.
      const known = awareness.meta.get(entry.clientId)?.clock;
      const clock = state !== null && !present && known !== undefined && entry.clock <= known ? known + 1 : entry.clock;
      accepted.push({ ...entry, clock, state });
    }
    if (accepted.length === 0) return;
    const kept = writeAwarenessEntries(accepted);
    awarenessProtocol.applyAwarenessUpdate(this.awareness, kept, origin);
    this.publish?.(kept);
  }

  /**
   * Presence another instance accepted and stamped: kept here too, so this instance's people
   * see it and new joiners get it, and its clientIDs stay that person's (an echo of them is
   * free and claims nothing). Never published again, so it cannot bounce between instances.
   */
  heardFromAfar(update: Uint8Array): void {
    const entries = readAwarenessEntries(update, this.options.maxClientIdsPerPerson * 4);
    for (const { clientId, state } of entries) {
      const user = state?.user as { id?: unknown } | undefined;
      if (typeof user?.id === 'string' && !this.owners?.has(clientId)) (this.owners ??= new Map()).set(clientId, user.id);
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, AFAR);
  }

  /** A connection left: its clientIDs are gone for everyone. */
  forget(member: PresenceMember): void {
    if (!this.aw || member.clientIds.size === 0) return;
    const ids = [...member.clientIds];
    awarenessProtocol.removeAwarenessStates(this.aw, ids, 'server');
    // The removal with its new clocks, for the other instances' copies. Only clientIDs this
    // instance holds a clock for: one claimed by a state that was never kept (the stock
    // client's opening empty state) has nothing to remove, and encoding it would throw.
    const aw = this.aw;
    const known = ids.filter((id) => aw.meta.has(id));
    if (known.length > 0) this.publish?.(awarenessProtocol.encodeAwarenessUpdate(aw, known));
  }

  destroy(): void {
    if (this.timer) clearTimeout(this.timer);
    if (!this.aw) return;
    if (this.listener) this.aw.off('update', this.listener);
    this.aw.destroy();
  }

  /**
   * A connection may speak only for clientIDs no other connection holds, and only a few.
   * The stock client re-sends every awareness change it hears, the other person's included,
   * so an echo must never claim: only a state (not a removal) claims, and only an id that no
   * other person has spoken for in this room, or the other would be locked out on reconnect.
   */
  private claim(member: PresenceMember, clientId: number, state: Record<string, unknown> | null): boolean {
    if (member.clientIds.has(clientId)) return true;
    if (state === null) return false;
    const owner = this.owners?.get(clientId);
    if (owner !== undefined && owner !== member.userId) return false;
    let mine = 0;
    for (const other of this.room.presenceMembers()) {
      if (other !== member && other.clientIds.has(clientId)) return false;
      if (other.userId === member.userId) mine += other.clientIds.size;
    }
    if (member.clientIds.size >= this.options.maxClientIdsPerConnection) return false;
    if (mine >= this.options.maxClientIdsPerPerson) return false;
    member.clientIds.add(clientId);
    (this.owners ??= new Map()).set(clientId, member.userId);
    return true;
  }

  /** Presence is shown only for a person who turned it on; the name is the server's. */
  private stamp(member: PresenceMember, state: Record<string, unknown> | null): Record<string, unknown> | null {
    if (state === null || state.here !== true) return null;
    if (JSON.stringify(state).length > this.options.maxAwarenessStateBytes) return null;
    return { here: true, user: { id: member.userId, name: member.name } };
  }

  private handleChange({ added, updated, removed }: Change): void {
    const t = this.now();
    const now: number[] = [];
    const lastRelay = (this.lastRelay ??= new Map());
    const due = (this.due ??= new Set());
    for (const id of [...added, ...updated, ...removed]) {
      if (due.has(id)) continue;
      if (t - (lastRelay.get(id) ?? -Infinity) >= this.options.relayEveryMs) {
        now.push(id);
        lastRelay.set(id, t);
      } else due.add(id);
    }
    // Echoed to the sender as well: the stock client treats 30 s of silence as a dead line.
    if (now.length > 0) this.room.relayPresence(encodeAwarenessStates(this.awareness, now));
    if (due.size > 0 && !this.timer) {
      this.timer = setTimeout(() => this.relayDue(), this.options.relayEveryMs);
      this.timer.unref();
    }
  }

  /** The latest state of each clientID that changed too soon after its last relay. */
  private relayDue(): void {
    this.timer = null;
    const ids = [...(this.due ?? [])];
    this.due?.clear();
    const t = this.now();
    const lastRelay = (this.lastRelay ??= new Map());
    for (const id of ids) lastRelay.set(id, t);
    if (ids.length > 0) this.room.relayPresence(encodeAwarenessStates(this.awareness, ids));
  }
}

type Change = { added: number[]; updated: number[]; removed: number[] };
