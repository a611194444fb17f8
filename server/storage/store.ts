// The storage interface the server is written against. SQLite implements it now; a
// PostgreSQL implementation would pass the same contract tests (test/integration/store.test.ts).
import type { Phase, SealKind, SpaceEvent } from '../../shared/space/types.ts';

export interface UserRow {
  id: string;
  name: string;
  passwordHash: string;
  email: string | null;
  createdAt: string;
}

export interface SessionRow {
  id: string;
  userId: string;
  secretHash: Uint8Array;
  expiresAt: number;
  createdAt: number;
}

export interface SpaceRow {
  id: string;
  openerId: string;
  inviteeId: string | null;
  phase: Phase;
  createdAt: string;
}

export interface InvitationRow {
  spaceId: string;
  tokenHash: string;
  expiresAt: number;
  createdAt: number;
}

export interface StoredDoc {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
}

export interface AccountStore {
  createUser(user: UserRow, nameKey: string, recoveryCodeHashes: string[]): void;
  userByNameKey(nameKey: string): UserRow | undefined;
  userById(id: string): UserRow | undefined;
  setPassword(userId: string, passwordHash: string): void;
  /** Marks the code used and returns true, or returns false when it is unknown or spent. */
  useRecoveryCode(userId: string, codeHash: string, at: string): boolean;
  createSession(session: SessionRow): void;
  sessionById(id: string): SessionRow | undefined;
  extendSession(id: string, expiresAt: number): void;
  deleteSession(id: string): void;
  deleteSessionsOfUser(userId: string): string[];
}

export interface SpaceStore {
  createSpace(space: SpaceRow): void;
  spaceById(id: string): SpaceRow | undefined;
  spacesOf(userId: string): SpaceRow[];
  updateSpace(id: string, change: { phase: Phase; inviteeId?: string }): void;
  putInvitation(invitation: InvitationRow): void;
  invitationByTokenHash(tokenHash: string): InvitationRow | undefined;
  invitationOf(spaceId: string): InvitationRow | undefined;
  deleteInvitation(spaceId: string): void;
  events(spaceId: string): SpaceEvent[];
  appendEvents(spaceId: string, events: readonly SpaceEvent[]): void;
  commandResult(spaceId: string, commandId: string): { actorId: string; events: SpaceEvent[] } | undefined;
  saveCommandResult(spaceId: string, commandId: string, actorId: string, events: readonly SpaceEvent[]): void;
}

export interface SealedRow {
  kind: SealKind;
  roundId: string;
  userId: string;
  payload: unknown;
}

export interface SealStore {
  /** Sealed answers of one round, by person. */
  sealed(spaceId: string, kind: SealKind, roundId: string): SealedRow[];
  /** Keeps (or replaces) a person's sealed answer: before the reveal they may change it. */
  putSealed(spaceId: string, row: SealedRow, at: string): void;
  /** After the reveal the answers live in the log; the sealed copies are let go. */
  dropSealed(spaceId: string, kind: SealKind, roundId: string): void;
}

export interface DocStore {
  loadDoc(doc: string): StoredDoc;
  appendUpdate(doc: string, update: Uint8Array): number;
  /** Replaces every stored update of the document up to `uptoSeq` by one snapshot. */
  compactDoc(doc: string, snapshot: Uint8Array, uptoSeq: number): void;
  updateCount(doc: string): number;
}

export interface Store extends AccountStore, SpaceStore, SealStore, DocStore {
  /** Runs fn in one write transaction; everything in it lands on disk together or not at all. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
