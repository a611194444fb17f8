// Sliding session expiry over real HTTP, with the server's clock moved instead of waited for.
import { describe, expect, it } from 'vitest';
import { signUp } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';

const app = useTestServer();

const DAY = 86_400_000;
const expiresOf = (setCookie: string) => Date.parse(/Expires=([^;]+)/.exec(setCookie)?.[1] ?? '');

describe('session expiry', () => {
  it('sends no new cookie while the session is young', async () => {
    const p = await signUp(app.server.url);
    const undo = shiftClock(app.server, 10 * DAY);
    try {
      const res = await p.request('GET', '/api/me');
      expect(res.status).toBe(200);
      expect(res.headers.getSetCookie()).toEqual([]);
    } finally {
      undo();
    }
  });

  it('renews the cookie for another 30 days once half its life is used', async () => {
    const p = await signUp(app.server.url);
    const undo = shiftClock(app.server, 16 * DAY);
    try {
      const res = await p.request('GET', '/api/me');
      expect(res.status).toBe(200);
      const [cookie = ''] = res.headers.getSetCookie();
      expect(cookie).toMatch(/^mend_session=[a-z2-7]{24}\.[a-z2-7]{32}; /);
      expect(Math.abs(expiresOf(cookie) - (Date.now() + 46 * DAY))).toBeLessThan(60_000);
    } finally {
      undo();
    }
  });

  it('ends a session unused for 30 days and clears its cookie', async () => {
    const p = await signUp(app.server.url);
    const cookie = p.cookie;
    const undo = shiftClock(app.server, 30 * DAY);
    try {
      const res = await p.request('GET', '/api/me');
      expect(res.status).toBe(401);
      expect(res.headers.getSetCookie()).toEqual([expect.stringMatching(/^mend_session=; .*Max-Age=0/)]);
    } finally {
      undo();
    }
    // Gone for good, even once the clock is back.
    expect((await fetch(`${app.server.url}/api/me`, { headers: { cookie } })).status).toBe(401);
  });
});
