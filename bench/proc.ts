// The parent side: starts a server under test as a child process with its own fresh data
// folder, talks to it over IPC, and reads what the kernel knows about it (/proc).
import { type ChildProcess, fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ChildStats, Request } from './servers/child.ts';
import { within } from './util.ts';

const here = path.dirname(fileURLToPath(import.meta.url));

export interface ServerProcess {
  name: string;
  pid: number;
  port: number;
  /** http://127.0.0.1:<port> */
  url: string;
  dataDir: string;
  gc(): Promise<void>;
  stats(): Promise<ChildStats>;
  resetLoop(): Promise<void>;
  /** Writes a V8 heap snapshot of the server to `file`. */
  heapSnapshot(file: string): Promise<void>;
  /** VmRSS of the process, in KiB, from /proc/<pid>/status. */
  rssKiB(): number;
  /** User + system CPU time of the process, in seconds, from /proc/<pid>/stat. */
  cpuSeconds(): number;
  /** Established TCP connections whose local end is the server's port (server side). */
  establishedConnections(): number;
  stop(): Promise<void>;
}

const CLOCK_TICKS = 100;

export async function startServerProcess(
  name: string,
  entry: string,
  dataDir: string,
  env: Record<string, string> = {},
  execArgv: string[] = [],
): Promise<ServerProcess> {
  fs.mkdirSync(dataDir, { recursive: true });
  const child: ChildProcess = fork(path.join(here, 'servers', entry), [], {
    execArgv: ['--expose-gc', '--import', 'tsx', ...execArgv],
    env: { ...process.env, ...env, BENCH_DATA_DIR: dataDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let nextId = 1;
  const pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();
  let exited = false;
  const exit = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exited = true;
      for (const p of pending.values()) p.reject(new Error(`${name} exited (${code ?? signal})`));
      pending.clear();
      resolve();
    }),
  );
  const ready = new Promise<number>((resolve, reject) => {
    child.on('message', (msg: { ready?: boolean; port?: number; id?: number; result?: unknown; error?: string }) => {
      if (msg.ready && msg.port) return resolve(msg.port);
      const p = msg.id === undefined ? undefined : pending.get(msg.id);
      if (!p || msg.id === undefined) return;
      pending.delete(msg.id);
      if (msg.error) p.reject(new Error(`${name}: ${msg.error}`));
      else p.resolve(msg.result);
    });
    void exit.then(() => reject(new Error(`${name} exited before it listened`)));
  });
  const port = await within(ready, 30_000, `${name} to start`);
  const pid = child.pid as number;

  const call = <T>(op: Request['op'], ms = 30_000, file?: string): Promise<T> => {
    if (exited) return Promise.reject(new Error(`${name} is not running`));
    const id = nextId++;
    const answer = new Promise<T>((resolve, reject) => pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    child.send({ id, op, file } satisfies Request);
    return within(answer, ms, `${name} to answer ${op}`);
  };

  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  return {
    name,
    pid,
    port,
    url: `http://127.0.0.1:${port}`,
    dataDir,
    gc: () => call<void>('gc'),
    stats: () => call<ChildStats>('stats'),
    resetLoop: () => call<void>('reset-loop'),
    heapSnapshot: (file) => call<void>('heap-snapshot', 120_000, file),
    rssKiB() {
      const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
      const m = /VmRSS:\s+(\d+) kB/.exec(status);
      return m ? Number(m[1]) : Number.NaN;
    },
    cpuSeconds() {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      // Fields after the command name (which is in parentheses and may hold spaces).
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    },
    establishedConnections() {
      let n = 0;
      for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
        let text = '';
        try {
          text = fs.readFileSync(table, 'utf8');
        } catch {
          continue;
        }
        for (const line of text.split('\n').slice(1)) {
          const cols = line.trim().split(/\s+/);
          if (cols.length < 4) continue;
          if ((cols[1] ?? '').endsWith(`:${hexPort}`) && cols[3] === '01') n++;
        }
      }
      return n;
    },
    async stop() {
      if (exited) return;
      try {
        await call<void>('stop', 15_000);
        // It exits right after answering (and writes its CPU profile then, with --profile).
        await within(exit, 15_000, `${name} to exit`);
      } catch {
        // fall through to the kill below
      }
      if (!exited) child.kill('SIGKILL');
      await within(exit, 10_000, `${name} to exit`);
    },
  };
}
