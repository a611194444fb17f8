// A throwaway PostgreSQL for tests and for a cluster on one machine, made from Debian's
// binaries (apt-get install -y postgresql): its own data folder, a free port on 127.0.0.1 only,
// its socket in the same folder, trust authentication (nothing but this machine can reach it),
// fsync on so it behaves as a real one would. initdb refuses to run as root, so as root the
// binaries run as the postgres account, which then owns the folder.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Where Debian puts each major version's binaries; MEND_PG_ROOT points elsewhere (or nowhere, to try a run without). */
const ROOT_DIR = process.env.MEND_PG_ROOT ?? '/usr/lib/postgresql';

/** The bin folder of the newest PostgreSQL installed, or undefined. */
export function pgBinDir(): string | undefined {
  let versions: string[];
  try {
    versions = fs.readdirSync(ROOT_DIR);
  } catch {
    return undefined;
  }
  const usable = versions
    .filter((v) => /^\d+(\.\d+)?$/.test(v))
    .sort((a, b) => Number(b) - Number(a))
    .map((v) => path.join(ROOT_DIR, v, 'bin'))
    .filter((bin) => ['initdb', 'pg_ctl', 'postgres'].every((tool) => fs.existsSync(path.join(bin, tool))));
  return usable[0];
}

const asRoot = () => process.getuid?.() === 0;

/** Whether startPostgres can work here: the binaries, and as root an account to run them. */
export function pgAvailable(): boolean {
  if (pgBinDir() === undefined) return false;
  if (!asRoot()) return true;
  try {
    return fs.readFileSync('/etc/passwd', 'utf8').split('\n').some((line) => line.startsWith('postgres:'));
  } catch {
    return false;
  }
}

/** How to get the binaries, for the one line printed when they are missing. */
export const PG_INSTALL_HINT = 'apt-get install -y postgresql';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function tool(bin: string, name: string, args: string[]): Promise<void> {
  const file = path.join(bin, name);
  if (asRoot()) await run('runuser', ['-u', 'postgres', '--', file, ...args]);
  else await run(file, args);
}

export interface RunningPostgres {
  /** postgres://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** Stops the server but keeps its folder and port, as an outage would (tests of one). */
  halt(): Promise<void>;
  /** Starts a halted server again on the same port and data. */
  resume(): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Starts a PostgreSQL in `dir` (a new temporary folder by default; created if missing) and
 * resolves once it accepts connections. stop() shuts it down and removes the folder.
 */
export async function startPostgres(dir?: string): Promise<RunningPostgres> {
  const bin = pgBinDir();
  if (!bin) throw new Error(`PostgreSQL's binaries are not installed (${PG_INSTALL_HINT}).`);
  const home = dir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'mend-pg-'));
  fs.mkdirSync(home, { recursive: true, mode: 0o700 });
  const data = path.join(home, 'data');
  const logFile = path.join(home, 'postgres.log');
  if (asRoot()) await run('chown', ['-R', 'postgres:postgres', home]);
  const remove = () => fs.rmSync(home, { recursive: true, force: true });
  try {
    // --no-sync only for initdb's own files: the server below runs with fsync on.
    await tool(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C', '--no-sync']);
    // A port found free can be taken before the server binds it; try again with another.
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const settings = [`-c port=${port}`, "-c listen_addresses='127.0.0.1'", `-c unix_socket_directories='${home}'`, '-c fsync=on'].join(' ');
      try {
        await tool(bin, 'pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', logFile, '-o', settings]);
      } catch (error) {
        if (attempt < 3) continue;
        const log = fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-2000) : '';
        throw new Error(`PostgreSQL did not start: ${error instanceof Error ? error.message : String(error)}\n${log}`);
      }
      let stopped = false;
      let halted = false;
      return {
        url: `postgres://postgres@127.0.0.1:${port}/postgres`,
        port,
        async halt() {
          if (halted || stopped) return;
          await tool(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
          halted = true;
        },
        async resume() {
          if (!halted || stopped) return;
          await tool(bin, 'pg_ctl', ['start', '-D', data, '-w', '-t', '60', '-l', logFile, '-o', settings]);
          halted = false;
        },
        async stop() {
          if (stopped) return;
          stopped = true;
          if (halted) return remove();
          try {
            await tool(bin, 'pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w']);
          } finally {
            remove();
          }
        },
      };
    }
  } catch (error) {
    remove();
    throw error;
  }
}

// `npx tsx scripts/services/postgres.ts`: a PostgreSQL for a cluster on this machine, until Ctrl-C.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const running = await startPostgres();
  console.log(running.url);
  // Signal handlers alone do not keep Node running; this timer does, until a signal stops it.
  const alive = setInterval(() => undefined, 1 << 30);
  const stop = () => {
    clearInterval(alive);
    void running.stop().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
