// Three real instances on one PostgreSQL and one Redis, HAProxy in front. The two friends are
// connected to DIFFERENT instances on purpose: correctness must never depend on HAProxy's
// affinity. They see each other's edits, presence and accepted commands live; racing commands
// are decided once; access, sign-out and account deletion hold on every instance.
import fs from 'node:fs/promises';
import path from 'node:path';
import pg from 'pg';
import type * as Y from 'yjs';
import { afterEach, expect, it } from 'vitest';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { CloseCode, GROUND_RULES_KEY, LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { useCluster } from '../helpers/cluster.ts';
import { type Person, signUp, uniqueName } from '../helpers/http.ts';
import { describeWith } from '../helpers/services.ts';
import { connect as connectAt, providerPool, rawSocket, UpgradeRefused, until, whenClosed, whenSynced } from '../helpers/sync.ts';

const pool = providerPool();
afterEach(() => pool.destroyAll());

describeWith(['postgres', 'redis', 'haproxy'], 'several instances', () => {
  const cluster = useCluster({ instances: 3 }, () => pool.destroyAll());
  const url = (i: number) => cluster().instances[i]?.url as string;

  /** A pair who joined one space: the opener through instance `i`, the invitee through `j`. */
  async function pairAcross(i: number, j: number) {
    const opener = await signUp(url(i), uniqueName('Alex'), cluster().origin);
    const invitee = await signUp(url(j), uniqueName('Sam'), cluster().origin);
    const opened = await opener.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Sam', note: 'I miss our walks.' });
    expect(opened.status).toBe(201);
    const token = opened.body.inviteUrl.split('/invite/')[1] as string;
    expect((await invitee.json('POST', `/api/invitations/${token}`, { answer: 'join' })).status).toBe(200);
    return { opener, invitee, spaceId: opened.body.id };
  }

  const open = (p: Person, base: string, spaceId: string, room: string) => {
    const client = connectAt(base, spaceId, room, p.cookie, cluster().origin);
    pool.adopt(client);
    return client;
  };
  const textOf = (c: { doc: Y.Doc }) => c.doc.getText(GROUND_RULES_KEY).toString();
  const eventsOf = (c: { doc: Y.Doc }) => c.doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).toArray();
  let n = 0;
  const cmd = (p: Person, spaceId: string, body: Record<string, unknown>, id = `cluster-${process.pid}-${++n}`) =>
    p.json<{ events?: SpaceEvent[]; error?: { code: string; reason?: string } }>('POST', `/api/spaces/${spaceId}/commands`, { id, ...body });

  it('shows each friend the other\'s edits, presence and accepted commands across instances', async () => {
    const { opener, invitee, spaceId } = await pairAcross(0, 1);
    const a = open(opener, url(0), spaceId, 'together');
    const b = open(invitee, url(1), spaceId, 'together');
    const bLog = open(invitee, url(2), spaceId, 'log');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider), whenSynced(bLog.provider)]);

    a.doc.getText(GROUND_RULES_KEY).insert(0, 'We speak about today.');
    await until(() => textOf(b) === 'We speak about today.', 10_000, 'the opener\'s words on the other instance');
    b.doc.getText(GROUND_RULES_KEY).insert(0, 'Kindly. ');
    await until(() => textOf(a) === 'Kindly. We speak about today.', 10_000, 'the invitee\'s words back');

    a.provider.awareness.setLocalState({ here: true });
    await until(() => b.provider.awareness.getStates().has(a.doc.clientID), 10_000, 'the opener\'s presence on the other instance');
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toMatchObject({ here: true, user: { id: opener.me.id } });

    // The command goes to a third instance; the log on instance 2 hears it.
    const agreed = await cmd(opener.at(url(2)), spaceId, { type: 'agree-ground-rules', text: 'Kindly. We speak about today.' });
    expect(agreed.status).toBe(200);
    await until(() => eventsOf(bLog).some((e) => e.type === 'ground-rules-accepted'), 10_000, 'the accepted command in the log');
  });

  it('works the same through HAProxy', async () => {
    const { opener, invitee, spaceId } = await pairAcross(0, 2);
    const a = open(opener, cluster().origin, spaceId, 'together');
    const b = open(invitee, cluster().origin, spaceId, 'together');
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    a.doc.getText(GROUND_RULES_KEY).insert(0, 'Through the front door.');
    await until(() => textOf(b) === 'Through the front door.', 10_000, 'the words through HAProxy');
    const me = await invitee.at(cluster().origin).json<{ id: string }>('GET', '/api/me');
    expect(me.status).toBe(200);
  });

  it('decides racing commands once, whichever instances they reach', async () => {
    const { opener, invitee, spaceId } = await pairAcross(1, 2);
    const a = open(opener, url(0), spaceId, 'together');
    await whenSynced(a.provider);
    a.doc.getText(GROUND_RULES_KEY).insert(0, 'One at a time.');
    const b = open(invitee, url(1), spaceId, 'together');
    await until(() => textOf(b) === 'One at a time.', 10_000, 'the ground rules everywhere');
    // Both friends agree at once through two instances; the same retried id goes to a third.
    const agreeA = { type: 'agree-ground-rules', text: 'One at a time.' };
    const [x, y, z] = await Promise.all([
      cmd(opener.at(url(0)), spaceId, agreeA, 'race-a-cluster'),
      cmd(invitee.at(url(1)), spaceId, agreeA, 'race-b-cluster'),
      cmd(invitee.at(url(2)), spaceId, agreeA, 'race-b-cluster'),
    ]);
    expect([x.status, y.status, z.status], JSON.stringify([x.body, y.body, z.body])).toEqual([200, 200, 200]);
    // The retried id got the very events its first delivery produced, from another instance.
    expect(z.body.events).toEqual(y.body.events);
    const log = open(opener, url(2), spaceId, 'log');
    await whenSynced(log.provider);
    await until(() => eventsOf(log).filter((e) => e.type === 'prompt-opened').length > 0, 10_000, 'the first prompt');
    const events = eventsOf(log);
    expect(events.filter((e) => e.type === 'ground-rules-accepted')).toHaveLength(2);
    expect(events.filter((e) => e.type === 'ground-rules-agreed')).toHaveLength(1);
    expect(events.filter((e) => e.type === 'prompt-opened')).toHaveLength(1);
    // And PostgreSQL holds the same log, in one order, with no gaps in the document's sequence.
    const db = new pg.Client({ connectionString: cluster().db.url });
    await db.connect();
    try {
      const seqs = (await db.query<{ seq: string }>('SELECT seq FROM doc_updates WHERE doc = $1 ORDER BY seq', [`space/${spaceId}/log`])).rows.map((r) => Number(r.seq));
      expect(seqs.length).toBeGreaterThan(0);
      expect(seqs).toEqual(seqs.map((_, i) => (seqs[0] as number) + i));
    } finally {
      await db.end();
    }
  });

  it('refuses a third person and a foreign Origin on every instance', async () => {
    const { opener, spaceId } = await pairAcross(0, 1);
    const stranger = await signUp(url(2), uniqueName('Stranger'), cluster().origin);
    for (let i = 0; i < 3; i++) {
      const third = rawSocket(url(i), spaceId, 'together', stranger.cookie, cluster().origin);
      await expect(third.opened.then(() => third.closed)).resolves.toMatchObject({ code: CloseCode.forbidden });
      const foreign = rawSocket(url(i), spaceId, 'together', opener.cookie, 'https://elsewhere.example');
      await expect(foreign.opened).rejects.toBeInstanceOf(UpgradeRefused);
      expect((await stranger.at(url(i)).json('GET', `/api/spaces/${spaceId}`)).status).toBe(404);
    }
  });

  it('closes a person\'s sockets on every instance when they sign out on one', async () => {
    const { opener, spaceId } = await pairAcross(0, 1);
    const sockets = [open(opener, url(1), spaceId, 'together'), open(opener, url(2), spaceId, 'log')];
    await Promise.all(sockets.map((s) => whenSynced(s.provider)));
    const closes = sockets.map((s) => whenClosed(s.provider, 10_000));
    expect((await opener.at(url(0)).request('DELETE', '/api/sessions/current')).status).toBeLessThan(300);
    for (const closed of await Promise.all(closes)) expect(closed.code).toBe(CloseCode.signedOut);
  });

  it('erases a deleted account\'s words from PostgreSQL and closes its sockets everywhere', async () => {
    const { opener, invitee, spaceId } = await pairAcross(0, 1);
    const words = `only-${process.pid}-mine-${Date.now()}`;
    const a = open(opener, url(1), spaceId, 'together');
    const mine = open(opener, url(2), spaceId, 'mine');
    const b = open(invitee, url(2), spaceId, 'together');
    await Promise.all([a, mine, b].map((c) => whenSynced(c.provider)));
    a.doc.getText(GROUND_RULES_KEY).insert(0, `${words} together`);
    const db = new pg.Client({ connectionString: cluster().db.url });
    await db.connect();
    mine.doc.getText('draft:share').insert(0, `${words} private`);
    await until(() => textOf(b).includes(words), 10_000, 'the words to be shared');
    // The private draft is stored too (a refused update would have closed its socket).
    await until(async () => (await db.query('SELECT 1 FROM doc_updates WHERE doc = $1', [`space/${spaceId}/mine/${opener.me.id}`])).rowCount === 1, 10_000, 'the draft to be stored');
    try {
      const tables = (await db.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")).rows.map((r) => r.table_name);
      const hex = Buffer.from(words).toString('hex');
      /** Tables whose rows hold the words, as text or inside a binary Yjs update. */
      const holding = async () => {
        const found: string[] = [];
        for (const table of tables) {
          const hit = await db.query(`SELECT 1 FROM ${pg.escapeIdentifier(table)} t WHERE position($1 in t::text) > 0 OR position($2 in t::text) > 0 LIMIT 1`, [words, hex]);
          if (hit.rowCount) found.push(table);
        }
        return found;
      };
      /** Tables whose files on disk still hold the bytes (deleted rows stay in the heap until rewritten). */
      const dataDir = (await db.query<{ data_directory: string }>('SHOW data_directory')).rows[0]?.data_directory as string;
      const inFiles = async () => {
        const found: string[] = [];
        for (const table of tables) {
          const file = (await db.query<{ p: string | null }>('SELECT pg_relation_filepath($1) AS p', [table])).rows[0]?.p;
          const bytes = file ? await fs.readFile(path.join(dataDir, file)).catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
          if (bytes.includes(Buffer.from(words))) found.push(table);
        }
        return found;
      };
      await db.query('CHECKPOINT');
      expect(await holding()).not.toEqual([]);
      expect(await inFiles()).not.toEqual([]);
      const closes = [whenClosed(a.provider, 10_000), whenClosed(mine.provider, 10_000)];
      const res = await opener.at(url(0)).request('DELETE', '/api/accounts/me', { password: 'a long enough password' });
      expect(res.status).toBeLessThan(300);
      await Promise.all(closes);
      expect(await holding()).toEqual([]);
      // VACUUM FULL rewrote the tables, and the checkpoint put them on disk: the bytes are gone.
      await db.query('CHECKPOINT');
      expect(await inFiles()).toEqual([]);
      // The invitee's copy on another instance no longer shows the deleted person's words either.
      await until(() => !textOf(b).includes(words), 10_000, 'the words to leave the other instance');
    } finally {
      await db.end();
    }
  });
});
