// A person's own notebook: the private reflection they write before a space exists, and
// return to later. It syncs across their own devices and nobody else can address it.
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { NEXT_REFLECTION, NOTEBOOK, NOTEBOOK_PATH } from '../../shared/wire.ts';
import { followNetwork } from './follow-network.ts';
import { rememberDb } from './local-copies.ts';
import { wsBase } from './sync.ts';

export interface Notebook {
  doc: Y.Doc;
  /** The text of one reflection section; `key` is a space id, or "next" before inviting. */
  section(key: string, sectionId: string): Y.Text;
  /** Moves the reflection written before inviting to the space it belongs to. */
  adopt(spaceId: string, sectionIds: readonly string[]): void;
  destroy(): void;
}

export function openNotebook(userId: string): Notebook {
  const doc = new Y.Doc();
  const dbName = `mend:${userId}:notebook`;
  rememberDb(dbName);
  const local = new IndexeddbPersistence(dbName, doc);
  const provider = new WebsocketProvider(wsBase() + NOTEBOOK_PATH, NOTEBOOK, doc, { disableBc: true });
  provider.awareness.setLocalState(null);
  // Words written offline go up as soon as the browser is back, not at the end of a backoff.
  const unfollowNetwork = followNetwork(provider);
  // Root-level texts, so two devices starting the same section offline merge their words.
  const section = (key: string, sectionId: string) => doc.getText(`reflection:${key}:${sectionId}`);
  return {
    doc,
    section,
    adopt(spaceId, sectionIds) {
      doc.transact(() => {
        for (const id of sectionIds) {
          const from = section(NEXT_REFLECTION, id);
          const words = from.toString();
          if (!words) continue;
          section(spaceId, id).insert(section(spaceId, id).length, words);
          from.delete(0, from.length);
        }
      });
    },
    destroy() {
      unfollowNetwork();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    },
  };
}
