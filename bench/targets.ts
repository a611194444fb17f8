// The servers under test. Each starts as a child process with a fresh data folder and hands
// out documents: for Mend, one space per pair made through the real HTTP API (two people sign
// up, one opens, the other joins), whose `together` document both may write; for the
// references, a plain document name (they have no accounts).
import os from 'node:os';
import path from 'node:path';
import { openSpacePair, type Person } from '../test/helpers/http.ts';
import type { TargetName } from './args.ts';
import { type BenchClient, hocuspocusClient, yWebsocketClient } from './clients.ts';
import { type ServerProcess, startServerProcess } from './proc.ts';
import { startMendCluster } from './cluster-target.ts';
import { mapLimit } from './util.ts';

export interface DocHandle {
  label: string;
  /** A new client for member 0 or 1 of this document. */
  connect(member: 0 | 1): BenchClient;
  /** Mend: clients for the space's other documents a member holds (the log, their notebook). */
  others?(member: 0 | 1): BenchClient[];
}

export interface MendSpace {
  id: string;
  members: [Person, Person];
}

export interface Target {
  name: TargetName;
  server: ServerProcess;
  /** Makes `n` documents ready for two clients each; `tag` keeps names apart between calls. */
  prepare(n: number, concurrency: number, tag: string): Promise<DocHandle[]>;
  /** Mend's spaces made by `prepare`, for the HTTP command phase. */
  spaces: MendSpace[];
  stop(): Promise<void>;
}

export interface TargetSettings {
  dataRoot: string;
  roomIdleSeconds: number;
  probe: boolean;
  /** When set, each server writes a V8 CPU profile of its whole life under this folder. */
  profileDir: string | undefined;
  /** Instances of the mend-cluster target. */
  instances: number;
}

export const profileArgs = (settings: TargetSettings, name: string) =>
  // One folder per server: the loader's worker thread writes a profile of its own beside the
  // main thread's (bench/profile-top.ts picks the busiest file of a folder).
  settings.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${path.join(settings.profileDir, name)}`] : [];

export async function startTarget(name: TargetName, settings: TargetSettings): Promise<Target> {
  const dataDir = path.join(settings.dataRoot, name);
  if (name === 'mend') return startMend(dataDir, settings);
  if (name === 'mend-cluster') return startMendCluster(dataDir, settings);
  const server = await startServerProcess(name, `${name}.ts`, dataDir, {}, profileArgs(settings, name));
  const wsUrl = server.url.replace(/^http/, 'ws');
  const client = (doc: string): BenchClient =>
    name === 'hocuspocus' ? hocuspocusClient(wsUrl, doc) : yWebsocketClient(wsUrl, doc);
  return {
    name,
    server,
    spaces: [],
    async prepare(n, _concurrency, tag) {
      return Array.from({ length: n }, (_, i) => {
        const doc = `${tag}-${i}`;
        return { label: doc, connect: () => client(doc) };
      });
    },
    stop: () => server.stop(),
  };
}

/** Mend's environment in the benchmark, for the single process and for each instance of a cluster. */
export const mendEnv = (dataDir: string, settings: TargetSettings): Record<string, string> => ({
  DATA_DIR: dataDir,
  HOST: '127.0.0.1',
  // The same algorithm and code path as production at a lighter cost: sign-up is set-up here.
  ARGON2_MEMORY_KIB: '4096',
  ARGON2_TIME_COST: '1',
  ROOM_IDLE_SECONDS: String(settings.roomIdleSeconds),
  SIGNIN_FAILURES_PER_ADDRESS: '1000000',
  // The command phase measures the referee at full speed, not the per-person limit.
  COMMAND_BURST: '1000000000',
  COMMANDS_PER_SECOND: '1000000000',
  // Set-up signs up two people a space from one address; the limit has its own tests.
  SIGNUP_BURST: '1000000000',
  // Every friend answers an invitation from this one address as well.
  INVITATION_ADDRESS_BURST: '1000000000',
  // The long-history phase sends 10,000 updates as two people as fast as it can: it measures
  // the server's write path, not the per-person budgets (test/attacks/ measures those).
  PERSON_FRAMES_PER_SECOND: '1000000000',
  PERSON_FRAME_BURST: '1000000000',
  PERSON_BYTES_PER_SECOND: '1000000000',
  PERSON_BYTE_BURST: '1000000000',
  PERSON_WORK_MS_PER_SECOND: '1000000000',
  PERSON_WORK_BURST_MS: '1000000000',
  BENCH_PROBE: settings.probe ? '1' : '0',
});

/**
 * Makes `n` spaces through Mend's HTTP API at `url` (two sign-ups, open, join) and hands out
 * sync clients; `wsBaseFor` says which server a member of the i-th space connects to.
 */
export async function prepareMendSpaces(
  url: string,
  n: number,
  concurrency: number,
  tag: string,
  wsBaseFor: (space: number, member: 0 | 1) => string,
): Promise<{ made: MendSpace[]; handles: DocHandle[] }> {
  const made = await mapLimit(
    Array.from({ length: n }, (_, i) => i),
    concurrency,
    async () => {
      const pair = await openSpacePair(url);
      return { id: pair.spaceId, members: [pair.opener, pair.invitee] as [Person, Person] };
    },
    Date.now() + Math.max(120_000, n * 200),
  );
  const handles = made.map((space, i) => ({
    label: `${tag}-${i}`,
    connect: (member: 0 | 1) =>
      yWebsocketClient(`${wsBaseFor(i, member)}/sync/spaces/${space.id}`, 'together', {
        cookie: space.members[member].cookie,
        origin: url,
      }),
    others: (member: 0 | 1) =>
      (['log', 'mine'] as const).map((kind) =>
        yWebsocketClient(`${wsBaseFor(i, member)}/sync/spaces/${space.id}`, kind, {
          cookie: space.members[member].cookie,
          origin: url,
        }),
      ),
  }));
  return { made, handles };
}

async function startMend(dataDir: string, settings: TargetSettings): Promise<Target> {
  const server = await startServerProcess('mend', 'mend.ts', dataDir, mendEnv(dataDir, settings), profileArgs(settings, 'mend'));
  const wsBase = server.url.replace(/^http/, 'ws');
  const spaces: MendSpace[] = [];
  return {
    name: 'mend',
    server,
    spaces,
    async prepare(n, concurrency, tag) {
      const { made, handles } = await prepareMendSpaces(server.url, n, concurrency, tag, () => wsBase);
      spaces.push(...made);
      return handles;
    },
    stop: () => server.stop(),
  };
}

export const defaultDataRoot = () => path.join(os.tmpdir(), `mend-bench-${process.pid}-${Date.now()}`);
