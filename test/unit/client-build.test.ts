// `npm start` builds the client only when something it is made from changed (issue 12, target 7).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clientBuildIsStale } from '../../scripts/client-build.ts';

/** A project folder with one source file and, optionally, a build made at `builtAt`. */
function project(builtAt: number | null, sourceAt: number) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-build-'));
  fs.mkdirSync(path.join(root, 'client', 'pages'), { recursive: true });
  const source = path.join(root, 'client', 'pages', 'Home.tsx');
  fs.writeFileSync(source, 'export {};');
  fs.utimesSync(source, sourceAt, sourceAt);
  const out = path.join(root, 'dist', 'client');
  if (builtAt !== null) {
    fs.mkdirSync(out, { recursive: true });
    fs.writeFileSync(path.join(out, 'index.html'), '<!doctype html>');
    fs.utimesSync(path.join(out, 'index.html'), builtAt, builtAt);
  }
  return { root, out, source };
}

describe('clientBuildIsStale', () => {
  it('builds when there is no build yet', () => {
    const p = project(null, 1_000);
    expect(clientBuildIsStale(p.root, p.out)).toBe(true);
  });

  it('serves the build when nothing changed since it was made', () => {
    const p = project(2_000, 1_000);
    expect(clientBuildIsStale(p.root, p.out)).toBe(false);
  });

  it('builds again when a source, however deep, is newer than the build', () => {
    const p = project(2_000, 3_000);
    expect(clientBuildIsStale(p.root, p.out)).toBe(true);
  });

  it('builds again when the config changed, not only the code', () => {
    const p = project(2_000, 1_000);
    fs.writeFileSync(path.join(p.root, 'vite.config.ts'), 'export default {};');
    fs.utimesSync(path.join(p.root, 'vite.config.ts'), 3_000, 3_000);
    expect(clientBuildIsStale(p.root, p.out)).toBe(true);
  });
});
