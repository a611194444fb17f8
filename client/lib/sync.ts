// Opens a space's documents: the stock y-websocket WebsocketProvider for live sync, and
// y-indexeddb so that reading and drafting work offline and survive a closed tab.
// Cross-tab BroadcastChannel is off: it would bypass the server's access rules.
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createSignal, type Accessor } from 'solid-js';
import { CloseCode, type DocKind, syncPath } from '../../shared/wire.ts';
import { rememberDb } from './local-copies.ts';

export type SyncStatus = 'connecting' | 'connected' | 'disconnected' | 'signed-out' | 'forbidden' | 'full' | 'space-closed' | 'closed';

export interface SyncedDoc {
  doc: Y.Doc;
  provider: WebsocketProvider;
  status: Accessor<SyncStatus>;
  /** True once the server's copy has arrived at least once in this session. */
  synced: Accessor<boolean>;
  destroy(): void;
}

export const wsBase = () => `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;

export function openDoc(spaceId: string, kind: DocKind, userId: string): SyncedDoc {
  const doc = new Y.Doc();
  const dbName = `mend:${userId}:${spaceId}:${kind}`;
  rememberDb(dbName);
  const local = new IndexeddbPersistence(dbName, doc);
  const provider = new WebsocketProvider(wsBase() + syncPath(spaceId), kind, doc, { disableBc: true });
  // No presence unless a page turns it on (only the together document ever does).
  provider.awareness.setLocalState(null);
  const [status, setStatus] = createSignal<SyncStatus>('connecting');
  const [synced, setSynced] = createSignal(false);
  provider.on('status', ({ status: s }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (status() === 'signed-out' || status() === 'forbidden' || status() === 'full' || status() === 'space-closed') return;
    setStatus(s);
  });
  provider.on('sync', (s: boolean) => s && setSynced(true));
  provider.on('closed', ({ code }: { code: number }) => {
    if (code === CloseCode.signedOut || code === CloseCode.unauthorized) setStatus('signed-out');
    else if (code === CloseCode.forbidden || code === CloseCode.notFound) setStatus('forbidden');
    // A document past its budget: the words stay in this device's copy (IndexedDB).
    else if (code === CloseCode.tooLarge) setStatus('full');
    // Written after the space closed: refused, and kept in this device's copy.
    else if (code === CloseCode.spaceClosed) setStatus('space-closed');
    else setStatus('closed');
  });
  return {
    doc,
    provider,
    status,
    synced,
    destroy() {
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}
