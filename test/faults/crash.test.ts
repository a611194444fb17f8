// Crash durability: the real server runs as a child process and is killed with SIGKILL at
// random moments while two members edit the together document and send commands. After each
// restart every acknowledged command is in the log exactly once, every marker either client
// typed is in the text exactly once, and both clients and the server hold the same document.
// `npm test` runs a short version; `npm run test:faults` (FAULTS_FULL=1) runs 200 kills.
// Replay a run with SEED=<n>; KILLS=<n> overrides the count.
import fs from 'node:fs';
import type * as Y from 'yjs';
import { afterAll, describe, expect, it } from 'vitest';
import { docName } from '../../shared/access.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY, LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { type ChildServer, childServer, freeFixedPort } from '../helpers/child-server.ts';
import { openSpacePair } from '../helpers/http.ts';
import { createRng, seedFor } from '../helpers/random.ts';
import { difference, settle, watchConnection } from '../helpers/replicas.ts';
import { openStored } from '../helpers/stored.ts';
import { connect, providerPool, whenSynced } from '../helpers/sync.ts';
import { CommandLedger, Commander, MarkerEditor, markersExactlyOnce, pause } from './workload.ts';

const FULL = process.env.FAULTS_FULL === '1';
const KILLS = Number.parseInt(process.env.KILLS ?? '', 10) || (FULL ? 200 : 6);
/** The kill comes at a random moment up to this long after the server (re)started. */
const MAX_KILL_DELAY_MS = 400;
/** Some kills come again before anyone resynced: a crash during recovery. */
const KILL_DURING_RECOVERY = 0.2;

let server: ChildServer | null = null;
const pool = providerPool();
afterAll(async () => {
  pool.destroyAll();
  await server?.kill();
});

const rules = (doc: Y.Doc) => doc.getText(GROUND_RULES_KEY).toString();
const logEvents = (doc: Y.Doc) => doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).toArray();

describe('crash durability', () => {
  it(`keeps every acknowledged command and every edit across ${KILLS} SIGKILLs`, { timeout: FULL ? 30 * 60_000 : 180_000 }, async () => {
    const startedAt = Date.now();
    const seed = seedFor('crash durability');
    const rng = createRng(seed);
    const killRng = rng.fork(0);
    // The commanders send as fast as the server answers: this is about durability, not the
    // per-person command limit (test/attacks/commands.test.ts), so that limit is lifted here.
    const s = childServer(await freeFixedPort(), {
      COMPACT_AFTER_UPDATES: '25',
      ROOM_IDLE_SECONDS: '2',
      COMMAND_BURST: '1000000',
      COMMANDS_PER_SECOND: '1000000',
    });
    server = s;
    await s.start();

    const { opener, invitee, spaceId } = await openSpacePair(s.url);
    const a = pool.connect(s.url, spaceId, 'together', opener.cookie);
    const b = pool.connect(s.url, spaceId, 'together', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    const stateOf = { a: watchConnection(a.provider), b: watchConnection(b.provider) };
    // A final close (44xx) would stop a stock client for good; nothing here should earn one.
    const refusals: string[] = [];
    for (const [who, { provider }] of [['a', a], ['b', b]] as const)
      provider.on('closed', (event: { code: number; reason: string }) => refusals.push(`${who}: ${event.code} ${event.reason}`));
    const editors = [new MarkerEditor('a', a.doc, rng.fork(1)), new MarkerEditor('b', b.doc, rng.fork(2))];
    const ledger = new CommandLedger(seed, spaceId);
    const commanders = [new Commander('a', opener, ledger, rng.fork(3)), new Commander('b', invitee, ledger, rng.fork(4))];
    const startActivity = () => [...editors, ...commanders].forEach((x) => x.start());
    const stopActivity = async () => {
      editors.forEach((e) => e.stop());
      await Promise.all(commanders.map((c) => c.stop()));
    };

    /** The log as a fresh member's client sees it. */
    const readLog = async () => {
      const log = connect(s.url, spaceId, 'log', opener.cookie);
      try {
        await whenSynced(log.provider);
        return logEvents(log.doc);
      } finally {
        log.provider.destroy();
      }
    };

    const verify = async () => {
      expect(refusals, 'final closes').toEqual([]);
      await ledger.resendPending();
      expect(ledger.difference(await readLog())).toBeNull();
      const made = new Set(editors.flatMap((e) => e.made));
      await settle(
        () =>
          !a.provider.synced || !b.provider.synced
            ? `a client has not resynced: a ${stateOf.a()}; b ${stateOf.b()}`
            : (difference(a.doc, b.doc, GROUND_RULES_KEY) ?? markersExactlyOnce(rules(a.doc), made)),
        15_000,
        'both clients to hold every marker',
      );
      // A fresh client holds exactly the server's copy.
      const observer = connect(s.url, spaceId, 'together', invitee.cookie);
      try {
        await whenSynced(observer.provider);
        await settle(() => difference(observer.doc, a.doc, GROUND_RULES_KEY), 5000, "the server's copy to match");
      } finally {
        observer.provider.destroy();
      }
    };

    let verified = 0;
    let duringRecovery = 0;
    for (let round = 0; round < KILLS; round++) {
      try {
        startActivity();
        await pause(killRng.int(0, MAX_KILL_DELAY_MS));
        await s.kill();
        await s.start();
        if (round < KILLS - 1 && killRng.chance(KILL_DURING_RECOVERY)) {
          duringRecovery++;
          continue;
        }
        await stopActivity();
        await verify();
        verified++;
      } catch (error) {
        await stopActivity();
        throw new Error(`SEED=${seed}, after kill ${round + 1} (data in ${s.dataDir}): ${error instanceof Error ? error.message : String(error)}`);
      }
    }

    // A clean stop, then the file itself: the documents and the SQL log, read back from disk.
    expect(await s.stop()).toBe(0);
    pool.destroyAll();
    const stored = openStored(s.sqliteFile);
    try {
      expect(difference(stored.doc(docName(spaceId, 'together')), a.doc, GROUND_RULES_KEY)).toBeNull();
      const sqlLog = stored.events(spaceId);
      expect(logEvents(stored.doc(docName(spaceId, 'log')))).toEqual(sqlLog);
      expect(ledger.difference(sqlLog)).toBeNull();
    } finally {
      stored.close();
    }
    expect(ledger.refused).toEqual([]);
    expect(s.errors).toEqual([]);
    // Kept on failure, for a look at the file.
    fs.rmSync(s.dataDir, { recursive: true, force: true });
    console.log(
      `crash durability: SEED=${seed} kills=${KILLS} (${duringRecovery} during recovery, ${verified} verified) ` +
        `edits=${editors.map((e) => e.made.length).join('+')} commands acked=${ledger.acked.size} (${ledger.sent} sends with retries) ` +
        `text=${rules(a.doc).length} chars in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
    );
  });
});
