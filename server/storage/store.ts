// The storage interface the server is written against. SQLite implements it now; a
// PostgreSQL implementation would pass the same contract tests (test/integration/store.test.ts).
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
  createUser(user: UserRow, nameKey: string, recoveryCodeHashes: string[], nameSkeleton: string): void;
  userByNameKey(nameKey: string): UserRow | undefined;
  userByNameSkeleton(nameSkeleton: string): UserRow | undefined;
  userById(id: string): UserRow | undefined;
  setPassword(userId: string, passwordHash: string): void;
  /** The address used only for reminders the person asked for; null removes it. */
  setEmail(userId: string, email: string | null): void;
  /** The language Mend speaks to this person in, on screen and in what the server sends. */
  setLanguage(userId: string, language: Language): void;
  /** Marks the code used and returns true, or returns false when it is unknown or spent. */
  useRecoveryCode(userId: string, codeHash: string, at: string): boolean;
  createSession(session: SessionRow): void;
  sessionById(id: string): SessionRow | undefined;
  extendSession(id: string, expiresAt: number): void;
  deleteSession(id: string): void;
  deleteSessionsOfUser(userId: string): string[];
  /** Deletes every session of the person but `keepId`; returns the ids deleted. */
  deleteOtherSessions(userId: string, keepId: string): string[];
}

export interface SpaceStore {
  createSpace(space: SpaceRow): void;
  spaceById(id: string): SpaceRow | undefined;
  spacesOf(userId: string): SpaceRow[];
  /** How many spaces a person opened after `since` (an ISO time), and when the first of them was. */
  openedSince(userId: string, since: string): { count: number; first: string | null };
  updateSpace(id: string, change: { phase: Phase; inviteeId?: string }): void;
  putInvitation(invitation: InvitationRow): void;
  invitationByTokenHash(tokenHash: string): InvitationRow | undefined;
  invitationOf(spaceId: string): InvitationRow | undefined;
  deleteInvitation(spaceId: string): void;
  events(spaceId: string): SpaceEvent[];
  appendEvents(spaceId: string, events: readonly SpaceEvent[]): void;
  /**
   * The events after `since`, read together with where the log now stands; the whole log
   * (`whole: true`) when `since` is null or no longer describes this log (it was rewritten, or
   * holds fewer events). Undefined when there is no such space.
   */
  logSince(spaceId: string, since: LogMark | null): { mark: LogMark; events: SpaceEvent[]; whole: boolean } | undefined;
  /** A remembered command: who sent it, the events it produced, and the hash of its body (null when remembered before hashes were kept). */
  commandResult(spaceId: string, commandId: string): { actorId: string; events: SpaceEvent[]; bodyHash: string | null } | undefined;
  saveCommandResult(spaceId: string, commandId: string, actorId: string, events: readonly SpaceEvent[], bodyHash: string): void;
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
  /** Who wrote with each Yjs client id in a shared document; the first person to use an id keeps it. */
  writers(doc: string): Map<number, string>;
  recordWriter(doc: string, clientId: number, userId: string): void;
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
  addDate(row: DateRow): void;
  /** A person's dates, for one space or all of them, oldest first. */
  datesOf(userId: string, spaceId?: string): DateRow[];
  /** Deletes one of the person's own dates; false when there is no such date of theirs. */
  deleteDate(userId: string, spaceId: string, id: string): boolean;
  emailFrequency(userId: string): EmailFrequency;
  setEmailFrequency(userId: string, frequency: EmailFrequency): void;
  /** Everyone who asked for email and still has an address. */
  emailSubscribers(): EmailSubscriber[];
  markDigestSent(userId: string, at: string): void;
}

/** The writes that deleting an account needs, and the scrub that makes deleted bytes gone. */
export interface ErasureStore {
  /** Deletes every stored update, the snapshot and the writers of a document. */
  deleteDoc(doc: string): void;
  /** Replaces a space's whole log (redaction keeps the order and the count) and moves its version on. */
  replaceEvents(spaceId: string, events: readonly SpaceEvent[]): void;
  /** Forgets remembered command results of one person in one space; they hold events they wrote. */
  deleteCommandsOf(spaceId: string, actorId: string): void;
  /** Rewrites the events kept with every remembered command result of a space (a reveal holds both people's words). */
  rewriteCommandResults(spaceId: string, rewrite: (events: SpaceEvent[]) => SpaceEvent[]): void;
  /** Deletes a space nobody else shares (an invitation never accepted), with all its rows. */
  deleteSpace(spaceId: string): void;
  /** Forgets which client ids a person wrote a document with, once their characters are out of it. */
  forgetWriter(doc: string, userId: string): void;
  /**
   * Removes what is left of a person: recovery codes, sessions, dates, settings, sealed answers.
   * The users row goes too, or stays as a nameless tombstone while a space still refers to it.
   */
  eraseUser(userId: string): void;
  /** Makes deleted rows physically gone from the file: WAL checkpoint, VACUUM, truncate. */
  scrub(): void;
}

export interface Store extends AccountStore, SpaceStore, SealStore, DocStore, PersonalStore, ErasureStore {
  /** Runs fn in one write transaction; everything in it lands on disk together or not at all. */
  transaction<T>(fn: () => T): T;
  close(): void;
}
