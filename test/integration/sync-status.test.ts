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
import { followNetwork } from '../../client/lib/follow-network.ts';
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

// The browser's online and offline events (client/lib/follow-network.ts), sent here to an
// EventTarget standing in for the window; the provider, its sockets and the server are real.
describe('the browser saying it went offline or came back', () => {
  function follow(port: number, opts: { maxBackoffTime?: number } = {}) {
    const provider = new WebsocketProvider(`ws://127.0.0.1:${port}`, 'doc', new Y.Doc(), {
      WebSocketPolyfill: WS as unknown as typeof WebSocket,
      disableBc: true,
      maxBackoffTime: opts.maxBackoffTime ?? 100,
    });
    const status = followStatus(provider, true);
    const window = new EventTarget();
    const unfollow = followNetwork(provider, window);
    const say = (event: 'online' | 'offline') => window.dispatchEvent(new Event(event));
    return { provider, status, say, unfollow };
  }

  it('says "disconnected" the moment the browser goes offline, not after the 30 s message timeout', async () => {
    // This server never answers nor closes: a socket the network took away, as far as the client can tell.
    const stand = await standUp();
    const { provider, status, say } = follow(stand.port);
    opened.push({ provider, stand });
    await until(() => status() === 'connected', 5000, 'the first connection');
    const socket = provider.ws;

    say('offline');
    expect(status()).toBe('disconnected');
    expect(provider.ws).not.toBe(socket);
    // The provider keeps trying on its own: a browser wrong about being offline costs nothing.
    await until(() => status() === 'connected', 5000, 'a new connection');
  });

  it('tries again at once when the browser is back online, instead of waiting out its backoff', async () => {
    const first = await standUp();
    const { provider, status, say } = follow(first.port, { maxBackoffTime: 60_000 });
    opened.push({ provider });
    await until(() => status() === 'connected', 5000, 'the first connection');
    // As after a long time offline: the next try would be a minute away.
    provider.wsUnsuccessfulReconnects = 20;
    await first.stop();
    await until(() => status() === 'disconnected', 5000, 'the loss to be noticed');
    opened[opened.length - 1]!.stand = await standUp(first.port);

    say('online');
    await until(() => status() === 'connected', 5000, 'the connection right after "online"');
  });

  it('leaves a provider alone that was told to stop, and follows nothing once unfollowed', async () => {
    const stand = await standUp();
    const { provider, status, say, unfollow } = follow(stand.port);
    opened.push({ provider, stand });
    await until(() => status() === 'connected', 5000, 'the first connection');
    provider.disconnect();
    say('online');
    say('offline');
    expect(provider.ws).toBeNull();

    provider.connect();
    await until(() => status() === 'connected', 5000, 'connected again');
    const socket = provider.ws;
    unfollow();
    say('offline');
    expect(provider.ws).toBe(socket);
    expect(status()).toBe('connected');
  });

  it('starts as "disconnected" when the page opens offline', async () => {
    const stand = await standUp();
    const provider = new WebsocketProvider(`ws://127.0.0.1:${stand.port}`, 'doc', new Y.Doc(), {
      WebSocketPolyfill: WS as unknown as typeof WebSocket,
      disableBc: true,
      connect: false,
    });
    opened.push({ provider, stand });
    expect(followStatus(provider, false)()).toBe('disconnected');
    expect(followStatus(provider, true)()).toBe('connecting');
  });
});
