// The data folder holds everyone's words: other accounts on the machine must not read it.
// The folder is made 0700 and the SQLite file with its WAL and shared-memory files 0600,
// whatever the umask, and a file left 0644 by an older version is tightened on start.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signUp } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;
const sqliteFiles = (dir: string) => ['mend.sqlite', 'mend.sqlite-wal', 'mend.sqlite-shm'].map((f) => path.join(dir, f));
/** The key that signs device cookies (server/auth/devices.ts) lives beside them. */
const privateFiles = (dir: string) => [...sqliteFiles(dir), path.join(dir, 'device.key')];

let umask = 0;
let running: TestServer | undefined;
beforeEach(() => {
  // The usual umask on a server; it would leave new files readable by every account.
  umask = process.umask(0o022);
});
afterEach(async () => {
  await running?.close();
  running = undefined;
  process.umask(umask);
});

describe('the data folder and the SQLite files', () => {
  it('are created readable by the server account only', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mend-perm-')), 'data');
    running = await startTestServer({}, dir);
    await signUp(running.url); // a write, so the WAL holds something
    expect(modeOf(dir).toString(8)).toBe('700');
    for (const file of privateFiles(dir)) {
      expect(fs.existsSync(file), file).toBe(true);
      expect(modeOf(file).toString(8), file).toBe('600');
    }
  });

  it('tightens files an earlier version left readable to others', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mend-perm-')), 'data');
    running = await startTestServer({}, dir);
    await signUp(running.url);
    await running.close();
    for (const file of sqliteFiles(dir)) if (fs.existsSync(file)) fs.chmodSync(file, 0o644);
    running = await startTestServer({}, dir);
    await signUp(running.url);
    for (const file of sqliteFiles(dir)) expect(modeOf(file).toString(8), file).toBe('600');
  });
});
