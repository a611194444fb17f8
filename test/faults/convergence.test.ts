// Convergence fuzz through the server: seeded random inserts and deletes on the together
// document (both members, one of them on two devices) and on each member's private document
// (two devices each), random disconnects and reconnects, and server restarts. At quiescence
// every replica holds the same text and state vector, and so do a fresh client and the
// server's stored copy. Replay with SEED=<n>; FAULTS_FULL=1 runs longer.
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { createFrameBudget, FRAME_BURST, FRAMES_PER_SECOND, type FrameBudget } from '../../server/sync/frame-budget.ts';
import { docName } from '../../shared/access.ts';
import { GROUND_RULES_KEY } from '../../shared/wire.ts';
import { freeFixedPort } from '../helpers/child-server.ts';
import { openSpacePair } from '../helpers/http.ts';
import { createRng, type Rng, seedFor } from '../helpers/random.ts';
import { difference, rebuild, settle } from '../helpers/replicas.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { connect, providerPool, whenSynced } from '../helpers/sync.ts';

const FULL = process.env.FAULTS_FULL === '1';
const EPOCHS = FULL ? 20 : 4;
const OPS_PER_EPOCH = FULL ? 600 : 250;
const SETTINGS = { compactAfterUpdates: 10 };

interface Replica {
  label: string;
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Keeps this replica under the server's frame budget, as a person typing would be. */
  pace: FrameBudget;
  /** Final closes (44xx) the server sent it; a fuzz that stays under the limits hears none. */
  refusals: string[];
}

interface Group {
  room: 'together' | 'mine';
  docName: string;
  key: string;
  /** The cookie of someone who may read this document, for a fresh client. */
  readerCookie: string;
  replicas: Replica[];
}

let server: TestServer | null = null;
const pool = providerPool();
afterAll(async () => {
  pool.destroyAll();
  await server?.close();
});

const ALPHABET = 'abcdefghij klmnop\n';
const randomText = (rng: Rng) => Array.from({ length: rng.int(1, 9) }, () => rng.pick([...ALPHABET])).join('');

/** One random insert or delete on a replica's text, once its typing pace allows a frame. */
async function edit(rng: Rng, replica: Replica, key: string): Promise<void> {
  while (!replica.pace.take()) await new Promise((resolve) => setTimeout(resolve, 5));
  const text = replica.doc.getText(key);
  if (text.length > 0 && rng.chance(0.35)) {
    const at = rng.int(0, text.length);
    text.delete(at, rng.int(1, Math.min(12, text.length - at) + 1));
  } else text.insert(rng.int(0, text.length + 1), randomText(rng));
}

/**
 * Lets the event loop run a few rounds of I/O, so messages interleave with the next edits;
 * now and then a few milliseconds pass, so edits cross on the wire (workload pacing, not a wait).
 */
async function yieldTurns(rng: Rng): Promise<void> {
  if (rng.chance(0.1)) return new Promise((resolve) => setTimeout(resolve, rng.int(1, 8)));
  for (let i = rng.int(0, 4); i > 0; i--) await new Promise((resolve) => setImmediate(resolve));
}

