// What the browser knows about its network, put to use by the stock WebsocketProvider, which
// listens to none of it (y-websocket 3: no 'online' or 'offline' handler). Without this a
// socket that went dead with the network is only noticed after the provider's 30 s message
// timeout, and a provider waiting in its backoff only tries again when that wait is over.
import { createSignal, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';

/** The parts of the provider that decide what an online or offline event should do. */
export interface ProviderState {
  /** False once the provider was told to stop, or the server closed for good. */
  shouldConnect: boolean;
  wsconnected: boolean;
  /** A socket exists, open or still opening. */
  hasSocket: boolean;
}

/**
 * 'restart' drops whatever socket there is and opens a new one now.
 * Offline: a socket cannot be alive, so it goes (and the page says so at once); the provider
 * keeps trying on its own schedule, so a browser wrong about being offline costs nothing.
 * Online: unless a connection is already open, try now rather than at the end of the backoff.
 * A provider that should not connect (closed by the server, or destroyed) is left alone.
 */
export function networkAction(event: 'online' | 'offline', state: ProviderState): 'restart' | 'none' {
  if (!state.shouldConnect) return 'none';
  if (event === 'offline') return state.hasSocket ? 'restart' : 'none';
  return state.wsconnected ? 'none' : 'restart';
}

/** Follows the browser's online and offline events for one provider; returns the unfollow. */
export function followNetwork(provider: WebsocketProvider, target: EventTarget = window): () => void {
  const on = (event: 'online' | 'offline') => () => {
    const state = { shouldConnect: provider.shouldConnect, wsconnected: provider.wsconnected, hasSocket: provider.ws !== null };
    if (networkAction(event, state) === 'none') return;
    // disconnect() closes the socket and says so ('connection-close', and 'disconnected' if it was
    // open); connect() opens a new one at once, whatever backoff the provider was waiting out.
    provider.disconnect();
    provider.connect();
  };
  const onOnline = on('online');
  const onOffline = on('offline');
  target.addEventListener('online', onOnline);
  target.addEventListener('offline', onOffline);
  return () => {
    target.removeEventListener('online', onOnline);
    target.removeEventListener('offline', onOffline);
  };
}

/** Whether the browser believes it is online; true where nothing says (Node). */
export const browserOnline = (): boolean => globalThis.navigator?.onLine ?? true;

/**
 * The browser's belief about its network as a signal, so a notice can say "you are offline"
 * rather than "reconnecting" when there is no network to reconnect to.
 */
export function followOnline(target: EventTarget | undefined = globalThis.window): Accessor<boolean> {
  const [online, setOnline] = createSignal(browserOnline());
  target?.addEventListener('online', () => setOnline(true));
  target?.addEventListener('offline', () => setOnline(false));
  return online;
}

/** One for the page: the listeners live as long as it does. */
export const isOnline: Accessor<boolean> = followOnline();
