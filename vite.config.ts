// One config for the client build (Vite + Solid) and for the test runner (Vitest).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import solid from 'vite-plugin-solid';

/** Every file under `dir`, as paths relative to it with forward slashes, sorted. */
function filesUnder(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  }).sort();
}

/** Built chunks of content/<lang>/checks/model*.json. */
const ON_USE_CHUNK = /^assets\/(\w+-)?model-[\w-]+\.js$/;

/**
 * Writes /sw.js once the client is built: client/service-worker.js with the list of the app
 * shell's files and a version made from their contents, so every build that changes a byte
 * gets a new worker and a new cache.
 */
function serviceWorker(): Plugin {
  let outDir = '';
  let root = '';
  return {
    name: 'mend-service-worker',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const files = filesUnder(outDir).filter((f) => f !== 'sw.js');
      const hash = createHash('sha256');
      for (const f of files) hash.update(f).update('\0').update(fs.readFileSync(path.join(outDir, f)));
      const version = hash.digest('hex').slice(0, 16);
      // The checks' trained models (one chunk per language, the largest files built) are kept
      // when first used, not fetched for every language on install.
      const onUse = files.filter((f) => ON_USE_CHUNK.test(f)).map((f) => `/${f}`);
      const shell = ['/', ...files.filter((f) => f !== 'index.html' && !ON_USE_CHUNK.test(f)).map((f) => `/${f}`)];
      const source = fs.readFileSync(path.join(root, 'service-worker.js'), 'utf8')
        .replace("'MEND_VERSION'", JSON.stringify(version))
        .replace("JSON.parse('MEND_SHELL')", JSON.stringify(shell))
        .replace("JSON.parse('MEND_ON_USE')", JSON.stringify(onUse));
      fs.writeFileSync(path.join(outDir, 'sw.js'), source);
    },
  };
}

export default defineConfig({
  root: 'client',
  // client/public: the manifest and icons, copied as they are.
  publicDir: 'public',
  // Tests run server and pure code in Node; the Solid plugin would make them resolve
  // packages' browser builds (it adds the 'browser' condition in test mode).
  plugins: process.env.VITEST ? [] : [solid(), serviceWorker()],
  build: {
    outDir: '../dist/client',
    emptyOutDir: true,
    target: 'es2022',
  },
  test: {
    root: '.',
    environment: 'node',
    // Browser and server tests start real processes; give them room on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: ['default'],
    // One PostgreSQL for the whole run when its binaries are installed (test/services-setup.ts).
    globalSetup: ['test/services-setup.ts'],
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: ['test/timing/**'], sequence: { groupOrder: 0 } } },
      // Tests that compare two timings of one run go last and alone: the rest of the suite
      // running beside them would be noise in one figure and not the other.
      { extends: true, test: { name: 'timing', include: ['test/timing/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
