// One config for the client build (Vite + Solid) and for the test runner (Vitest).
import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

export default defineConfig({
  root: 'client',
  publicDir: false,
  // Tests run server and pure code in Node; the Solid plugin would make them resolve
  // packages' browser builds (it adds the 'browser' condition in test mode).
  plugins: process.env.VITEST ? [] : [solid()],
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
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: ['test/timing/**'], sequence: { groupOrder: 0 } } },
      // Tests that compare two timings of one run go last and alone: the rest of the suite
      // running beside them would be noise in one figure and not the other.
      { extends: true, test: { name: 'timing', include: ['test/timing/**/*.test.ts'], fileParallelism: false, sequence: { groupOrder: 1 } } },
    ],
  },
});
