// How long Mend keeps HTTP connections, and how it lets them go when it stops.
import type { Server } from 'node:http';

/**
 * - headers, request: how long a request may take over its headers and over all of it.
 * - silent: how long a connection may stay open without sending a request at all. Node has no
 *   such limit of its own (its header timeout starts with the first byte), so without it a
 *   connection that never says anything holds a file descriptor for ever, and anyone could
 *   open enough of them to leave none for the friends. (A WebSocket clears it on upgrade.)
 * - keepAlive: how long an idle connection is kept after an answer. It outlasts every idle
 *   timeout of what may stand in front of Mend (deploy/haproxy.cfg, 60 s; browsers), so the
 *   side that would reuse a connection is always the one to close it. With Node's default of
 *   5 s, a client that reused a connection just as Mend closed it lost that request to a reset
 *   (seen in CI as ECONNRESET on a POST), and a POST is not retried by most clients.
 */
export const HTTP_TIMEOUTS: Readonly<Record<'headersMs' | 'requestMs' | 'silentMs' | 'keepAliveMs', number>> = {
  headersMs: 20_000,
  requestMs: 30_000,
  silentMs: 20_000,
  keepAliveMs: 65_000,
};

/** How long a stop waits for answers under way (a slow phone reading an export) before it cuts. */
const GRACE_MS = 10_000;

export interface Connections {
  /** Stops taking connections, lets the requests under way finish, then closes the rest. */
  close(): Promise<void>;
}

export function manageConnections(server: Server, timeouts: typeof HTTP_TIMEOUTS = HTTP_TIMEOUTS): Connections {
  server.headersTimeout = timeouts.headersMs;
  server.requestTimeout = timeouts.requestMs;
  server.keepAliveTimeout = timeouts.keepAliveMs;
  // A socket's inactivity timeout: Node sets it on each new connection and replaces it with
  // keepAliveTimeout between requests; on expiry the connection is destroyed.
  server.timeout = timeouts.silentMs;

  let underWay = 0;
  let allDone: (() => void) | undefined;
  server.on('request', (_req, res) => {
    underWay += 1;
    res.once('close', () => {
      underWay -= 1;
      if (underWay === 0) allDone?.();
    });
  });

  return {
    async close() {
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      if (underWay > 0) {
        let late: NodeJS.Timeout | undefined;
        await new Promise<void>((resolve) => {
          allDone = resolve;
          late = setTimeout(resolve, GRACE_MS);
        });
        clearTimeout(late);
      }
      // What is left has no request under way: idle keep-alive connections (Node closes those
      // itself) and connections that never sent one, such as a browser's spare socket opened
      // in advance, which would otherwise hold the stop open until the browser drops it.
      server.closeAllConnections();
      await stopped;
    },
  };
}
