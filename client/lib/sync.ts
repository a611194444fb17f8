// Opens a space's documents: the stock y-websocket WebsocketProvider for live sync, and
// y-indexeddb so that reading and drafting work offline and survive a closed tab.
// Cross-tab BroadcastChannel is off: it would bypass the server's access rules.
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { createSignal, type Accessor } from 'solid-js';
import { type DocKind, syncPath } from '../../shared/wire.ts';
import { rememberDb } from './local-copies.ts';
import { followNetwork } from './follow-network.ts';
import { followStatus, type SyncStatus } from './sync-status.ts';

export type { SyncStatus };

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
  const status = followStatus(provider);
  // The browser's word on its network: a dead socket noticed at once, a return acted on at once.
  const unfollowNetwork = followNetwork(provider);
  const [synced, setSynced] = createSignal(false);
  provider.on('sync', (s: boolean) => s && setSynced(true));
  return {
    doc,
    provider,
    status,
    synced,
    destroy() {
      unfollowNetwork();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}
