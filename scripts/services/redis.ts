// A throwaway Redis for a cluster on one machine and for the tests: Debian's redis-server on
// loopback, without persistence (Mend's Redis only relays; it holds nothing worth keeping).
// It can be stopped and started again on the same port, as a restart in production would.
import { type ChildProcess, spawn } from 'node:child_process';
import { freePort, installed, waitForPort } from './ports.ts';

export interface RedisService {
  url: string;
  port: number;
  /** Stops the server (SIGKILL when `hard`), keeping the port for `start`. */
  stop(hard?: boolean): Promise<void>;
  start(): Promise<void>;
}

export const redisAvailable = (): boolean => installed('redis-server', '--version');

export async function startRedis(): Promise<RedisService> {
  const port = await freePort();
  let child: ChildProcess | null = null;
  const start = async () => {
    const proc = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--maxmemory-policy', 'noeviction', '--protected-mode', 'yes', '--loglevel', 'warning'],
      { stdio: 'ignore' },
    );
    child = proc;
    proc.once('exit', () => {
      if (child === proc) child = null;
    });
    await waitForPort(port);
  };
  const stop = async (hard = false) => {
    const proc = child;
    if (!proc) return;
    child = null;
    const exited = new Promise<void>((resolve) => proc.once('exit', () => resolve()));
    proc.kill(hard ? 'SIGKILL' : 'SIGTERM');
    await exited;
  };
  process.once('exit', () => child?.kill('SIGKILL'));
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, start, stop };
}
