// What a person is told about one document's connection, followed from the provider's events.
//
// The stock WebsocketProvider says 'disconnected' once, when a live connection drops, and then
// 'connecting' again at every retry (the first about 200 ms later). Taken as it comes, the
// "Reconnecting" note would flash for a moment and then vanish for as long as the person stays
// offline. So once a connection was lost, or a first attempt failed, it stays 'disconnected'
// until one opens again.
import { createSignal, type Accessor } from 'solid-js';
import type { WebsocketProvider } from 'y-websocket';
import { CloseCode } from '../../shared/wire.ts';
import { browserOnline } from './follow-network.ts';

export type SyncStatus = 'connecting' | 'connected' | 'disconnected' | 'signed-out' | 'forbidden' | 'full' | 'space-closed' | 'closed';

/** Said by the server for good: nothing the provider says afterwards changes it. */
const FINAL: ReadonlySet<SyncStatus> = new Set(['signed-out', 'forbidden', 'full', 'space-closed']);

/** `online`: what the browser believes as the page opens; offline, there is nothing to wait for. */
export function followStatus(provider: WebsocketProvider, online = browserOnline()): Accessor<SyncStatus> {
  const [status, setStatus] = createSignal<SyncStatus>(online ? 'connecting' : 'disconnected');
  const set = (next: SyncStatus) => !FINAL.has(status()) && setStatus(next);
  provider.on('status', ({ status: s }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    set(s === 'connecting' && status() === 'disconnected' ? 'disconnected' : s);
  });
  // Emitted for every closed or failed attempt, before any final 'closed' below.
  provider.on('connection-close', () => set('disconnected'));
  provider.on('closed', ({ code }: { code: number }) => {
    if (code === CloseCode.signedOut || code === CloseCode.unauthorized) setStatus('signed-out');
    else if (code === CloseCode.forbidden || code === CloseCode.notFound) setStatus('forbidden');
    // A document past its budget: the words stay in this device's copy (IndexedDB).
    else if (code === CloseCode.tooLarge) setStatus('full');
    // Written after the space closed: refused, and kept in this device's copy.
    else if (code === CloseCode.spaceClosed) setStatus('space-closed');
    else setStatus('closed');
  });
  return status;
}
