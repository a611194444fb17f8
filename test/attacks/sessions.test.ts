// Signing in again in a browser ends that browser's earlier session: a cookie copied before
// (from a shared computer, say) must not stay valid beside the new one. The same holds for
// signing up and for setting a new password with a recovery code, and the earlier session's
// open sockets close with it.
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/wire.ts';
import { PASSWORD, openSpacePair, signUp, uniqueName } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';
import { rawSocket } from '../helpers/sync.ts';

const app = useTestServer();
const sockets: ReturnType<typeof rawSocket>[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.ws.terminate();
});

const DAY = 86_400_000;
const meWith = (cookie: string) => fetch(`${app.server.url}/api/me`, { headers: { cookie } }).then((r) => r.status);

describe('a browser that signs in again', () => {
  it('ends its earlier session and that session\'s sockets', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const earlier = opener.cookie;
    const socket = rawSocket(app.server.url, spaceId, 'log', earlier);
    sockets.push(socket);
    await socket.opened;
    const again = await opener.json('POST', '/api/sessions', { name: opener.me.name, password: PASSWORD });
    expect(again.status).toBe(200);
    expect(opener.cookie).not.toBe(earlier);
    expect(await meWith(earlier)).toBe(401);
    expect((await socket.closed).code).toBe(CloseCode.signedOut);
    expect((await opener.json('GET', '/api/me')).status).toBe(200);
  });

  it('ends its earlier session when someone signs up in it', async () => {
    const first = await signUp(app.server.url);
    const earlier = first.cookie;
    const made = await first.json('POST', '/api/accounts', { name: uniqueName('Kit'), password: PASSWORD });
    expect(made.status).toBe(201);
    expect(await meWith(earlier)).toBe(401);
  });

  it('ends its earlier session when a recovery code sets a new password in it', async () => {
    const owner = await signUp(app.server.url);
    const other = await signUp(app.server.url);
    const earlier = other.cookie;
    const recovered = await other.json('POST', '/api/accounts/recover', {
      name: owner.me.name,
      code: owner.recoveryCodes[0],
      newPassword: 'another long enough password',
    });
    expect(recovered.status).toBe(200);
    expect(await meWith(earlier)).toBe(401);
  });

  it('keeps the new session, not the earlier one, when the earlier one was due for renewal', async () => {
    const p = await signUp(app.server.url);
    const earlier = p.cookie;
    const undo = shiftClock(app.server, 16 * DAY);
    try {
      expect((await p.json('POST', '/api/sessions', { name: p.me.name, password: PASSWORD })).status).toBe(200);
      expect(p.cookie).not.toBe(earlier);
      expect((await p.json('GET', '/api/me')).status).toBe(200);
      expect(await meWith(earlier)).toBe(401);
    } finally {
      undo();
    }
  });
});
