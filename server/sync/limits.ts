// The sync server's limits in one place, each with the reason for its size. The README's
// threat model lists them with what happens when one is reached.
export const SYNC_LIMITS = {
  /** A browser tab uses one presence clientID; a few allow for reloads without waiting. */
  maxClientIdsPerConnection: 4,
  /** One person's devices and tabs in one room: a few, not a crowd. */
  maxClientIdsPerPerson: 8,
  /** Bytes of one presence state; "here" needs a handful. */
  maxAwarenessStateBytes: 1024,
  /** A presence change is relayed at most this often per clientID (issue 8, item 4). */
  relayEveryMs: 1000,
  /** History past the snapshot is folded once it holds this many bytes, whatever the rows. */
  compactAfterBytes: 1024 * 1024,
  /** Updates waiting for pieces that have not arrived: a race between two tabs is small and short. */
  maxPendingBytes: 64 * 1024,
  pendingTtlMs: 10_000,
} as const;
