// An idle connection is closed by whoever would reuse it, never by Mend first: a proxy or a
// client that sends on a connection Mend has just closed loses that request to a reset, and a
// POST is not retried. So Mend keeps idle connections longer than anything in front of it.
import fs from 'node:fs';
import http from 'node:http';
import { describe, expect, it } from 'vitest';
import { HTTP_TIMEOUTS } from '../../server/server.ts';
import { useTestServer } from '../helpers/server.ts';

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
