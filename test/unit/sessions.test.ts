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

function addUser(id: string): void {
  store.createUser({ id, name: id, displayName: id, passwordHash: 'x', email: null, createdAt: new Date(START).toISOString() }, id, [], id);
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-sessions-'));
  store = openSqliteStore(path.join(dir, 'test.sqlite'));
  clock = START;
  addUser('user-1');
  addUser('user-2');
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('sessions', () => {
  it('creates a 30-day session and stores only the hash of its secret', () => {
    const { token, expiresAt } = sessions().create('user-1');
    expect(expiresAt).toBe(START + LIFETIME);
    const parts = splitSessionToken(token);
    const row = parts && store.sessionById(parts.id);
    expect(row).toMatchObject({ userId: 'user-1', expiresAt: START + LIFETIME, createdAt: START });
    expect(row?.secretHash).toHaveLength(32);
    expect(Buffer.from(row?.secretHash ?? []).toString('latin1')).not.toContain(parts?.secret);
  });

  it('validates a fresh token without renewing it', () => {
    const s = sessions();
    const { token } = s.create('user-1');
    clock = START + 10 * DAY;
    expect(s.validate(token)).toMatchObject({ userId: 'user-1', expiresAt: START + LIFETIME, renewed: false });
  });

  it('slides the expiry once half the lifetime is used, and stores the new expiry', () => {
    const s = sessions();
    const { token } = s.create('user-1');
    clock = START + 16 * DAY;
    const renewed = s.validate(token);
    expect(renewed).toMatchObject({ renewed: true, expiresAt: clock + LIFETIME });
    expect(store.sessionById(renewed?.id ?? '')?.expiresAt).toBe(clock + LIFETIME);
    // A person who keeps coming back never gets signed out.
    clock += 29 * DAY;
    expect(s.validate(token)).toMatchObject({ renewed: true, expiresAt: clock + LIFETIME });
  });

  it('still accepts a session a moment before its expiry', () => {
    const s = sessions();
    const { token } = s.create('user-1');
    clock = START + LIFETIME - 1;
    expect(s.validate(token)).not.toBeNull();
  });

  it('ends a session at its expiry and deletes the row', () => {
    const s = sessions();
    const { token, expiresAt } = s.create('user-1');
    const id = splitSessionToken(token)?.id ?? '';
    clock = expiresAt;
    expect(s.validate(token)).toBeNull();
    expect(store.sessionById(id)).toBeUndefined();
    clock = START;
    expect(s.validate(token)).toBeNull();
  });

  it('refuses a token whose secret does not match, a malformed token and no token', () => {
    const s = sessions();
    const { token } = s.create('user-1');
    const [id, secret] = token.split('.') as [string, string];
    const wrongSecret = `${id}.${secret.slice(0, -1)}${secret.endsWith('a') ? 'b' : 'a'}`;
    expect(s.validate(wrongSecret)).toBeNull();
    expect(s.validate(`${id}.${secret}x`)).toBeNull();
    expect(s.validate('')).toBeNull();
    expect(s.validate(undefined)).toBeNull();
    // The wrong secret did not end the real session.
    expect(s.validate(token)).not.toBeNull();
  });

  it('invalidates one session, or every session of a person', () => {
    const s = sessions();
    const a = s.create('user-1').token;
    const b = s.create('user-1').token;
    const other = s.create('user-2').token;
    const aId = splitSessionToken(a)?.id ?? '';
    s.invalidate(aId);
    expect(s.validate(a)).toBeNull();
    expect(s.validate(b)).not.toBeNull();
    expect(s.invalidateAllOf('user-1')).toEqual([splitSessionToken(b)?.id]);
    expect(s.validate(b)).toBeNull();
    expect(s.validate(other)).not.toBeNull();
  });
});
