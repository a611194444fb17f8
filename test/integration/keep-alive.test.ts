// How Mend holds HTTP connections. An idle one is closed by whoever would reuse it, never by
// Mend first: a proxy or a client that sends on a connection Mend has just closed loses that
// request to a reset, and a POST is not retried. One that never sends anything is closed
// after a while, so nobody can hold descriptors for ever; and none of them holds a stop open.
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { HTTP_TIMEOUTS, manageConnections } from '../../server/http/connections.ts';
import { startTestServer, useTestServer } from '../helpers/server.ts';

const app = useTestServer();

/** Every `timeout <name> <n>s` of the HAProxy configuration we ship, in ms. */
function haproxyTimeouts(): Map<string, number> {
  const text = fs.readFileSync(new URL('../../deploy/haproxy.cfg', import.meta.url), 'utf8');
  const out = new Map<string, number>();
  for (const [, name, n, unit] of text.matchAll(/^\s*timeout\s+(\S+)\s+(\d+)(ms|s|m|h)\s*$/gm)) {
    out.set(name!, Number(n) * { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[unit as 'ms' | 's' | 'm' | 'h']);
  }
  return out;
}

/** A TCP connection that never sends a byte, as a browser's spare socket or an attacker's. */
async function silentSocket(url: string): Promise<{ closed: Promise<void> }> {
  const { hostname, port } = new URL(url);
  const socket = net.connect(Number(port), hostname);
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject));
  socket.on('error', () => undefined);
  return { closed: new Promise<void>((resolve) => socket.once('close', () => resolve())) };
}

describe('idle connections', () => {
  it('are kept longer than the proxy in front keeps its own idle ones', () => {
    const timeouts = haproxyTimeouts();
    // HAProxy closes an idle client connection after `timeout client` and an idle pooled
    // connection to an instance after `timeout server`; tunnels (sockets) are another matter.
    for (const name of ['client', 'server']) {
      expect(timeouts.get(name), `timeout ${name} in deploy/haproxy.cfg`).toBeGreaterThan(0);
      expect(HTTP_TIMEOUTS.keepAliveMs).toBeGreaterThan(timeouts.get(name)!);
    }
  });

  it('are announced with that time, on a real keep-alive answer', async () => {
    const agent = new http.Agent({ keepAlive: true });
    try {
      const headers = await new Promise<http.IncomingHttpHeaders>((resolve, reject) => {
        http.get(`${app.server.url}/api/health`, { agent }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.headers));
        }).on('error', reject);
      });
      expect(headers.connection).toBe('keep-alive');
      expect(headers['keep-alive']).toBe(`timeout=${HTTP_TIMEOUTS.keepAliveMs / 1000}`);
    } finally {
      agent.destroy();
    }
  });
});

describe('a connection that never sends a request', () => {
  it('is closed once it has been silent for the set time', async () => {
    // The real module on a plain server, with a short silence so the test need not wait 20 s.
    const server = http.createServer((_req, res) => res.end('ok'));
    const connections = manageConnections(server, { ...HTTP_TIMEOUTS, silentMs: 300 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { closed } = await silentSocket(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
      await closed;
    } finally {
      await connections.close();
    }
  });

  it('does not hold a stop open, and neither does an idle keep-alive one', async () => {
    const server = await startTestServer();
    const agent = new http.Agent({ keepAlive: true });
    await new Promise<void>((resolve, reject) =>
      http.get(`${server.url}/api/health`, { agent }, (res) => res.resume().on('end', resolve)).on('error', reject),
    );
    const silent = await silentSocket(server.url);
    const stoppedBeforeSilenceRanOut = Promise.race([
      server.close().then(() => true),
      new Promise<boolean>((resolve) => setTimeout(() => resolve(false), HTTP_TIMEOUTS.silentMs / 2).unref()),
    ]);
    expect(await stoppedBeforeSilenceRanOut).toBe(true);
    await silent.closed;
    agent.destroy();
  });
});
