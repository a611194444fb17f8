// Real y-websocket clients in Node: the stock WebsocketProvider over the `ws` package,
// carrying a person's cookie and Origin the way a browser would.
import WS from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { openSpacePair } from './http.ts';

export function wsClass(cookie: string, origin: string) {
  return class extends WS {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie, origin } });
    }
  };
}

export function connect(baseUrl: string, spaceId: string, room: string, cookie: string, origin = baseUrl) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${baseUrl.replace(/^http/, 'ws')}/sync/spaces/${spaceId}`, room, doc, {
    WebSocketPolyfill: wsClass(cookie, origin) as unknown as typeof WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return { doc, provider };
}

/** Rejects after `ms` so a test that waits in vain fails with a message, not a test timeout. */
function within<T>(ms: number, what: string, wait: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    wait((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

export function whenSynced(provider: WebsocketProvider, ms = 10_000): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return within(ms, 'the first sync', (resolve) => provider.once('sync', (s: boolean) => s && resolve()));
}

/** The close a server meant as final (4400-4499), as the provider reports it. */
export function whenClosed(provider: WebsocketProvider, ms = 10_000): Promise<{ code: number; reason: string }> {
  return within(ms, 'the socket to close', (resolve) => provider.once('closed', (event: { code: number; reason: string }) => resolve(event)));
}

/** Polls a condition without fixed sleeps in the test body; fails with a message after `ms`. */
export async function until(check: () => boolean | Promise<boolean>, ms = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!(await check())) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Every provider a test opened, destroyed together in afterEach so no socket outlives its test. */
export function providerPool() {
  const open: WebsocketProvider[] = [];
  return {
    connect(...args: Parameters<typeof connect>) {
      const client = connect(...args);
      open.push(client.provider);
      return client;
    },
    /** Also destroys, with the rest, a provider opened some other way (a notebook). */
    adopt<T extends { provider: WebsocketProvider }>(client: T): T {
      open.push(client.provider);
      return client;
    },
    destroyAll() {
      for (const provider of open.splice(0)) provider.destroy();
    },
  };
}

export interface RawSocket {
  ws: WS;
  /** Resolves once the upgrade succeeded; rejects with the HTTP status when it was refused. */
  opened: Promise<void>;
  closed: Promise<{ code: number; reason: string }>;
  /** Every binary frame received so far. */
  received: Uint8Array[];
}

/** A bare `ws` client on a document, for sending frames no provider would send. */
export function rawSocket(baseUrl: string, spaceId: string, room: string, cookie: string, origin = baseUrl): RawSocket {
  return rawSocketAt(baseUrl, `/sync/spaces/${spaceId}/${room}`, cookie, origin);
}

/** A bare `ws` client on any sync path (`/sync/me/notebook`). */
export function rawSocketAt(baseUrl: string, path: string, cookie: string, origin = baseUrl): RawSocket {
  const ws = new WS(`${baseUrl.replace(/^http/, 'ws')}${path}`, { headers: { cookie, origin } });
  const received: Uint8Array[] = [];
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    if (isBinary) received.push(new Uint8Array(data));
  });
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('unexpected-response', (_req, res) => {
      reject(new UpgradeRefused(res.statusCode ?? 0));
      res.resume();
      ws.terminate();
    });
  });
  // A refused upgrade also emits 'error'; the rejection above is what tests look at.
  ws.on('error', () => {});
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, opened, closed, received };
}

export class UpgradeRefused extends Error {
  constructor(readonly status: number) {
    super(`upgrade refused with HTTP ${status}`);
  }
}

/** How a raw socket's handshake ended: 101 when it opened, else the HTTP status (-1: no answer). */
export function handshakeStatus(socket: RawSocket): Promise<number> {
  return socket.opened.then(
    () => 101,
    (error: unknown) => (error instanceof UpgradeRefused ? error.status : -1),
  );
}

/** Both friends of a new space in its together document, the stock client on each side. */
export async function pairInTogether(baseUrl: string, pool: ReturnType<typeof providerPool>) {
  const pair = await openSpacePair(baseUrl);
  const a = pool.connect(baseUrl, pair.spaceId, 'together', pair.opener.cookie);
  const b = pool.connect(baseUrl, pair.spaceId, 'together', pair.invitee.cookie);
  await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
  return { ...pair, a, b };
}
