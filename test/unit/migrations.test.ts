// A database from before this branch's migrations (version 3) reaches the current shape with
// what it held intact: look-alike names kept from before stay able to sign in, old remembered
// commands keep answering, and every space's log starts at version 0.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { nameSkeleton } from '../../shared/names.ts';
import { migrations } from '../../server/storage/migrations.ts';
import { openSqliteStore } from '../../server/storage/sqlite-store.ts';
import { nameKey } from '../../server/routes/session-helpers.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function version3Database(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-migrate-'));
  dirs.push(dir);
  const file = path.join(dir, 'mend.sqlite');
  const db = new Database(file);
  for (const step of migrations.slice(0, 3)) if (typeof step === 'string') db.exec(step);
  db.pragma('user_version = 3');
  const user = db.prepare('INSERT INTO users (id, name, name_key, password_hash, email, created_at) VALUES (?, ?, ?, ?, NULL, ?)');
  user.run('u-sam', 'Sam', nameKey('Sam'), 'hash-1', '2026-01-01T00:00:00.000Z');
  user.run('u-lookalike', '\u0405am', nameKey('\u0405am'), 'hash-2', '2026-02-01T00:00:00.000Z'); // Cyrillic DZE, made later
  user.run('u-gone', '', 'Deleted:u-gone', '', '2026-03-01T00:00:00.000Z');
  db.prepare("INSERT INTO spaces (id, opener_id, invitee_id, phase, created_at) VALUES ('ssssssssssssssss', 'u-sam', 'u-gone', 'open', '2026-01-02T00:00:00.000Z')").run();
  db.prepare("INSERT INTO space_events (space_id, seq, event) VALUES ('ssssssssssssssss', 1, '{}')").run();
  db.prepare("INSERT INTO space_commands (space_id, command_id, actor_id, events) VALUES ('ssssssssssssssss', 'cmd-old-1', 'u-sam', '[]')").run();
  db.close();
  return file;
}

describe('migrating a database made before look-alike names were kept apart', () => {
  it('gives the older of two look-alikes the skeleton, and both can still be found to sign in', async () => {
    const store = openSqliteStore(version3Database());
    try {
      expect((await store.userByNameKey(nameKey('Sam')))?.id).toBe('u-sam');
      expect((await store.userByNameKey(nameKey('\u0405am')))?.id).toBe('u-lookalike');
      expect((await store.userByNameSkeleton(nameSkeleton('SAM')))?.id).toBe('u-sam');
      expect((await store.commandResult('ssssssssssssssss', 'cmd-old-1'))).toEqual({ actorId: 'u-sam', events: [], bodyHash: null });
      expect((await store.logSince('ssssssssssssssss', null))?.mark).toEqual({ seq: 1, version: 0 });
      // The name the friend sees starts as the sign-in name.
      expect((await store.userById('u-sam'))).toMatchObject({ name: 'Sam', displayName: 'Sam' });
    } finally {
      await store.close();
    }
  });

  it('runs every migration once: opening again changes nothing', async () => {
    const file = version3Database();
    await openSqliteStore(file).close();
    const db = new Database(file);
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(migrations.length);
      const rows = db.prepare('SELECT id, name_skeleton AS skeleton FROM users ORDER BY id').all();
      expect(rows).toEqual([
        { id: 'u-gone', skeleton: null },
        { id: 'u-lookalike', skeleton: null },
        { id: 'u-sam', skeleton: nameSkeleton('Sam') },
      ]);
    } finally {
      db.close();
    }
    await openSqliteStore(file).close();
  });
});
