// Builds the client only when its sources changed since the last build, so that a second
// `npm start` with nothing changed serves the existing build and listens in a few seconds
// (issue 12, target 7). Run directly, it builds if needed; tests import ensureClientBuilt().
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** What the built client is made from: a change to any of them means building again. */
export const CLIENT_SOURCES = ['client', 'content', 'shared', 'vite.config.ts', 'package.json', 'package-lock.json'];

const newestIn = (p: string): number => {
  if (!fs.existsSync(p)) return 0;
  const stat = fs.statSync(p);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs.readdirSync(p).reduce((max, name) => Math.max(max, newestIn(path.join(p, name))), 0);
};

/** True when there is no build in `outDir`, or a source under `root` is newer than it. */
export function clientBuildIsStale(root: string, outDir: string, sources: readonly string[] = CLIENT_SOURCES): boolean {
  const index = path.join(outDir, 'index.html');
  if (!fs.existsSync(index)) return true;
  const built = fs.statSync(index).mtimeMs;
  return sources.some((s) => newestIn(path.join(root, s)) > built);
}

/** The built client; (re)built here when missing or older than its sources. */
export function ensureClientBuilt(root = process.cwd()): string {
  const dir = path.resolve(root, 'dist/client');
  if (clientBuildIsStale(root, dir)) {
    // Without VITEST, or vite.config.ts leaves out the Solid plugin it uses only for builds; and
    // as production, since the test runner's NODE_ENV=test would make import.meta.env.PROD false
    // and leave out the service worker's registration.
    const { VITEST: _vitest, ...env } = process.env;
    execFileSync('npx', ['vite', 'build'], { stdio: 'inherit', env: { ...env, NODE_ENV: 'production' }, cwd: root });
  }
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = ensureClientBuilt();
  console.log(`client ready in ${path.relative(process.cwd(), dir)}`);
}
