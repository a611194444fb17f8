// Sliding session expiry over real HTTP, with the server's clock moved instead of waited for.
import { describe, expect, it } from 'vitest';
import { person, signUp } from '../helpers/http.ts';
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

describe('GET /api/sessions/current', () => {
  it('answers 200 with me: null when nobody is signed in, so signed-out pages log no error', async () => {
    const res = await person(app.server.url).json<{ me: unknown }>('GET', '/api/sessions/current');
    expect(res).toEqual({ status: 200, body: { me: null } });
  });

  it('answers with the signed-in person, and null again after signing out', async () => {
    const p = await signUp(app.server.url);
    expect((await p.json('GET', '/api/sessions/current')).body).toEqual({ me: p.me });
    await p.request('DELETE', '/api/sessions/current');
    expect((await p.json('GET', '/api/sessions/current')).body).toEqual({ me: null });
  });
});
