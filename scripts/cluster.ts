// `npm run cluster`: Mend as several instances on one machine, for trying the multi-instance
// mode out: a throwaway PostgreSQL, Redis and HAProxy under a temporary folder, N instances
// behind HAProxy. Prints the URL; Ctrl-C stops everything and removes the folder.
//   npm run cluster                 three instances on http://localhost:8080
//   npm run cluster -- --instances 5 --port 9000
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureClientBuilt } from './client-build.ts';
import { startHaproxy } from './services/haproxy.ts';
import { freePort } from './services/ports.ts';
import { startPostgres } from './services/postgres.ts';
import { startRedis } from './services/redis.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: { instances: { type: 'string', default: '3' }, port: { type: 'string', default: '8080' } } });
const count = Number.parseInt(values.instances ?? '3', 10);
const port = Number.parseInt(values.port ?? '8080', 10);
if (!(count >= 1 && count <= 16) || !(port > 0 && port < 65536)) {
  console.error('usage: npm run cluster -- [--instances 1..16] [--port N]');
  process.exit(2);
}

const say = (line: string) => process.stdout.write(`${line}\n`);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-cluster-'));
const stops: (() => Promise<unknown>)[] = [];
const instances: ChildProcess[] = [];
let stopping = false;

async function stopAll(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    say('\nStopping...');
    for (const child of instances) child.kill('SIGTERM');
    await Promise.all(instances.map((c) => (c.exitCode === null ? new Promise((r) => c.once('exit', r)) : null)));
    for (const stop of stops.reverse()) await stop().catch(() => {});
    fs.rmSync(folder, { recursive: true, force: true });
  }
  process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

function startInstance(n: number, instancePort: number, env: Record<string, string>): Promise<void> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(instancePort), HOST: '127.0.0.1' },
    stdio: ['ignore', 'inherit', 'pipe'],
  });
  instances.push(child);
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      if (!stopping) reject(new Error(`instance ${n} exited (${code})`));
    });
    createInterface({ input: child.stderr as NodeJS.ReadableStream }).on('line', (line) => {
      process.stderr.write(`[mend${n}] ${line}\n`);
      if (line.includes('"msg":"listening"')) resolve();
    });
  });
}

try {
  say(`Starting PostgreSQL, Redis and ${count} instances of Mend behind HAProxy (in ${folder})`);
  ensureClientBuilt(ROOT);
  // A folder of its own: as root, PostgreSQL runs as the postgres account, which must own it.
  const postgres = await startPostgres();
  stops.push(() => postgres.stop());
  const redis = await startRedis();
  stops.push(() => redis.stop());
  const publicOrigin = `http://localhost:${port}`;
  const ports = await Promise.all(Array.from({ length: count }, () => freePort()));
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    // Shared by the instances: the key that signs device cookies must be the same on each.
    DATA_DIR: path.join(folder, 'data'),
    PUBLIC_ORIGIN: publicOrigin,
    EXTRA_ORIGINS: `http://127.0.0.1:${port}`,
    // HAProxy appends the client's address to X-Forwarded-For.
    TRUST_PROXY: '1',
  };
  // The first instance applies the migrations; the others then start together.
  await startInstance(1, ports[0] as number, env);
  await Promise.all(ports.slice(1).map((p, i) => startInstance(i + 2, p, env)));
  const haproxy = await startHaproxy(ports, port);
  stops.push(() => haproxy.stop());
  say(`\nMend is running on ${publicOrigin} (${count} instances: ${ports.join(', ')}). Ctrl-C stops everything.`);
} catch (error) {
  console.error(`The cluster did not start: ${(error as Error).message}`);
  await stopAll(1);
}
