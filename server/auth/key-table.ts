// A bounded map for the limiters of one process, in memory on purpose: losing it on restart only
// forgets some delays. Several instances keep the same counts in Redis instead
// (limits/redis-limits.ts), where keys expire and Redis's own memory limit is the bound.
//
// When full, it makes room by dropping entries that have expired, then the entry touched
// longest ago among those that hold nobody back. An entry that holds someone back (a delay
// earned by failures, a spent allowance) is never dropped to make room: dropping it is exactly
// what an attacker who floods the table with made-up names wants, since it hands guesses back.
// When every entry holds someone back, a new key is refused until the earliest one expires.
// That is the safer of the two failures: refusing new keys makes some people wait (a while at
// most, and only after an attacker paid for a full table of delays), while evicting or not
// counting would let guessing go on unseen, and people's words are behind these passwords.
export interface TableEntry {
  /** When the entry is worth nothing any more and may be dropped. */
  expiresAt: number;
  /** True while dropping the entry would hand something back to whoever earned it. */
  holds: boolean;
}

export interface KeyTable<E extends TableEntry> {
  get(key: string, now: number): E | undefined;
  /** Ms until `key` can be stored: 0 when it is stored already or there is room (made now). */
  roomWait(key: string, now: number): number;
  /** Stores the entry; false (and nothing stored) when there is no room. */
  put(key: string, entry: E, now: number): boolean;
  delete(key: string): void;
  readonly size: number;
}

export function createKeyTable<E extends TableEntry>(maxKeys: number): KeyTable<E> {
  // Two maps in the order entries were last written, so the oldest droppable one is first.
  const holding = new Map<string, E>();
  const loose = new Map<string, E>();
  // No entry expires before this; a sweep before then would find nothing.
  let earliestExpiry = Number.POSITIVE_INFINITY;

  const size = () => holding.size + loose.size;
  const remove = (key: string) => void (holding.delete(key) || loose.delete(key));

  function sweep(now: number): void {
    if (now < earliestExpiry) return;
    earliestExpiry = Number.POSITIVE_INFINITY;
    for (const map of [holding, loose])
      for (const [key, e] of map) {
        if (e.expiresAt <= now) map.delete(key);
        else earliestExpiry = Math.min(earliestExpiry, e.expiresAt);
      }
  }

  function roomWait(key: string, now: number): number {
    if (holding.has(key) || loose.has(key) || size() < maxKeys) return 0;
    sweep(now);
    if (size() < maxKeys) return 0;
    const oldest = loose.keys().next();
    if (!oldest.done) {
      loose.delete(oldest.value);
      return 0;
    }
    return Math.max(1000, earliestExpiry - now);
  }

  return {
    get(key, now) {
      const e = holding.get(key) ?? loose.get(key);
      if (e && e.expiresAt <= now) {
        remove(key);
        return undefined;
      }
      return e;
    },
    roomWait,
    put(key, entry, now) {
      if (roomWait(key, now) > 0) return false;
      remove(key);
      (entry.holds ? holding : loose).set(key, entry);
      earliestExpiry = Math.min(earliestExpiry, entry.expiresAt);
      return true;
    },
    delete: remove,
    get size() {
      return size();
    },
  };
}