describe('convergence through the server', () => {
  it('every replica, a fresh client and the stored copy end identical', { timeout: FULL ? 10 * 60_000 : 60_000 }, async () => {
    const startedAt = Date.now();
    const seed = seedFor('convergence fuzz');
    const rng = createRng(seed);
    const port = await freeFixedPort();
    let s: TestServer | null = await startTestServer(SETTINGS, undefined, port);
    server = s;
    const { dataDir, url } = s;
    const up = async () => (s = server = await startTestServer(SETTINGS, dataDir, port));
    const down = async () => {
      await s?.close();
      s = server = null;
    };
    const { opener, invitee, spaceId } = await openSpacePair(url);

    const replica = (label: string, room: string, cookie: string): Replica => {
      const { doc, provider } = pool.connect(url, spaceId, room, cookie);
      const refusals: string[] = [];
      provider.on('closed', (event: { code: number; reason: string }) => refusals.push(`${event.code} ${event.reason}`));
      // Below the server's 60 frames a second, with room for sync and presence frames.
      return { label, doc, provider, refusals, pace: createFrameBudget(FRAMES_PER_SECOND * 0.75, FRAME_BURST / 2) };
    };
    const groups: Group[] = [
      {
        room: 'together',
        docName: docName(spaceId, 'together'),
        key: GROUND_RULES_KEY,
        readerCookie: invitee.cookie,
        replicas: [replica('alex', 'together', opener.cookie), replica('sam', 'together', invitee.cookie), replica('sam-phone', 'together', invitee.cookie)],
      },
      {
        room: 'mine',
        docName: docName(spaceId, 'mine', opener.me.id),
        key: 'draft:reflection',
        readerCookie: opener.cookie,
        replicas: [replica('alex-laptop', 'mine', opener.cookie), replica('alex-phone', 'mine', opener.cookie)],
      },
      {
        room: 'mine',
        docName: docName(spaceId, 'mine', invitee.me.id),
        key: 'draft:reflection',
        readerCookie: invitee.cookie,
        replicas: [replica('sam-laptop', 'mine', invitee.cookie), replica('sam-phone', 'mine', invitee.cookie)],
      },
    ];
    const all = groups.flatMap((g) => g.replicas.map((r) => ({ group: g, r })));
    await Promise.all(all.map(({ r }) => whenSynced(r.provider)));

    const counts = { edits: 0, disconnects: 0, restarts: 0 };
    const quiesce = async (epoch: number) => {
      const live = s ?? (await up());
      for (const { r } of all) if (!r.provider.shouldConnect) r.provider.connect();
      expect(all.flatMap(({ r }) => r.refusals.map((x) => `${r.label}: ${x}`)), 'final closes').toEqual([]);
      for (const g of groups) {
        const [first, ...rest] = g.replicas as [Replica, ...Replica[]];
        const why = () => g.replicas.find((r) => !r.provider.synced)?.label ?? null;
        await settle(() => (why() ? `${why()} has not synced` : (rest.map((r) => difference(first.doc, r.doc, g.key)).find((d) => d) ?? null)), 15_000, `epoch ${epoch}: ${g.docName} replicas to converge`);
        const fresh = connect(url, spaceId, g.room, g.readerCookie);
        try {
          await whenSynced(fresh.provider);
          expect(difference(fresh.doc, first.doc, g.key), `a fresh client of ${g.docName}`).toBeNull();
        } finally {
          fresh.provider.destroy();
        }
        const stored = (await live.deps.store.loadDoc(g.docName));
        expect(difference(rebuild(stored.snapshot, stored.updates), first.doc, g.key), `the stored ${g.docName}`).toBeNull();
        expect(difference((await live.deps.rooms.room(g.docName)).doc, first.doc, g.key), `the server's live ${g.docName}`).toBeNull();
      }
    };

    for (let epoch = 0; epoch < EPOCHS; epoch++) {
      try {
        for (let op = 0; op < OPS_PER_EPOCH; op++) {
          const roll = rng.next();
          if (roll < 0.75) {
            const { group, r } = rng.pick(all);
            await edit(rng, r, group.key);
            counts.edits++;
          } else if (roll < 0.95) {
            const { r } = rng.pick(all);
            if (r.provider.shouldConnect) {
              r.provider.disconnect();
              counts.disconnects++;
            } else r.provider.connect();
          } else if (s && roll < 0.96) {
            // Down for a while: the next operations edit offline.
            await down();
            counts.restarts++;
          } else if (!s && roll > 0.97) await up();
          await yieldTurns(rng);
        }
        await quiesce(epoch);
      } catch (error) {
        throw new Error(`SEED=${seed}, epoch ${epoch}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    console.log(
      `convergence fuzz: SEED=${seed} epochs=${EPOCHS} edits=${counts.edits} disconnects=${counts.disconnects} ` +
        `restarts=${counts.restarts} replicas=${all.length} in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
  });
});
