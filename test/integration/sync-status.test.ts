// What a page says about its connection while it is lost: the stock WebsocketProvider says
// 'connecting' at every retry, and the "Reconnecting" note must stay for as long as no
// connection opens, not flash once and vanish (seen in a browser walk: offline for a minute,
// the page said nothing). A real provider and real sockets; the server is a bare WebSocket
// server that can be taken away and brought back on the same port, as a network would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import WS, { WebSocketServer } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { followStatus, type SyncStatus } from '../../client/lib/sync-status.ts';
import { until } from '../helpers/sync.ts';

interface Stand {
  port: number;
  stop(): Promise<void>;
}

async function standUp(port = 0): Promise<Stand> {
  const server = http.createServer();
  const wss = new WebSocketServer({ server });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    async stop() {
      for (const client of wss.clients) client.terminate();
      wss.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

const opened: Array<{ provider: WebsocketProvider; stand?: Stand }> = [];
afterEach(async () => {
  for (const o of opened.splice(0)) {
    o.provider.destroy();
    await o.stand?.stop();
  }
});

function watch(port: number) {
  const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, 'doc', new Y.Doc(), {
    WebSocketPolyfill: WS as unknown as typeof WebSocket,
    disableBc: true,
    maxBackoffTime: 100,
  });
  const status = followStatus(provider);
  // Registered after followStatus, so each entry is what the page shows after that event.
  const shown: SyncStatus[] = [];
  provider.on('status', () => shown.push(status()));
  provider.on('connection-close', () => shown.push(status()));
  opened.push({ provider });
  return { provider, status, shown };
}

describe('the connection a page tells its person about', () => {
  it('stays "disconnected" through every retry until a connection opens again', async () => {
    const first = await standUp();
    const { provider, status, shown } = watch(first.port);
    await until(() => status() === 'connected', 5000, 'the first connection');

    await first.stop();
    await until(() => status() === 'disconnected', 5000, 'the loss to be noticed');
    const lostAt = shown.length;
    const triesBefore = provider.wsUnsuccessfulReconnects;
    await until(() => provider.wsUnsuccessfulReconnects >= triesBefore + 3, 5000, 'three more tries');
    const whileLost = shown.slice(lostAt);
    expect(whileLost.length).toBeGreaterThanOrEqual(6);
    expect(new Set(whileLost)).toEqual(new Set(['disconnected']));

    const again = await standUp(first.port);
    opened[0]!.stand = again;
    await until(() => status() === 'connected', 5000, 'the connection to come back');
  });

  it('says "disconnected" when the very first attempt fails, as on a page opened offline', async () => {
    const gone = await standUp();
    await gone.stop();
    const { provider, status, shown } = watch(gone.port);
    await until(() => provider.wsUnsuccessfulReconnects >= 3, 5000, 'three failed tries');
    expect(status()).toBe('disconnected');
    // Only the moment before the first attempt failed says 'connecting'.
    expect(shown.indexOf('disconnected')).toBeGreaterThan(-1);
    expect(shown.slice(shown.indexOf('disconnected'))).not.toContain('connecting');

    opened[0]!.stand = await standUp(gone.port);
    await until(() => status() === 'connected', 5000, 'a connection once the server is there');
  });
});
