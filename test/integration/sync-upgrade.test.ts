// The WebSocket handshake as Mend completes it (server/sync/upgrade.ts): the app decides, a
// refusal is an HTTP answer and the end of the connection, a broken handshake harms nothing,
// and an accepted socket's frames reach its handlers in order.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode } from '../../shared/wire.ts';
import { openSpacePair } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { handshakeStatus, providerPool, rawSocket, rawSocketAt, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** Sends `request` as raw bytes and resolves with what the server answered before it closed. */
function rawExchange(request: string): Promise<string> {
  const { port } = new URL(app.server.url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(Number(port), '127.0.0.1', () => socket.write(request));
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('end', () => resolve(answer));
    socket.on('error', reject);
  });
}

const handshake = (path: string, extra: string[] = []) =>
  [
    `GET ${path} HTTP/1.1`,
    `Host: ${new URL(app.server.url).host}`,
    'Connection: Upgrade',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    `Origin: ${app.server.url}`,
    ...extra,
    '',
    '',
  ].join('\r\n');


describe('the WebSocket handshake', () => {
  it('refuses another site with 403 before anything else is read', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const socket = rawSocket(app.server.url, spaceId, 'together', opener.cookie, 'https://elsewhere.example');
    expect(await handshakeStatus(socket)).toBe(403);
  });

  it('refuses a path with no documents behind it with 404', async () => {
    const { opener } = await openSpacePair(app.server.url);
    expect(await handshakeStatus(rawSocketAt(app.server.url, '/sync/nothing/here', opener.cookie))).toBe(404);
  });

  it('refuses a handshake to a path the app answers without a socket (200 there) with 400', async () => {
    const { opener } = await openSpacePair(app.server.url);
    expect(await handshakeStatus(rawSocketAt(app.server.url, '/api/me', opener.cookie))).toBe(400);
  });

  it('answers an upgrade to anything but a WebSocket with 400 and closes', async () => {
    const answer = await rawExchange(handshake('/sync/me/notebook', ['Upgrade: h2c']));
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('answers a request target that is not a path with 400', async () => {
    const answer = await rawExchange(handshake('//elsewhere.example/sync/me/notebook', ['Upgrade: websocket']));
    expect(answer).toMatch(/^HTTP\/1\.1 400 /);
  });

  it('survives clients that hang up in the middle of their handshakes, and serves the next', async () => {
    const { port } = new URL(app.server.url);
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        new Promise<void>((resolve) => {
          const socket = net.connect(Number(port), '127.0.0.1', () => {
            const request = handshake(`/sync/spaces/${spaceId}/together`, ['Upgrade: websocket', `Cookie: ${opener.cookie}`]);
            // Half a handshake, or a whole one, then a reset before the answer.
            socket.write(i % 2 === 0 ? request.slice(0, 40) : request);
            socket.resetAndDestroy();
          });
          socket.on('close', () => resolve());
          socket.on('error', () => resolve());
        }),
      ),
    );
    const a = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    const b = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
  });

  it('closes a socket that sends text with the bad-frame code', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const socket = rawSocket(app.server.url, spaceId, 'together', opener.cookie);
    await socket.opened;
    socket.ws.send('hello');
    expect((await socket.closed).code).toBe(CloseCode.badFrame);
  });
});
