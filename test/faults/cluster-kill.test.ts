// SIGKILL of an instance in the middle of a burst of edits and commands from both friends, over
// and over (FAULTS_FULL=1, `npm run test:faults`: 50 kills; `npm test`: a few). Afterwards:
// every word the other friend ever saw and every command answered 200 is in PostgreSQL, each
// document's sequence numbers have no gaps, and the same two clients, never reloaded, reached
// another instance through HAProxy and hold the same text.
import pg from 'pg';
import * as Y from 'yjs';
import { expect, it } from 'vitest';
import { loadStored } from '../../server/sync/room.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY } from '../../shared/wire.ts';
import { useCluster } from '../helpers/cluster.ts';
import { type Person, signUp, uniqueName } from '../helpers/http.ts';
import { describeWith } from '../helpers/services.ts';
import { connect, providerPool, until, whenSynced } from '../helpers/sync.ts';

const FULL = process.env.FAULTS_FULL === '1';
const KILLS = FULL ? 50 : 4;
const EDITS_PER_BURST = 12;

const pool = providerPool();
/** JSON with sorted keys: PostgreSQL's JSONB keeps its own key order. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v) => (v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => x.localeCompare(y))) : v));

describeWith(['postgres', 'redis', 'haproxy'], 'instances killed in the middle of a burst', () => {
  const cluster = useCluster({ instances: 3 }, () => pool.destroyAll());

  it(`loses nothing anyone saw or was told was kept, over ${KILLS} kills`, async () => {
    const front = cluster().origin;
    const opener = await signUp(front, uniqueName('Alex'));
    const invitee = await signUp(front, uniqueName('Sam'));
    const opened = await opener.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Sam', note: 'Still here.' });
    const spaceId = opened.body.id;
    expect((await invitee.json('POST', `/api/invitations/${opened.body.inviteUrl.split('/invite/')[1]}`, { answer: 'join' })).status).toBe(200);

    const a = pool.adopt(connect(front, spaceId, 'together', opener.cookie));
    const b = pool.adopt(connect(front, spaceId, 'together', invitee.cookie));
    await Promise.all([whenSynced(a.provider, 30_000), whenSynced(b.provider, 30_000)]);
    const text = (doc: Y.Doc) => doc.getText(GROUND_RULES_KEY).toString();
    // Every token one friend ever saw from the other, read as their document changed.
    const seenBy = { a: new Set<string>(), b: new Set<string>() };
    const watch = (doc: Y.Doc, seen: Set<string>, mark: string) =>
      doc.on('update', () => {
        for (const token of text(doc).match(new RegExp(`${mark}\\d+;`, 'g')) ?? []) seen.add(token);
      });
    watch(b.doc, seenBy.b, 'A');
    watch(a.doc, seenBy.a, 'B');

    const answered: SpaceEvent[] = [];
    let commandCount = 0;
    const command = async (p: Person) => {
      const res = await p
        .request('POST', `/api/spaces/${spaceId}/commands`, { id: `kill-${++commandCount}-${process.pid}`, type: 'set-pace', pace: commandCount % 2 ? 'taking-time' : 'ready' })
        .catch(() => null);
      if (res?.status === 200) answered.push(...((await res.json()) as { events: SpaceEvent[] }).events);
      else await res?.arrayBuffer();
    };

    let token = 0;
    for (let kill = 0; kill < KILLS; kill++) {
      const victim = cluster().instances[kill % cluster().instances.length];
      if (!victim) throw new Error('no instance');
      const commands: Promise<void>[] = [];
      for (let i = 0; i < EDITS_PER_BURST; i++) {
        const t = ++token;
        a.doc.getText(GROUND_RULES_KEY).insert(0, `A${t};`);
        b.doc.getText(GROUND_RULES_KEY).insert(0, `B${t};`);
        commands.push(command(i % 2 ? opener : invitee));
        if (i === EDITS_PER_BURST / 2) await victim.kill();
        // Let the frames leave before the next edit, as a person typing would.
        await new Promise((resolve) => setImmediate(resolve));
      }
      await Promise.all(commands);
      await victim.start();
    }

    // Both clients, never recreated, come back through HAProxy and agree.
    await until(() => a.provider.wsconnected && b.provider.wsconnected && text(a.doc) === text(b.doc), 60_000, 'the two friends to agree again');
    for (let t = 1; t <= token; t++) {
      expect(text(a.doc)).toContain(`B${t};`);
      expect(text(b.doc)).toContain(`A${t};`);
    }

    const db = new pg.Client({ connectionString: cluster().db.url });
    await db.connect();
    try {
      // What PostgreSQL holds of the together document: snapshot and rows after it, gap-free.
      const name = `space/${spaceId}/together`;
      const snap = (await db.query<{ data: Buffer; upto_seq: string }>('SELECT data, upto_seq FROM doc_snapshots WHERE doc = $1', [name])).rows[0];
      const rows = (await db.query<{ data: Buffer; seq: string }>('SELECT data, seq FROM doc_updates WHERE doc = $1 ORDER BY seq', [name])).rows;
      const from = snap ? Number(snap.upto_seq) : 0;
      const seqs = rows.map((r) => Number(r.seq)).filter((s) => s > from);
      expect(seqs).toEqual(seqs.map((_, i) => from + 1 + i));
      const stored = loadStored({ snapshot: snap ? new Uint8Array(snap.data) : null, updates: rows.filter((r) => Number(r.seq) > from).map((r) => new Uint8Array(r.data)) });
      const storedText = text(stored);
      for (const t of seenBy.b) expect(storedText).toContain(t);
      for (const t of seenBy.a) expect(storedText).toContain(t);
      // Every command answered 200 is in the space's log.
      const log = (await db.query<{ event: string }>('SELECT event FROM space_events WHERE space_id = $1 ORDER BY seq', [spaceId])).rows.map((r) => canonical(JSON.parse(r.event)));
      for (const event of answered) expect(log).toContain(canonical(event));
      expect(answered.length).toBeGreaterThan(0);
    } finally {
      await db.end();
    }
    expect(cluster().errors().filter((e) => !e.includes('exited'))).toEqual([]);
  }, FULL ? 1_800_000 : 300_000);
});
