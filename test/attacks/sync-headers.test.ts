// Plain GETs under /sync/ (no WebSocket upgrade) carry the same security headers as every
// other answer, while the upgrade itself still completes: header-changing middleware must
// leave the handshake alone.
import http from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { openSpacePair } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** A plain GET through node:http, which (unlike fetch) lets a test send an Upgrade header. */
function get(path: string, headers: Record<string, string>) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.get(app.server.url + path, { headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
  });
}

function expectSecurityHeaders(headers: http.IncomingHttpHeaders) {
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['referrer-policy']).toBe('no-referrer');
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('DENY');
}

describe('plain requests under /sync/', () => {
  it.each([
    ['a document path', '/sync/spaces/abcdefghijklmnop/log', {}],
    ['the notebook path', '/sync/me/notebook', {}],
    ['an unknown path', '/sync/nothing/here', {}],
    // Upgrade without "Connection: upgrade" is not a handshake: Node hands it over as a request.
    ['a half-made upgrade', '/sync/spaces/abcdefghijklmnop/log', { upgrade: 'websocket' }],
  ])('%s answers a JSON 404 with the security headers', async (_what, path, headers) => {
    const res = await get(path, { origin: app.server.url, ...headers });
    expect(res.status).toBe(404);
    expect(JSON.parse(res.body)).toMatchObject({ error: { code: 'not-found' } });
    expectSecurityHeaders(res.headers);
  });

  it('still lets a member open the WebSocket', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const { provider } = pool.connect(app.server.url, spaceId, 'log', opener.cookie);
    await whenSynced(provider);
  });
});
