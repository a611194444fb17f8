// npm run bench:commands -- [--events N] [--commands N]: what one command costs on a space
// with a fresh log and on one with a long log (N events, 10,000 by default: years of use).
// A command should cost the same on day 1 and day 700; before the referee kept each space's
// folded state, it grew with the log.
//
// One process: a real server (startServer, SQLite in a temporary folder) and HTTP clients on
// the same loop, one command in flight at a time, so a figure is one command's whole trip.
// The long log is written the way the referee writes it (decided events, the SQL log and the
// Yjs log document in one transaction), in bulk, so setting up 10,000 events takes seconds.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { Actor } from '../shared/space/types.ts';
import { loadConfig } from '../server/config.ts';
import { startServer } from '../server/server.ts';
import { openSpacePair, type Person } from '../test/helpers/http.ts';
import { paceAt, seedLog } from '../test/helpers/seed.ts';
import { round, summarize, type Summary } from './stats.ts';

interface Options {
  events: number;
  commands: number;
}

function parse(argv: readonly string[]): Options {
  const o: Options = { events: 10_000, commands: 400 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=');
    const value = Number(inline ?? argv[++i]);
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} wants a whole number >= 1`);
    if (flag === '--events') o.events = value;
    else if (flag === '--commands') o.commands = value;
    else throw new Error(`unknown flag ${flag} (--events N, --commands N)`);
  }
  return o;
}

async function measure(members: [Person, Person], spaceId: string, count: number): Promise<Summary> {
  const latencies: number[] = [];
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    const member = i % 2 === 0 ? members[0] : members[1];
    const res = await member.request('POST', `/api/spaces/${spaceId}/commands`, {
      id: randomUUID(),
      type: 'set-pace',
      pace: paceAt(i),
    });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`command answered ${res.status}`);
    latencies.push(performance.now() - t0);
  }
  return summarize(latencies);
}

const opts = parse(process.argv.slice(2));
process.env.MEND_QUIET = '1';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-bench-commands-'));
const server = await startServer(
  {
    ...loadConfig({}),
    host: '127.0.0.1',
    dataDir,
    argon2: { memoryCost: 4096, timeCost: 1, parallelism: 1 },
    // What a command costs, not how many a person may send.
    commandLimit: { burst: 1e9, perSecond: 1e9 },
    // Four people sign up from this one address; the limit has its own tests.
    signUpLimit: { burst: 1e9, everyMs: 1 },
  },
  0,
);
const url = `http://127.0.0.1:${server.port}`;
server.deps.config.publicOrigin = url;
try {
  const fresh = await openSpacePair(url);
  const long = await openSpacePair(url);
  const actorOf = (p: Awaited<ReturnType<typeof openSpacePair>>['opener']): Actor => ({ id: p.me.id, name: p.me.name });
  const t0 = performance.now();
  await seedLog(server.deps, long.spaceId, [actorOf(long.opener), actorOf(long.invitee)], opts.events);
  const seededMs = performance.now() - t0;
  // A few commands first on each, so neither figure includes loading a room or warming the JIT.
  await measure([fresh.opener, fresh.invitee], fresh.spaceId, 20);
  await measure([long.opener, long.invitee], long.spaceId, 20);
  const results = {
    fresh: await measure([fresh.opener, fresh.invitee], fresh.spaceId, opts.commands),
    long: await measure([long.opener, long.invitee], long.spaceId, opts.commands),
  };
  const row = (label: string, s: Summary) =>
    `${label.padEnd(24)} p50 ${String(round(s.p50)).padStart(7)} ms   p99 ${String(round(s.p99)).padStart(7)} ms   mean ${String(round(s.mean)).padStart(7)} ms`;
  process.stdout.write(
    `${opts.commands} set-pace commands each, one at a time over HTTP (log of ${opts.events} events written in ${Math.round(seededMs)} ms)\n` +
      `${row('fresh space', results.fresh)}\n${row(`space with ${opts.events} events`, results.long)}\n`,
  );
} finally {
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
