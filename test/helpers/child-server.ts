// The real server as a child process (node with the tsx loader running server/main.ts), so a
// test can kill it with SIGKILL at any moment and start it again on the same port and data.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/services/ports.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ChildServer {
  readonly url: string;
  readonly dataDir: string;
  readonly sqliteFile: string;
  /** Error lines the server wrote (JSON), across every start. */
  readonly errors: string[];
  /** Starts the process and resolves once it listens. */
  start(): Promise<void>;
  /** SIGKILL: no handler runs, nothing is flushed. */
  kill(): Promise<void>;
  /** SIGTERM and a clean exit; resolves with the exit code. */
  stop(): Promise<number | null>;
}

const live = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of live) child.kill('SIGKILL');
});

/** A free port below the kernel's ephemeral range, so no outgoing socket takes it between restarts. */
export const freeFixedPort = freePort;

const exited = (child: ChildProcess): Promise<number | null> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve(child.exitCode)
    : new Promise((resolve) => child.once('exit', (code) => resolve(code)));

export function childServer(port: number, env: Record<string, string> = {}): ChildServer {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-faults-'));
  const url = `http://127.0.0.1:${port}`;
  const errors: string[] = [];
  let child: ChildProcess | null = null;
  /** Processes this helper is ending on purpose; any other exit is a crash worth reporting. */
  const ending = new WeakSet<ChildProcess>();

  const childEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    PUBLIC_ORIGIN: url,
    // Lighter hashing than production so sign-up is quick; same algorithm and code path.
    ARGON2_MEMORY_KIB: '4096',
    ARGON2_TIME_COST: '1',
    MEND_QUIET: '0',
    ...env,
  };

  return {
    url,
    dataDir,
    sqliteFile: path.join(dataDir, 'mend.sqlite'),
    errors,
    start() {
      if (child) throw new Error('already running');
      const proc = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
        cwd: ROOT,
        env: childEnv,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
      child = proc;
      live.add(proc);
      proc.once('exit', (code, signal) => {
        live.delete(proc);
        if (!ending.has(proc)) errors.push(`server exited on its own (${code ?? signal})`);
        if (child === proc) child = null;
      });
      const tail: string[] = [];
      return new Promise<void>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`server did not listen within 60 s:\n${tail.join('\n')}`)), 60_000);
        proc.once('exit', (code, signal) => {
          clearTimeout(timer);
          reject(new Error(`server exited (${code ?? signal}) before listening:\n${tail.join('\n')}`));
        });
        createInterface({ input: proc.stderr as NodeJS.ReadableStream }).on('line', (line) => {
          tail.push(line);
          if (tail.length > 20) tail.shift();
          if (line.includes('"level":"error"')) errors.push(line);
          if (line.includes('"msg":"listening"')) {
            clearTimeout(timer);
            resolve();
          }
        });
      });
    },
    async kill() {
      const proc = child;
      if (!proc) return;
      ending.add(proc);
      proc.kill('SIGKILL');
      await exited(proc);
      child = null;
    },
    async stop() {
      const proc = child;
      if (!proc) return null;
      ending.add(proc);
      proc.kill('SIGTERM');
      const code = await exited(proc);
      child = null;
      return code;
    },
  };
}
