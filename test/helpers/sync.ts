// Real y-websocket clients in Node: the stock WebsocketProvider over the `ws` package,
// carrying a person's cookie and Origin the way a browser would.
import WS from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

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

export function whenSynced(provider: WebsocketProvider): Promise<void> {
  if (provider.synced) return Promise.resolve();
  return new Promise((resolve) => provider.once('sync', (s: boolean) => s && resolve()));
}

export function whenClosed(provider: WebsocketProvider): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) => provider.once('closed', (event: { code: number; reason: string }) => resolve(event)));
}

/** Polls a condition without fixed sleeps in the test body; fails with a message after `ms`. */
export async function until(check: () => boolean, ms = 5000, what = 'condition'): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
