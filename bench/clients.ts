// The two kinds of client the benchmark drives, behind one small interface: the stock
// y-websocket WebsocketProvider (for Mend, with a person's cookie and the Origin a browser
// sends, and for the reference y-websocket server) and Hocuspocus' own provider.
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WS from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { within } from './util.ts';

/** Why sockets closed after opening, by "code reason", over the whole run (run-target reads and clears it). */
export const closeReasons = new Map<string, number>();

export interface BenchClient {
  doc: Y.Doc;
  /** Resolves when the socket first opens (the upgrade was accepted). */
  opened: Promise<void>;
  /** Resolves at the first full sync with the server. */
  synced: Promise<void>;
  connected(): boolean;
  /** Times the socket closed after it had opened. */
  disconnects(): number;
  destroy(): void;
}

/** A `ws` class that sends the given headers on the upgrade, as a browser sends cookie and Origin. */
function wsWithHeaders(headers: Record<string, string>) {
  return class extends WS {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  };
}

export function yWebsocketClient(serverUrl: string, room: string, headers: Record<string, string> = {}): BenchClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    WebSocketPolyfill: wsWithHeaders(headers) as unknown as typeof WebSocket,
    disableBc: true,
  });
  let closes = 0;
  provider.on('connection-close', (event: { code?: number; reason?: string } | null) => {
    closes++;
    // destroy() closes with 1000; anything else says why the server (or the network) ended it.
    const key = `${event?.code ?? '?'} ${event?.reason ?? ''}`.trim();
    closeReasons.set(key, (closeReasons.get(key) ?? 0) + 1);
  });
  const opened = new Promise<void>((resolve) => {
    const onStatus = ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      provider.off('status', onStatus);
      resolve();
    };
    provider.on('status', onStatus);
  });
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) return resolve();
    const onSync = (state: boolean) => {
      if (!state) return;
      provider.off('sync', onSync);
      resolve();
    };
    provider.on('sync', onSync);
  });
  return {
    doc,
    opened,
    synced,
    connected: () => provider.wsconnected,
    disconnects: () => closes,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export function hocuspocusClient(serverUrl: string, name: string): BenchClient {
  const doc = new Y.Doc();
  let closes = 0;
  let open = false;
  let resolveSynced: () => void = () => {};
  let resolveOpened: () => void = () => {};
  const opened = new Promise<void>((resolve) => (resolveOpened = resolve));
  const synced = new Promise<void>((resolve) => (resolveSynced = resolve));
  // One socket per client, as a browser tab with one document has; made here so Node's `ws`
  // can be passed in, then attached (a provider given a socket does not attach by itself).
  const socket = new HocuspocusProviderWebsocket({ url: serverUrl, WebSocketPolyfill: WS });
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    document: doc,
    onSynced: ({ state }) => {
      if (state) resolveSynced();
    },
    onStatus: ({ status }) => {
      const nowOpen = status === 'connected';
      if (nowOpen) resolveOpened();
      if (open && !nowOpen) closes++;
      open = nowOpen;
    },
  });
  provider.attach();
  if (provider.isSynced) resolveSynced();
  return {
    doc,
    opened,
    synced,
    connected: () => open,
    disconnects: () => closes,
    destroy() {
      provider.destroy();
      socket.destroy();
      doc.destroy();
    },
  };
}

export const syncedWithin = (client: BenchClient, ms: number, what: string) => within(client.synced, ms, what);
