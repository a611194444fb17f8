// HAProxy in front of several Mend instances on one machine: the configuration a person adapts
// for several machines is deploy/haproxy.cfg; this writes the same file with loopback addresses.
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, installed, waitForPort } from './ports.ts';

const TEMPLATE = fileURLToPath(new URL('../../deploy/haproxy.cfg', import.meta.url));

export interface HaproxyService {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export const haproxyAvailable = (): boolean => installed('haproxy', '-v');

/** The deploy template with its frontend on `port` and one `server` line per instance port. */
export function haproxyConfig(port: number, instancePorts: readonly number[]): string {
  const template = fs.readFileSync(TEMPLATE, 'utf8');
  const servers = instancePorts.map((p, i) => `  server mend${i + 1} 127.0.0.1:${p} check inter 1s fall 2 rise 2`).join('\n');
  return template
    // Two descriptors per connection must fit this machine's open-file limit (often 20,000 here).
    .replace(/^\s*maxconn .*$/m, '  maxconn 9000')
    .replace(/^\s*bind .*$/m, `  bind 127.0.0.1:${port}`)
    .replace(/^\s*# servers[\s\S]*?# end servers$/m, `  # servers\n${servers}\n  # end servers`);
}

export async function startHaproxy(instancePorts: readonly number[], port?: number): Promise<HaproxyService> {
  const listen = port ?? (await freePort());
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-haproxy-'));
  const file = path.join(dir, 'haproxy.cfg');
  fs.writeFileSync(file, haproxyConfig(listen, instancePorts));
  // -db: stay in the foreground, so the process is ours to stop.
  const child: ChildProcess = spawn('haproxy', ['-db', '-f', file], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    said = (said + chunk.toString()).slice(-2000);
  });
  const early = new Promise<never>((_, reject) => child.once('exit', (code) => reject(new Error(`haproxy exited (${code}): ${said}`))));
  await Promise.race([waitForPort(listen), early]);
  early.catch(() => {});
  process.once('exit', () => child.kill('SIGKILL'));
  return {
    url: `http://127.0.0.1:${listen}`,
    port: listen,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGTERM');
        await exited;
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
