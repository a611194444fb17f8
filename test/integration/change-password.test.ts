// Changing one's password while signed in: the current password first, then every other
// session of the person ends, with its sockets, and this one stays.
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/wire.ts';
import { PASSWORD, openSpacePair, person, signUp } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { rawSocket } from '../helpers/sync.ts';

const app = useTestServer();
const sockets: ReturnType<typeof rawSocket>[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.ws.terminate();
});

const NEW_PASSWORD = 'a fresh and long password';
const signIn = (name: string, password: string) => person(app.server.url).json('POST', '/api/sessions', { name, password });

describe('PUT /api/me/password', () => {
  it('sets the new password, ends every other session and its sockets, and keeps this one', async () => {
    const { opener: alex, spaceId } = await openSpacePair(app.server.url);
    const phone = person(app.server.url);
    expect((await phone.json('POST', '/api/sessions', { name: alex.me.name, password: PASSWORD })).status).toBe(200);
    const socket = rawSocket(app.server.url, spaceId, 'log', phone.cookie);
    sockets.push(socket);
    await socket.opened;

    const res = await alex.request('PUT', '/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(res.status).toBe(204);
    expect((await alex.json('GET', '/api/me')).status).toBe(200);
    expect((await phone.json('GET', '/api/me')).status).toBe(401);
    expect((await socket.closed).code).toBe(CloseCode.signedOut);
    expect((await signIn(alex.me.name, PASSWORD)).status).toBe(401);
    expect((await signIn(alex.me.name, NEW_PASSWORD)).status).toBe(200);
  });

  it('refuses a wrong current password with 401 and changes nothing', async () => {
    const sam = await signUp(app.server.url);
    const res = await sam.json('PUT', '/api/me/password', { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(res).toMatchObject({ status: 401, body: { error: { code: 'wrong-password', message: 'That password does not match. Your password has not changed.' } } });
    expect((await signIn(sam.me.name, PASSWORD)).status).toBe(200);
  });

  it('asks for a new password of the usual length, and for a session', async () => {
    const sam = await signUp(app.server.url);
    const short = await sam.json('PUT', '/api/me/password', { currentPassword: PASSWORD, newPassword: 'short' });
    expect(short).toMatchObject({ status: 400, body: { error: { code: 'validation', reason: 'newPassword' } } });
    const nobody = await person(app.server.url).json('PUT', '/api/me/password', { currentPassword: PASSWORD, newPassword: NEW_PASSWORD });
    expect(nobody.status).toBe(401);
  });
});
