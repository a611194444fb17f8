// The storage contract (server/storage/store.ts), run the same way against every engine: the
// embedded SQLite file and PostgreSQL. Real round trips, no doubles. Where the engines differ by
// design (gap-free numbering, two writers at once) the case says so and runs where it applies.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Language } from '../../shared/languages.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { openPgStore } from '../../server/storage/pg-store.ts';
import { openSqliteStore } from '../../server/storage/sqlite-store.ts';
import type { SpaceRow, Store, UserRow } from '../../server/storage/store.ts';
import { freshPgDatabase, sharedPgUrl } from '../helpers/postgres.ts';

interface Opened {
  store: Store;
  /** Every row of a table as text, read beside the store, to look for words that must be gone. */
  tableText(table: string): Promise<string>;
  /** Whether the bytes are still anywhere in the table's stored pages, deleted rows included. */
  inHeap?(table: string, needle: string): Promise<boolean>;
  /** How many connections to this database wait on a lock right now. */
  lockWaiters?(): Promise<number>;
  close(): Promise<void>;
}

interface Engine {
  name: string;
  /** Sequence numbers of one document go 1, 2, 3... with no gaps (PostgreSQL). */
  gapFree: boolean;
  /** Several connections write at once (PostgreSQL); SQLite has one writer. */
  concurrent: boolean;
  open(): Promise<Opened>;
}

