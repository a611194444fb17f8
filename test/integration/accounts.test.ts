import { describe, expect, it } from 'vitest';
import { PASSWORD, person, signUp, uniqueName } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();

describe('accounts and sessions', () => {
  it('signs up, returns ten recovery codes once, and sets an HttpOnly SameSite=Lax cookie', async () => {
    const p = person(app.server.url);
    const res = await p.request('POST', '/api/accounts', { name: uniqueName('Robin'), password: PASSWORD });
    expect(res.status).toBe(201);
    const cookie = res.headers.getSetCookie()[0] ?? '';
    expect(cookie).toMatch(/^mend_session=[a-z2-7]{24}\.[a-z2-7]{32};/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    const body = (await res.json()) as { recoveryCodes: string[] };
    expect(body.recoveryCodes).toHaveLength(10);
    expect(new Set(body.recoveryCodes).size).toBe(10);
    expect((await p.json('GET', '/api/me')).status).toBe(200);
  });

  it('stores only a hash of the session secret', async () => {
    const p = await signUp(app.server.url);
    const [id, secret] = p.cookieValue('mend_session').split('.');
    const row = (await app.server.deps.store.sessionById(id as string));
    expect(row).toBeDefined();
    expect(Buffer.from(row?.secretHash ?? []).toString('utf8')).not.toContain(secret);
    expect(row?.secretHash.length).toBe(32);
  });

  it('refuses a taken name regardless of case and spacing', async () => {
    const name = uniqueName('Jo');
    await signUp(app.server.url, name);
    const again = await person(app.server.url).json('POST', '/api/accounts', { name: `  ${name.toUpperCase()} `, password: PASSWORD });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({ error: { code: 'name-taken' } });
  });

  it('signs in, and gives an unknown name and a wrong password the same answer', async () => {
    const p = await signUp(app.server.url);
    const ok = await person(app.server.url).json('POST', '/api/sessions', { name: p.me.name, password: PASSWORD });
    expect(ok.status).toBe(200);
    const wrong = await person(app.server.url).json('POST', '/api/sessions', { name: p.me.name, password: 'not the password' });
    const unknown = await person(app.server.url).json('POST', '/api/sessions', { name: uniqueName('Nobody'), password: PASSWORD });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('slows failed sign-ins for a name: five tries, then a wait, even for the right password', async () => {
    const p = await signUp(app.server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++)
      statuses.push((await person(app.server.url).json('POST', '/api/sessions', { name: p.me.name, password: `wrong ${i} password` })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    const res = await person(app.server.url).request('POST', '/api/sessions', { name: p.me.name, password: PASSWORD });
    expect(res.status).toBe(429);
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('signs out: the session stops working everywhere', async () => {
    const p = await signUp(app.server.url);
    const stolenCookie = p.cookie;
    expect((await p.request('DELETE', '/api/sessions/current')).status).toBe(204);
    expect((await p.json('GET', '/api/me')).status).toBe(401);
    const replay = await fetch(`${app.server.url}/api/me`, { headers: { cookie: stolenCookie } });
    expect(replay.status).toBe(401);
  });

  it('sets a new password with a recovery code, once per code, and ends old sessions', async () => {
    const p = await signUp(app.server.url);
    const code = p.recoveryCodes[0] as string;
    const newPassword = 'a brand new long password';
    const helper = person(app.server.url);
    const res = await helper.json('POST', '/api/accounts/recover', { name: p.me.name, code: code.toUpperCase(), newPassword });
    expect(res.status).toBe(200);
    expect((await p.json('GET', '/api/me')).status).toBe(401);
    expect((await person(app.server.url).json('POST', '/api/sessions', { name: p.me.name, password: newPassword })).status).toBe(200);
    const reuse = await person(app.server.url).json('POST', '/api/accounts/recover', { name: p.me.name, code, newPassword: 'yet another long password' });
    expect(reuse.status).toBe(401);
  });
});

describe('the name the friend sees, apart from the name one signs in with', () => {
  it('lets two people share a display name, and shows the friend only that name', async () => {
    const first = person(app.server.url);
    const made = await first.json<{ me: { name: string; displayName: string } }>('POST', '/api/accounts', {
      name: uniqueName('sam-k'),
      displayName: 'Sam',
      password: PASSWORD,
    });
    expect(made.status).toBe(201);
    expect(made.body.me.displayName).toBe('Sam');
    const second = await person(app.server.url).json('POST', '/api/accounts', { name: uniqueName('sam-r'), displayName: 'Sam', password: PASSWORD });
    expect(second.status).toBe(201);

    const opened = await first.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Robin', note: 'Hello again.' });
    const token = opened.body.inviteUrl.split('/invite/')[1] as string;
    expect((await person(app.server.url).json<{ openerName: string }>('GET', `/api/invitations/${token}`)).body.openerName).toBe('Sam');
    const robin = await signUp(app.server.url);
    await robin.json('POST', `/api/invitations/${token}`, { answer: 'join' });
    const [space] = (await robin.json<{ otherName: string }[]>('GET', '/api/spaces')).body;
    expect(space?.otherName).toBe('Sam');
    expect((await first.json<{ me: unknown }>('GET', '/api/sessions/current')).body.me).toMatchObject({ displayName: 'Sam' });
  });

  it('uses the sign-in name for the friend when no display name is given (older clients)', async () => {
    const p = await signUp(app.server.url);
    expect(p.me).toMatchObject({ name: p.me.name, displayName: p.me.name });
  });
});
