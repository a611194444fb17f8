// A clean stop (SIGTERM, a test's restart) must not wait on sockets that were still in their
// WebSocket handshake when it began: found by the convergence fuzz, where a reconnecting
// client held a restart for up to 30 s (until the client's own silence timeout).
import { describe, expect, it } from 'vitest';
import { openSpacePair } from '../helpers/http.ts';
import { startTestServer } from '../helpers/server.ts';
import { rawSocket } from '../helpers/sync.ts';

/** Resolves with how long `work` took, or with Infinity after `ms`. */
async function timed(work: Promise<unknown>, ms: number): Promise<number> {
  const start = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<number>((resolve) => (timer = setTimeout(() => resolve(Number.POSITIVE_INFINITY), ms)));
  const took = await Promise.race([work.then(() => Date.now() - start), late]);
  clearTimeout(timer);
  return took;
}

describe('graceful stop', () => {
  it('ends promptly while clients are still connecting, and refuses their late upgrades', async () => {
    const server = await startTestServer();
    const { opener, spaceId } = await openSpacePair(server.url);
    const sockets = Array.from({ length: 40 }, () => rawSocket(server.url, spaceId, 'together', opener.cookie));
    try {
      // The first is through; most of the others are somewhere in their handshake.
      await sockets[0]?.opened;
      expect(await timed(server.close(), 5000)).toBeLessThan(5000);
      // Nothing stays open: every socket was either refused or closed by the stop.
      await Promise.all(sockets.map((s) => s.closed));
    } finally {
      for (const s of sockets) s.ws.terminate();
    }
  });
});