const sqlite: Engine = {
  name: 'SQLite',
  gapFree: false,
  concurrent: false,
  async open() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-contract-'));
    const file = path.join(dir, 'mend.db');
    const store = await openSqliteStore(file);
    const reader = new Database(file, { readonly: true });
    return {
      store,
      async tableText(table) {
        const rows = reader.prepare(`SELECT * FROM ${table}`).all() as Record<string, unknown>[];
        return rows.map((r) => Object.values(r).map((v) => (Buffer.isBuffer(v) ? v.toString('latin1') : String(v))).join('|')).join('\n');
      },
      // The file and its WAL, where older copies of a page wait for a checkpoint.
      inHeap: async (_table, needle) =>
        [file, `${file}-wal`].some((f) => fs.existsSync(f) && fs.readFileSync(f).includes(Buffer.from(needle))),
      async close() {
        reader.close();
        await store.close();
        fs.rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

const postgres: Engine = {
  name: 'PostgreSQL',
  gapFree: true,
  concurrent: true,
  async open() {
    const database = await freshPgDatabase();
    if (!database) throw new Error('no PostgreSQL for this run');
    const store = await openPgStore(database.url, { poolSize: 4 });
    const reader = new pg.Client({ connectionString: database.url });
    await reader.connect();
    const pageinspect = await reader.query('CREATE EXTENSION IF NOT EXISTS pageinspect').then(
      () => true,
      () => false,
    );
    return {
      store,
      async tableText(table) {
        const rows = (await reader.query<{ row: string }>(`SELECT t::text AS row FROM ${table} t`)).rows;
        // BYTEA prints as hex in ::text; decode each \x... run so bytes compare as text.
        return rows.map((r) => r.row.replace(/\\\\x([0-9a-f]+)/g, (_, hex: string) => Buffer.from(hex, 'hex').toString('latin1'))).join('\n');
      },
      inHeap: pageinspect
        ? async (table, needle) => {
            const pages = (await reader.query<{ n: number }>(`SELECT pg_relation_size('${table}') / current_setting('block_size')::int AS n`)).rows[0]?.n ?? 0;
            const hex = Buffer.from(needle).toString('hex');
            for (let page = 0; page < Number(pages); page++) {
              const raw = (await reader.query<{ raw: Buffer }>('SELECT get_raw_page($1, $2) AS raw', [table, page])).rows[0]?.raw;
              if (raw && raw.toString('hex').includes(hex)) return true;
            }
            return false;
          }
        : undefined,
      async lockWaiters() {
        const rows = (await reader.query<{ n: number }>("SELECT COUNT(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows;
        return rows[0]?.n ?? 0;
      },
      async close() {
        await reader.end();
        await store.close();
        await database.drop();
      },
    };
  },
};

// SQLite always; PostgreSQL when the run has one (test/services-setup.ts says how to get it,
// and fails the run in CI when it is missing).
const engines: Engine[] = [sqlite, ...(sharedPgUrl() ? [postgres] : [])];

const id = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString();
const event = (text: string, n = 0): SpaceEvent => ({ type: 'space-closed', at: at(n), by: 'someone', lastMessage: text });

async function newUser(store: Store, name = id('name')): Promise<UserRow> {
  const user: UserRow = { id: id('u'), name, displayName: `${name} shown`, passwordHash: 'hash', email: null, createdAt: at(1), language: null };
  await store.createUser(user, name.toLowerCase(), [`${user.id}-code1`, `${user.id}-code2`], `${name}-skeleton`);
  return user;
}

async function newSpace(store: Store, openerId: string, inviteeId: string | null = null, createdAt = at(2)): Promise<SpaceRow> {
  const space: SpaceRow = { id: id('s'), openerId, inviteeId, phase: inviteeId ? 'open' : 'invited', createdAt };
  await store.createSpace(space);
  return space;
}

describe.each(engines)('store contract on $name', (engine) => {
  let opened: Opened;
  let store: Store;
  beforeAll(async () => {
    opened = await engine.open();
    store = opened.store;
  });
  afterAll(async () => opened?.close());

  it('keeps accounts, finds them by key, skeleton and id, and spends a recovery code once', async () => {
    const user = await newUser(store, 'Robin');
    expect(await store.userByNameKey('robin')).toEqual(user);
    expect(await store.userByNameSkeleton('Robin-skeleton')).toEqual(user);
    expect(await store.userById(user.id)).toEqual(user);
    expect(await store.userById('nobody')).toBeUndefined();
    await store.setPassword(user.id, 'new-hash');
    await store.setEmail(user.id, 'robin@example.org');
    expect(await store.userById(user.id)).toMatchObject({ passwordHash: 'new-hash', email: 'robin@example.org' });
    await store.setEmail(user.id, null);
    expect((await store.userById(user.id))?.email).toBeNull();
    expect(await store.useRecoveryCode(user.id, `${user.id}-code1`, at(3))).toBe(true);
    expect(await store.useRecoveryCode(user.id, `${user.id}-code1`, at(4))).toBe(false);
    expect(await store.useRecoveryCode(user.id, 'unknown', at(4))).toBe(false);
    expect(await store.useRecoveryCode(user.id, `${user.id}-code2`, at(5))).toBe(true);
    // The sign-in key and the skeleton are each unique.
    await expect(newUser(store, 'Robin')).rejects.toThrow();
  });

  it('keeps the language each person chose, none (so English) until they choose, and only the languages Mend speaks', async () => {
    const user = await newUser(store);
    const other = await newUser(store);
    expect((await store.userById(user.id))?.language).toBeNull();
    await store.setLanguage(user.id, 'nl');
    expect((await store.userById(user.id))?.language).toBe('nl');
    expect((await store.userByNameKey(user.name.toLowerCase()))?.language).toBe('nl');
    expect((await store.userById(other.id))?.language).toBeNull();
    await store.setLanguage(user.id, 'en');
    expect((await store.userById(user.id))?.language).toBe('en');
    // The schema refuses a language the server does not speak, so none can be read back.
    await expect(store.setLanguage(user.id, 'xx' as Language)).rejects.toThrow();
    expect((await store.userById(user.id))?.language).toBe('en');
  });

  it('keeps sessions with their bytes and millisecond times, extends and deletes them', async () => {
    const user = await newUser(store);
    const expiresAt = Date.UTC(2030, 0, 1) + 123;
    const secretHash = new Uint8Array([0, 1, 2, 254, 255]);
    for (const sid of ['a', 'b', 'c']) await store.createSession({ id: `${user.id}-${sid}`, userId: user.id, secretHash, expiresAt, createdAt: expiresAt - 1000 });
    const session = await store.sessionById(`${user.id}-a`);
    expect(session).toEqual({ id: `${user.id}-a`, userId: user.id, secretHash, expiresAt, createdAt: expiresAt - 1000 });
    expect(typeof session?.expiresAt).toBe('number');
    expect(session?.secretHash).toBeInstanceOf(Uint8Array);
    await store.extendSession(`${user.id}-a`, expiresAt + 5000);
    expect((await store.sessionById(`${user.id}-a`))?.expiresAt).toBe(expiresAt + 5000);
    expect(await store.deleteOtherSessions(user.id, `${user.id}-a`)).toEqual(expect.arrayContaining([`${user.id}-b`, `${user.id}-c`]));
    expect(await store.sessionById(`${user.id}-b`)).toBeUndefined();
    await store.createSession({ id: `${user.id}-d`, userId: user.id, secretHash, expiresAt, createdAt: expiresAt });
    await store.deleteSession(`${user.id}-d`);
    expect(await store.sessionById(`${user.id}-d`)).toBeUndefined();
    expect(await store.deleteSessionsOfUser(user.id)).toEqual([`${user.id}-a`]);
    expect(await store.deleteSessionsOfUser(user.id)).toEqual([]);
  });

  it('keeps spaces, counts the ones opened since a time, and keeps one invitation per space', async () => {
    const opener = await newUser(store);
    const friend = await newUser(store);
    const first = await newSpace(store, opener.id, null, at(10));
    const second = await newSpace(store, opener.id, null, at(20));
    expect(await store.spaceById(first.id)).toEqual(first);
    expect((await store.spacesOf(opener.id)).map((s) => s.id)).toEqual([second.id, first.id]);
    expect(await store.openedSince(opener.id, at(15))).toEqual({ count: 1, first: at(20) });
    expect(await store.openedSince(opener.id, at(30))).toEqual({ count: 0, first: null });
    await store.updateSpace(first.id, { phase: 'open', inviteeId: friend.id });
    await store.updateSpace(second.id, { phase: 'declined' });
    expect(await store.spaceById(first.id)).toMatchObject({ phase: 'open', inviteeId: friend.id });
    expect(await store.spaceById(second.id)).toMatchObject({ phase: 'declined', inviteeId: null });
    expect((await store.spacesOf(friend.id)).map((s) => s.id)).toEqual([first.id]);

    const expiresAt = Date.UTC(2031, 5, 1);
    await store.putInvitation({ spaceId: second.id, tokenHash: `${second.id}-t1`, expiresAt, createdAt: expiresAt - 10 });
    await store.putInvitation({ spaceId: second.id, tokenHash: `${second.id}-t2`, expiresAt: expiresAt + 1, createdAt: expiresAt });
    expect(await store.invitationByTokenHash(`${second.id}-t1`)).toBeUndefined();
    expect(await store.invitationByTokenHash(`${second.id}-t2`)).toEqual({ spaceId: second.id, tokenHash: `${second.id}-t2`, expiresAt: expiresAt + 1, createdAt: expiresAt });
    expect(await store.invitationOf(second.id)).toMatchObject({ tokenHash: `${second.id}-t2` });
    await store.deleteInvitation(second.id);
    expect(await store.invitationOf(second.id)).toBeUndefined();
  });

  it('appends events in order and reads what came after a mark; a rewrite moves the version', async () => {
    const opener = await newUser(store);
    const space = await newSpace(store, opener.id);
    expect(await store.logSince('no-such-space', null)).toBeUndefined();
    expect(await store.logSince(space.id, null)).toEqual({ mark: { seq: 0, version: 0 }, events: [], whole: true });
    await store.appendEvents(space.id, [event('one', 1), event('two', 2)]);
    await store.appendEvents(space.id, [event('three', 3)]);
    await store.appendEvents(space.id, []);
    expect(await store.events(space.id)).toEqual([event('one', 1), event('two', 2), event('three', 3)]);

    const all = await store.logSince(space.id, null);
    expect(all).toEqual({ mark: { seq: 3, version: 0 }, events: [event('one', 1), event('two', 2), event('three', 3)], whole: true });
    expect(await store.logSince(space.id, { seq: 1, version: 0 })).toEqual({ mark: { seq: 3, version: 0 }, events: [event('two', 2), event('three', 3)], whole: false });
    expect(await store.logSince(space.id, { seq: 3, version: 0 })).toEqual({ mark: { seq: 3, version: 0 }, events: [], whole: false });
    // A mark past the end no longer describes this log.
    expect(await store.logSince(space.id, { seq: 9, version: 0 })).toMatchObject({ whole: true, events: [event('one', 1), event('two', 2), event('three', 3)] });

    await store.replaceEvents(space.id, [event('[removed]', 1), event('two', 2), event('three', 3)]);
    const after = await store.logSince(space.id, { seq: 3, version: 0 });
    expect(after).toEqual({ mark: { seq: 3, version: 1 }, events: [event('[removed]', 1), event('two', 2), event('three', 3)], whole: true });
    await store.appendEvents(space.id, [event('four', 4)]);
    expect(await store.logSince(space.id, { seq: 3, version: 1 })).toEqual({ mark: { seq: 4, version: 1 }, events: [event('four', 4)], whole: false });
  });

  it('remembers a command result with its body hash, forgets one person’s, and rewrites the rest', async () => {
    const opener = await newUser(store);
    const space = await newSpace(store, opener.id);
    await store.saveCommandResult(space.id, 'c1', 'alice', [event('alice said', 1)], 'hash1');
    await store.saveCommandResult(space.id, 'c2', 'bob', [event('bob said', 2)], 'hash2');
    expect(await store.commandResult(space.id, 'c1')).toEqual({ actorId: 'alice', events: [event('alice said', 1)], bodyHash: 'hash1' });
    expect(await store.commandResult(space.id, 'nope')).toBeUndefined();
    await expect(store.saveCommandResult(space.id, 'c1', 'alice', [], 'again')).rejects.toThrow();
    await store.deleteCommandsOf(space.id, 'alice');
    expect(await store.commandResult(space.id, 'c1')).toBeUndefined();
    await store.rewriteCommandResults(space.id, (events) => events.map((e) => (e.type === 'space-closed' ? { ...e, lastMessage: '[gone]' } : e)));
    expect(await store.commandResult(space.id, 'c2')).toEqual({ actorId: 'bob', events: [event('[gone]', 2)], bodyHash: 'hash2' });
  });

  it('keeps one sealed answer per person per round, replaces it, and lets the round go', async () => {
    const opener = await newUser(store);
    const space = await newSpace(store, opener.id);
    await store.putSealed(space.id, { kind: 'checkin', roundId: 'r1', userId: 'alice', payload: { mood: 3, words: 'tired' } }, at(1));
    await store.putSealed(space.id, { kind: 'checkin', roundId: 'r1', userId: 'alice', payload: { mood: 4, words: 'better' } }, at(2));
    await store.putSealed(space.id, { kind: 'checkin', roundId: 'r1', userId: 'bob', payload: { mood: 2 } }, at(3));
    await store.putSealed(space.id, { kind: 'reassessment', roundId: 'r1', userId: 'bob', payload: 'stay' }, at(3));
    const sealed = await store.sealed(space.id, 'checkin', 'r1');
    expect(sealed.sort((a, b) => a.userId.localeCompare(b.userId))).toEqual([
      { kind: 'checkin', roundId: 'r1', userId: 'alice', payload: { mood: 4, words: 'better' } },
      { kind: 'checkin', roundId: 'r1', userId: 'bob', payload: { mood: 2 } },
    ]);
    await store.dropSealed(space.id, 'checkin', 'r1');
    expect(await store.sealed(space.id, 'checkin', 'r1')).toEqual([]);
    expect(await store.sealed(space.id, 'reassessment', 'r1')).toHaveLength(1);
  });

  it('stores document updates with increasing numbers, reads after a number, and compacts', async () => {
    const doc = id('doc');
    const seqs: number[] = [];
    for (let i = 1; i <= 5; i++) seqs.push(await store.appendUpdate(doc, new Uint8Array([i, 0, 255])));
    expect([...seqs].sort((a, b) => a - b)).toEqual(seqs);
    expect(new Set(seqs).size).toBe(5);
    if (engine.gapFree) expect(seqs).toEqual([1, 2, 3, 4, 5]);
    expect(await store.updateCount(doc)).toBe(5);
    expect(await store.lastSeqs([doc, 'never-written'])).toEqual(new Map([[doc, seqs[4]], ['never-written', 0]]));

    const whole = await store.loadDoc(doc);
    expect(whole).toEqual({ snapshot: null, updates: seqs.map((_, i) => new Uint8Array([i + 1, 0, 255])), lastSeq: seqs[4] });
    expect(await store.loadDoc(doc, seqs[2])).toEqual({ snapshot: null, updates: [new Uint8Array([4, 0, 255]), new Uint8Array([5, 0, 255])], lastSeq: seqs[4] });
    expect(await store.loadDoc(doc, seqs[4])).toMatchObject({ snapshot: null, updates: [] });

    // Fold the first three into a snapshot.
    await store.compactDoc(doc, new Uint8Array([9, 9, 3]), seqs[2] as number);
    expect(await store.updateCount(doc)).toBe(2);
    expect(await store.loadDoc(doc)).toEqual({ snapshot: new Uint8Array([9, 9, 3]), updates: [new Uint8Array([4, 0, 255]), new Uint8Array([5, 0, 255])], lastSeq: seqs[4] });
    // A reader that had only the first row still gets everything: the snapshot covers rows after it.
    expect(await store.loadDoc(doc, seqs[0])).toMatchObject({ snapshot: new Uint8Array([9, 9, 3]), updates: [new Uint8Array([4, 0, 255]), new Uint8Array([5, 0, 255])] });
    // One that had row 3 needs no snapshot.
    expect(await store.loadDoc(doc, seqs[2])).toMatchObject({ snapshot: null, updates: [new Uint8Array([4, 0, 255]), new Uint8Array([5, 0, 255])] });

    // A compaction covering fewer rows than the stored snapshot changes nothing.
    await store.compactDoc(doc, new Uint8Array([1, 1, 1]), seqs[1] as number);
    expect((await store.loadDoc(doc)).snapshot).toEqual(new Uint8Array([9, 9, 3]));
    expect(await store.updateCount(doc)).toBe(2);

    await store.compactDoc(doc, new Uint8Array([9, 9, 5]), seqs[4] as number);
    expect(await store.loadDoc(doc)).toEqual({ snapshot: new Uint8Array([9, 9, 5]), updates: [], lastSeq: seqs[4] });
    const next = await store.appendUpdate(doc, new Uint8Array([6]));
    expect(next).toBeGreaterThan(seqs[4] as number);
    if (engine.gapFree) expect(next).toBe(6);
    expect((await store.lastSeqs([doc])).get(doc)).toBe(next);
  });

  it('stores a group of updates of several documents at once, numbered per document in the order given', async () => {
    const [a, b] = [id('doc-a'), id('doc-b')];
    const first = await store.appendUpdate(a, new Uint8Array([0]));
    const rows = [a, b, a, a, b].map((doc, i) => ({ doc, update: new Uint8Array([i + 1]) }));
    const seqs = await store.appendUpdates(rows);
    expect(seqs).toHaveLength(5);
    const ofA = [seqs[0], seqs[2], seqs[3]] as number[];
    const ofB = [seqs[1], seqs[4]] as number[];
    expect([...ofA].sort((x, y) => x - y)).toEqual(ofA);
    expect(ofA[0]).toBeGreaterThan(first);
    expect([...ofB].sort((x, y) => x - y)).toEqual(ofB);
    if (engine.gapFree) {
      expect(ofA).toEqual([2, 3, 4]);
      expect(ofB).toEqual([1, 2]);
    }
    expect((await store.loadDoc(a)).updates).toEqual([[0], [1], [3], [4]].map((u) => new Uint8Array(u)));
    expect((await store.loadDoc(b)).updates).toEqual([[2], [5]].map((u) => new Uint8Array(u)));
    expect(await store.appendUpdates([])).toEqual([]);
    // Inside a transaction that rolls back, none of them stays.
    await expect(store.transaction(async (tx) => {
      await tx.appendUpdates([{ doc: a, update: new Uint8Array([7]) }]);
      throw new Error('roll back');
    })).rejects.toThrow('roll back');
    expect(await store.updateCount(a)).toBe(4);
    if (engine.gapFree) expect(await store.appendUpdate(a, new Uint8Array([8]))).toBe(5);
  });

  it('remembers who wrote with each client id, first claim kept, and forgets a writer', async () => {
    const doc = id('doc');
    const bigClientId = 4_000_000_000;
    await store.recordWriter(doc, bigClientId, 'alice');
    await store.recordWriter(doc, bigClientId, 'bob');
    await store.recordWriter(doc, 7, 'bob');
    expect(await store.writers(doc)).toEqual(new Map([[bigClientId, 'alice'], [7, 'bob']]));
    await store.forgetWriter(doc, 'alice');
    expect(await store.writers(doc)).toEqual(new Map([[7, 'bob']]));
    await store.appendUpdate(doc, new Uint8Array([1]));
    await store.compactDoc(doc, new Uint8Array([2]), (await store.loadDoc(doc)).lastSeq);
    await store.appendUpdate(doc, new Uint8Array([3]));
    await store.deleteDoc(doc);
    expect(await store.writers(doc)).toEqual(new Map());
    expect(await store.loadDoc(doc)).toMatchObject({ snapshot: null, updates: [] });
    expect(await store.updateCount(doc)).toBe(0);
  });

  it('keeps a person’s dates and email settings to that person', async () => {
    const alice = await newUser(store);
    const bob = await newUser(store);
    const space = await newSpace(store, alice.id, bob.id);
    const other = await newSpace(store, alice.id);
    const date = { id: id('d'), userId: alice.id, spaceId: space.id, label: 'Our first walk', month: 6, day: 30, remindDaysBefore: 3, createdAt: at(5) };
    const later = { ...date, id: id('d'), spaceId: other.id, label: 'Later', createdAt: at(6) };
    await store.addDate(later);
    await store.addDate(date);
    expect(await store.datesOf(alice.id)).toEqual([date, later]);
    expect(await store.datesOf(alice.id, space.id)).toEqual([date]);
    expect(await store.datesOf(bob.id)).toEqual([]);
    expect(await store.deleteDate(bob.id, space.id, date.id)).toBe(false);
    expect(await store.deleteDate(alice.id, space.id, date.id)).toBe(true);
    expect(await store.datesOf(alice.id, space.id)).toEqual([]);
    await expect(store.addDate({ ...date, id: id('d'), month: 13 })).rejects.toThrow();

    expect(await store.emailFrequency(alice.id)).toBe('never');
    await store.setEmailFrequency(alice.id, 'weekly');
    await store.setEmailFrequency(bob.id, 'daily');
    expect(await store.emailFrequency(alice.id)).toBe('weekly');
    await store.setEmail(alice.id, 'alice@example.org');
    const subscribers = (await store.emailSubscribers()).filter((s) => s.userId === alice.id || s.userId === bob.id);
    // Bob asked for email but has no address: he is not on the list.
    expect(subscribers).toEqual([{ userId: alice.id, address: 'alice@example.org', frequency: 'weekly', lastSentAt: null }]);
    await store.markDigestSent(alice.id, at(9));
    expect((await store.emailSubscribers()).find((s) => s.userId === alice.id)?.lastSentAt).toBe(at(9));
  });

  it('erases a person: a nameless tombstone while a space names them, no row otherwise', async () => {
    const alice = await newUser(store, 'Alicewords');
    const bob = await newUser(store);
    const loner = await newUser(store, 'Lonerwords');
    const space = await newSpace(store, bob.id, alice.id);
    await store.setEmail(alice.id, 'alice-erased@example.org');
    await store.setEmailFrequency(alice.id, 'daily');
    await store.createSession({ id: `${alice.id}-s`, userId: alice.id, secretHash: new Uint8Array([1]), expiresAt: 1, createdAt: 1 });
    await store.addDate({ id: id('d'), userId: alice.id, spaceId: space.id, label: 'Alice private date', month: 1, day: 1, remindDaysBefore: 0, createdAt: at(1) });
    await store.putSealed(space.id, { kind: 'checkin', roundId: 'r', userId: alice.id, payload: 'alice sealed feeling' }, at(1));

    await store.eraseUser(alice.id);
    const tombstone = await store.userById(alice.id);
    expect(tombstone).toMatchObject({ id: alice.id, name: '', displayName: '', passwordHash: '', email: null });
    expect(await store.userByNameKey('alicewords')).toBeUndefined();
    expect(await store.userByNameSkeleton('Alicewords-skeleton')).toBeUndefined();
    expect(await store.sessionById(`${alice.id}-s`)).toBeUndefined();
    expect(await store.datesOf(alice.id)).toEqual([]);
    expect(await store.emailFrequency(alice.id)).toBe('never');
    expect(await store.sealed(space.id, 'checkin', 'r')).toEqual([]);
    expect(await store.useRecoveryCode(alice.id, `${alice.id}-code2`, at(2))).toBe(false);
    // The name is free again.
    await newUser(store, 'Alicewords');

    await store.eraseUser(loner.id);
    expect(await store.userById(loner.id)).toBeUndefined();

    for (const table of ['users', 'recovery_codes', 'sessions', 'dates_that_matter', 'reminder_settings', 'sealed_answers']) {
      const text = await opened.tableText(table);
      for (const word of ['alice-erased@example.org', 'Alice private date', 'alice sealed feeling', 'Lonerwords', `${alice.id}-code`]) expect(text).not.toContain(word);
    }
  });

  it('deletes an unshared space with all its rows', async () => {
    const opener = await newUser(store);
    const space = await newSpace(store, opener.id);
    await store.appendEvents(space.id, [event('unshared words')]);
    await store.saveCommandResult(space.id, 'c', opener.id, [event('unshared words')], 'h');
    await store.putInvitation({ spaceId: space.id, tokenHash: `${space.id}-t`, expiresAt: 1, createdAt: 1 });
    await store.putSealed(space.id, { kind: 'checkin', roundId: 'r', userId: opener.id, payload: 'unshared words' }, at(1));
    await store.deleteSpace(space.id);
    expect(await store.spaceById(space.id)).toBeUndefined();
    expect(await store.events(space.id)).toEqual([]);
    expect(await store.commandResult(space.id, 'c')).toBeUndefined();
    expect(await store.invitationOf(space.id)).toBeUndefined();
    for (const table of ['space_events', 'space_commands', 'sealed_answers']) expect(await opened.tableText(table)).not.toContain('unshared words');
  });

  it('makes deleted words physically gone with scrub()', async () => {
    const opener = await newUser(store);
    const space = await newSpace(store, opener.id);
    const secret = `scrubbed-${randomBytes(8).toString('hex')}`;
    await store.putSealed(space.id, { kind: 'checkin', roundId: 'r', userId: opener.id, payload: secret }, at(1));
    await store.dropSealed(space.id, 'checkin', 'r');
    // Where the engine lets us look at the stored pages, the test first shows it can see the
    // deleted bytes, so "gone" after the scrub means something.
    if (opened.inHeap) expect(await opened.inHeap('sealed_answers', secret)).toBe(true);
    await store.scrub();
    if (opened.inHeap) expect(await opened.inHeap('sealed_answers', secret)).toBe(false);
    expect(await opened.tableText('sealed_answers')).not.toContain(secret);
    // The store goes on working after the rewrite.
    expect(await store.spaceById(space.id)).toEqual(space);
  });

  it('lands a transaction whole, or leaves nothing when it throws', async () => {
    const opener = await newUser(store);
    const space = await newSpace(store, opener.id);
    const kept = await store.transaction(async (tx) => {
      expect(await tx.lockSpace(space.id)).toBe(true);
      expect(await tx.lockSpace('no-such-space')).toBe(false);
      await tx.appendEvents(space.id, [event('kept')]);
      await tx.saveCommandResult(space.id, 'kept', opener.id, [event('kept')], 'h');
      return (await tx.events(space.id)).length;
    });
    expect(kept).toBe(1);
    const seqBefore = (await store.lastSeqs(['tx-doc'])).get('tx-doc');
    await expect(
      store.transaction(async (tx) => {
        await tx.appendEvents(space.id, [event('lost')]);
        await tx.saveCommandResult(space.id, 'lost', opener.id, [event('lost')], 'h');
        await tx.replaceEvents(space.id, [event('lost rewrite')]);
        await tx.createUser({ ...opener, id: id('u'), name: 'lostname' }, 'lostname', ['code'], 'lostname-skeleton');
        await tx.appendUpdate('tx-doc', new Uint8Array([1]));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    expect(await store.events(space.id)).toEqual([event('kept')]);
    expect(await store.logSince(space.id, null)).toMatchObject({ mark: { seq: 1, version: 0 } });
    expect(await store.commandResult(space.id, 'lost')).toBeUndefined();
    expect(await store.userByNameKey('lostname')).toBeUndefined();
    expect((await store.lastSeqs(['tx-doc'])).get('tx-doc')).toBe(seqBefore);
  });

  it.runIf(engine.concurrent)('lets two transactions locking one space take turns, the second seeing the first’s write', async () => {
    const opener = await newUser(store);
    const space = await newSpace(store, opener.id);
    let firstHasLock!: () => void;
    const firstLocked = new Promise<void>((resolve) => (firstHasLock = resolve));
    let releaseFirst!: () => void;
    const firstMayCommit = new Promise<void>((resolve) => (releaseFirst = resolve));
    const order: string[] = [];

    const first = store.transaction(async (tx) => {
      await tx.lockSpace(space.id);
      firstHasLock();
      await firstMayCommit;
      const count = (await tx.events(space.id)).length;
      await tx.appendEvents(space.id, [event(`first saw ${count}`)]);
      order.push('first');
    });
    await firstLocked;
    const second = store.transaction(async (tx) => {
      await tx.lockSpace(space.id);
      order.push('second locked');
      const count = (await tx.events(space.id)).length;
      await tx.appendEvents(space.id, [event(`second saw ${count}`)]);
    });
    try {
      // The second is now waiting on the row lock (it cannot have passed it: the first holds it).
      await waitFor(async () => ((await opened.lockWaiters?.()) ?? 0) >= 1);
      expect(order).toEqual([]);
    } finally {
      releaseFirst();
      await Promise.all([first, second]);
    }
    expect(order).toEqual(['first', 'second locked']);
    expect(await store.events(space.id)).toEqual([event('first saw 0'), event('second saw 1')]);
  });

  it.runIf(engine.concurrent)('numbers concurrent updates of one document 1..N with no gap or repeat', async () => {
    const doc = id('doc');
    const n = 40;
    const seqs = await Promise.all(Array.from({ length: n }, (_, i) => store.appendUpdate(doc, new Uint8Array([i]))));
    expect([...seqs].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(await store.lastSeqs([doc])).toEqual(new Map([[doc, n]]));
    const loaded = await store.loadDoc(doc);
    expect(loaded.updates).toHaveLength(n);
    expect(loaded.lastSeq).toBe(n);
    // Interleaved with transactions that roll back, the numbers still have no gap.
    const mixed = await Promise.allSettled(
      Array.from({ length: 10 }, (_, i) =>
        i % 2 === 0
          ? store.appendUpdate(doc, new Uint8Array([i]))
          : store.transaction(async (tx) => {
              await tx.appendUpdate(doc, new Uint8Array([i]));
              throw new Error('rolled back');
            }),
      ),
    );
    const kept = mixed.flatMap((r) => (r.status === 'fulfilled' && typeof r.value === 'number' ? [r.value] : []));
    expect(kept.sort((a, b) => a - b)).toEqual([41, 42, 43, 44, 45]);
  });
});

async function waitFor(condition: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
