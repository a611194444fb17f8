// The storage interface the server is written against, asynchronous so that it can be served
// by the embedded SQLite file or by PostgreSQL shared between instances. Both pass the same
// contract suite (test/integration/store-contract.test.ts).
import type { Language } from '../../shared/languages.ts';
import type { EmailFrequency } from '../../shared/personal-schemas.ts';

export type { EmailFrequency };
import type { Phase, SealKind, SpaceEvent } from '../../shared/space/types.ts';

export interface UserRow {
  id: string;
  /** The name one signs in with: unique here, and shown to nobody else. */
  name: string;
  /** The name the friend sees; need not be unique. */
  displayName: string;
  passwordHash: string;
  email: string | null;
  createdAt: string;
  /** The language chosen for this person; null (or absent on a new row) until they choose. */
  language?: Language | null;
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

/** Where a space's log stands: its newest sequence number, and a version that changes whenever
 * the log is rewritten rather than appended to. */
export interface LogMark {
  seq: number;
  version: number;
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
  /** The newest stored row the load included, so a compaction can cover every row. */
  lastSeq: number;
}

export interface AccountStore {
  /** `nameKey` finds the person at sign-in; `nameSkeleton` keeps look-alike names apart (shared/names.ts). */
  createUser(user: UserRow, nameKey: string, recoveryCodeHashes: string[], nameSkeleton: string): Promise<void>;
  userByNameKey(nameKey: string): Promise<UserRow | undefined>;
  userByNameSkeleton(nameSkeleton: string): Promise<UserRow | undefined>;
  userById(id: string): Promise<UserRow | undefined>;
  setPassword(userId: string, passwordHash: string): Promise<void>;
  /** The address used only for reminders the person asked for; null removes it. */
  setEmail(userId: string, email: string | null): Promise<void>;
  /** The language Mend speaks to this person in, on screen and in what the server sends. */
  setLanguage(userId: string, language: Language): Promise<void>;
  /** Marks the code used and returns true, or returns false when it is unknown or spent. */
  useRecoveryCode(userId: string, codeHash: string, at: string): Promise<boolean>;
  createSession(session: SessionRow): Promise<void>;
  sessionById(id: string): Promise<SessionRow | undefined>;
  extendSession(id: string, expiresAt: number): Promise<void>;
  deleteSession(id: string): Promise<void>;
  deleteSessionsOfUser(userId: string): Promise<string[]>;
  /** Deletes every session of the person but `keepId`; returns the ids deleted. */
  deleteOtherSessions(userId: string, keepId: string): Promise<string[]>;
}

export interface SpaceStore {
  createSpace(space: SpaceRow): Promise<void>;
  spaceById(id: string): Promise<SpaceRow | undefined>;
  spacesOf(userId: string): Promise<SpaceRow[]>;
  /** How many spaces a person opened after `since` (an ISO time), and when the first of them was. */
  openedSince(userId: string, since: string): Promise<{ count: number; first: string | null }>;
  updateSpace(id: string, change: { phase: Phase; inviteeId?: string }): Promise<void>;
  putInvitation(invitation: InvitationRow): Promise<void>;
  invitationByTokenHash(tokenHash: string): Promise<InvitationRow | undefined>;
  invitationOf(spaceId: string): Promise<InvitationRow | undefined>;
  deleteInvitation(spaceId: string): Promise<void>;
  events(spaceId: string): Promise<SpaceEvent[]>;
  appendEvents(spaceId: string, events: readonly SpaceEvent[]): Promise<void>;
  /**
   * The events after `since`, read together with where the log now stands; the whole log
   * (`whole: true`) when `since` is null or no longer describes this log (it was rewritten, or
   * holds fewer events). Undefined when there is no such space.
   */
  logSince(spaceId: string, since: LogMark | null): Promise<{ mark: LogMark; events: SpaceEvent[]; whole: boolean } | undefined>;
  /** A remembered command: who sent it, the events it produced, and the hash of its body (null when remembered before hashes were kept). */
  commandResult(spaceId: string, commandId: string): Promise<{ actorId: string; events: SpaceEvent[]; bodyHash: string | null } | undefined>;
  saveCommandResult(spaceId: string, commandId: string, actorId: string, events: readonly SpaceEvent[], bodyHash: string): Promise<void>;
  /**
   * Inside a transaction: waits for and holds the space's row until the commit, so two instances
   * deciding commands of one space take turns (PostgreSQL `SELECT ... FOR UPDATE`; on SQLite the
   * transaction already holds the only write lock). False when there is no such space.
   */
  lockSpace(spaceId: string): Promise<boolean>;
}

export interface SealedRow {
  kind: SealKind;
  roundId: string;
  userId: string;
  payload: unknown;
}

export interface SealStore {
  /** Sealed answers of one round, by person. */
  sealed(spaceId: string, kind: SealKind, roundId: string): Promise<SealedRow[]>;
  /** Keeps (or replaces) a person's sealed answer: before the reveal they may change it. */
  putSealed(spaceId: string, row: SealedRow, at: string): Promise<void>;
  /** After the reveal the answers live in the log; the sealed copies are let go. */
  dropSealed(spaceId: string, kind: SealKind, roundId: string): Promise<void>;
}

export interface DocStore {
  /**
   * The stored rows of a document after `afterSeq` (all of it by default), oldest first. The
   * snapshot comes too when it covers rows in that range, so a reader that missed rows since
   * folded into a snapshot still gets everything; applying it again is harmless.
   */
  loadDoc(doc: string, afterSeq?: number): Promise<StoredDoc>;
  /** Stores one update and returns its sequence number: increasing within a document, in commit
   *  order; on PostgreSQL also without gaps, which is how a relayed instance notices a missed row. */
  appendUpdate(doc: string, update: Uint8Array): Promise<number>;
  /** Stores several updates at once (a group commit), numbered as `appendUpdate` would one by
   *  one in this order; returns their sequence numbers in the same order. */
  appendUpdates(rows: readonly { doc: string; update: Uint8Array }[]): Promise<number[]>;
  /** Replaces every stored update of the document up to `uptoSeq` by one snapshot; a snapshot
   *  covering fewer rows than the stored one is ignored (two instances may compact at once). */
  compactDoc(doc: string, snapshot: Uint8Array, uptoSeq: number): Promise<void>;
  updateCount(doc: string): Promise<number>;
  /** Who wrote with each Yjs client id in a shared document; the first person to use an id keeps it. */
  writers(doc: string): Promise<Map<number, string>>;
  recordWriter(doc: string, clientId: number, userId: string): Promise<void>;
  /** The newest stored sequence number of each document (0 when it has none), in one query:
   *  an instance's periodic check that it missed no relayed update. */
  lastSeqs(docs: readonly string[]): Promise<Map<string, number>>;
}

export interface DateRow {
  id: string;
  userId: string;
  spaceId: string;
  label: string;
  month: number;
  day: number;
  remindDaysBefore: number;
  createdAt: string;
}

export interface EmailSubscriber {
  userId: string;
  address: string;
  frequency: Exclude<EmailFrequency, 'never'>;
  lastSentAt: string | null;
}

/** What belongs to one person alone: the dates they keep and how often they want email. */
export interface PersonalStore {
  addDate(row: DateRow): Promise<void>;
  /** A person's dates, for one space or all of them, oldest first. */
  datesOf(userId: string, spaceId?: string): Promise<DateRow[]>;
  /** Deletes one of the person's own dates; false when there is no such date of theirs. */
  deleteDate(userId: string, spaceId: string, id: string): Promise<boolean>;
  emailFrequency(userId: string): Promise<EmailFrequency>;
  setEmailFrequency(userId: string, frequency: EmailFrequency): Promise<void>;
  /** Everyone who asked for email and still has an address. */
  emailSubscribers(): Promise<EmailSubscriber[]>;
  markDigestSent(userId: string, at: string): Promise<void>;
}

/** The writes that deleting an account needs, and the scrub that makes deleted bytes gone. */
export interface ErasureStore {
  /** Deletes every stored update, the snapshot and the writers of a document. */
  deleteDoc(doc: string): Promise<void>;
  /** Replaces a space's whole log (redaction keeps the order and the count) and moves its version on. */
  replaceEvents(spaceId: string, events: readonly SpaceEvent[]): Promise<void>;
  /** Forgets remembered command results of one person in one space; they hold events they wrote. */
  deleteCommandsOf(spaceId: string, actorId: string): Promise<void>;
  /** Rewrites the events kept with every remembered command result of a space (a reveal holds both people's words). */
  rewriteCommandResults(spaceId: string, rewrite: (events: SpaceEvent[]) => SpaceEvent[]): Promise<void>;
  /** Deletes a space nobody else shares (an invitation never accepted), with all its rows. */
  deleteSpace(spaceId: string): Promise<void>;
  /** Forgets which client ids a person wrote a document with, once their characters are out of it. */
  forgetWriter(doc: string, userId: string): Promise<void>;
  /**
   * Removes what is left of a person: recovery codes, sessions, dates, settings, sealed answers.
   * The users row goes too, or stays as a nameless tombstone while a space still refers to it.
   */
  eraseUser(userId: string): Promise<void>;
  /** Makes deleted rows physically gone from the file: WAL checkpoint, VACUUM, truncate. */
  scrub(): Promise<void>;
}

/** What a transaction's function works with: every read and write through it is in the transaction. */
export type Tx = Omit<Store, 'transaction' | 'close' | 'scrub'>;

export interface Store extends AccountStore, SpaceStore, SealStore, DocStore, PersonalStore, ErasureStore {
  /**
   * Runs fn in one write transaction; everything written through `tx` lands together or not at
   * all. Use only `tx` inside fn: the store itself waits for the transaction to end (SQLite has one
   * connection, so a write through it would otherwise join or deadlock the transaction).
   */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
