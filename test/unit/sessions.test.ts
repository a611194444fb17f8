// Sessions the Lucia way (server/auth/sessions.ts) against a real SQLite file, with the
// clock injected so sliding expiry is tested in days, not in waiting.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_DAYS, createSessions } from '../../server/auth/sessions.ts';
import { splitSessionToken } from '../../server/auth/tokens.ts';
import { openSqliteStore } from '../../server/storage/sqlite-store.ts';
import type { Store } from '../../server/storage/store.ts';

const DAY = 86_400_000;
const LIFETIME = SESSION_DAYS * DAY;
const START = Date.UTC(2026, 0, 1);

let dir: string;
let store: Store;
let clock: number;
const sessions = () => createSessions(store, () => clock);

async function addUser(id: string): Promise<void> {
  await store.createUser({ id, name: id, displayName: id, passwordHash: 'x', email: null, createdAt: new Date(START).toISOString() }, id, [], id);
}

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-sessions-'));
  store = openSqliteStore(path.join(dir, 'test.sqlite'));
  clock = START;
  await addUser('user-1');
  await addUser('user-2');
});
afterEach(async () => {
  await store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('sessions', () => {
  it('creates a 30-day session and stores only the hash of its secret', async () => {
    const { token, expiresAt } = (await sessions().create('user-1'));
    expect(expiresAt).toBe(START + LIFETIME);
    const parts = splitSessionToken(token);
    const row = parts && (await store.sessionById(parts.id));
    expect(row).toMatchObject({ userId: 'user-1', expiresAt: START + LIFETIME, createdAt: START });
    expect(row?.secretHash).toHaveLength(32);
    expect(Buffer.from(row?.secretHash ?? []).toString('latin1')).not.toContain(parts?.secret);
  });

  it('validates a fresh token without renewing it', async () => {
    const s = sessions();
    const { token } = (await s.create('user-1'));
    clock = START + 10 * DAY;
    expect((await s.validate(token))).toMatchObject({ userId: 'user-1', expiresAt: START + LIFETIME, renewed: false });
  });

  it('slides the expiry once half the lifetime is used, and stores the new expiry', async () => {
    const s = sessions();
    const { token } = (await s.create('user-1'));
    clock = START + 16 * DAY;
    const renewed = (await s.validate(token));
    expect(renewed).toMatchObject({ renewed: true, expiresAt: clock + LIFETIME });
    expect((await store.sessionById(renewed?.id ?? ''))?.expiresAt).toBe(clock + LIFETIME);
    // A person who keeps coming back never gets signed out.
    clock += 29 * DAY;
    expect((await s.validate(token))).toMatchObject({ renewed: true, expiresAt: clock + LIFETIME });
  });

  it('still accepts a session a moment before its expiry', async () => {
    const s = sessions();
    const { token } = (await s.create('user-1'));
    clock = START + LIFETIME - 1;
    expect((await s.validate(token))).not.toBeNull();
  });

  it('ends a session at its expiry and deletes the row', async () => {
    const s = sessions();
    const { token, expiresAt } = (await s.create('user-1'));
    const id = splitSessionToken(token)?.id ?? '';
    clock = expiresAt;
    expect((await s.validate(token))).toBeNull();
    expect((await store.sessionById(id))).toBeUndefined();
    clock = START;
    expect((await s.validate(token))).toBeNull();
  });

  it('refuses a token whose secret does not match, a malformed token and no token', async () => {
    const s = sessions();
    const { token } = (await s.create('user-1'));
    const [id, secret] = token.split('.') as [string, string];
    const wrongSecret = `${id}.${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`;
    expect((await s.validate(wrongSecret))).toBeNull();
    expect((await s.validate(`${id}.${secret}x`))).toBeNull();
    expect((await s.validate(''))).toBeNull();
    expect((await s.validate(undefined))).toBeNull();
    // The wrong secret did not end the real session.
    expect((await s.validate(token))).not.toBeNull();
  });

  it('invalidates one session, or every session of a person', async () => {
    const s = sessions();
    const a = (await s.create('user-1')).token;
    const b = (await s.create('user-1')).token;
    const other = (await s.create('user-2')).token;
    const aId = splitSessionToken(a)?.id ?? '';
    await s.invalidate(aId);
    expect((await s.validate(a))).toBeNull();
    expect((await s.validate(b))).not.toBeNull();
    expect((await s.invalidateAllOf('user-1'))).toEqual([splitSessionToken(b)?.id]);
    expect((await s.validate(b))).toBeNull();
    expect((await s.validate(other))).not.toBeNull();
  });
});
