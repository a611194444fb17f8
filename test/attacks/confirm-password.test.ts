// The password asked again while signed in (to delete the account, to change the password) is
// guessed slowly too: someone at a computer where Sam stayed signed in gets five tries in all,
// then growing waits.
import { describe, expect, it } from 'vitest';
import { PASSWORD, signUp } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';

const app = useTestServer();

describe('the password asked again', () => {
  it('gives five tries to delete the account, then waits that grow; nothing is deleted meanwhile', async () => {
    const sam = await signUp(app.server.url);
    const tryDelete = (password: string) => sam.request('DELETE', '/api/accounts/me', { password });
    for (let i = 0; i < 5; i++) expect((await tryDelete(`wrong password ${i}`)).status).toBe(401);
    let refused = await tryDelete(PASSWORD);
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('1');
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Nothing has been deleted\.$/);
    const undo = shiftClock(app.server, 1000);
    try {
      expect((await tryDelete('wrong password 5')).status).toBe(401);
      refused = await tryDelete(PASSWORD);
      expect(refused.headers.get('retry-after')).toBe('2');
      expect((await sam.json('GET', '/api/me')).status).toBe(200);
    } finally {
      undo();
    }
  });

  it('counts wrong passwords for deleting and for changing the password together', async () => {
    const sam = await signUp(app.server.url);
    for (let i = 0; i < 3; i++) expect((await sam.request('DELETE', '/api/accounts/me', { password: `wrong ${i} password` })).status).toBe(401);
    const change = (currentPassword: string) => sam.request('PUT', '/api/me/password', { currentPassword, newPassword: 'a fresh and long password' });
    for (let i = 0; i < 2; i++) expect((await change(`wrong ${i} password`)).status).toBe(401);
    const refused = await change(PASSWORD);
    expect(refused.status).toBe(429);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toMatch(/Your password has not changed\.$/);
  });
});
