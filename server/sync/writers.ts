// Who typed what in a document two people write. Yjs names every character by the client id
// that inserted it; this remembers, on disk and before the update is stored, which person
// wrote with each id, so the characters a person typed can be found again if they delete
// their account (server/accounts/co-written.ts). The first person to write with an id keeps
// it: ids are random, and another's is known only once they have written with it, so a later
// claim is not believed.
import * as Y from 'yjs';
import type { DocStore } from '../storage/store.ts';
import { logError } from '../log.ts';

export class DocWriters {
  /** Made on the first writer: most documents in memory have none yet, and an empty Map is not free. */
  private byClient: Map<number, string> | null;

  constructor(
    private readonly name: string,
    private readonly store: Pick<DocStore, 'recordWriter'>,
    /** What the store knew when the document loaded (DocStore.writers). */
    byClient: Map<number, string>,
  ) {
    this.byClient = byClient.size > 0 ? byClient : null;
  }

  /** Records the person behind every client id the update writes with for the first time. */
  claim(update: Uint8Array, userId: string): void {
    for (const clientId of Y.parseUpdateMeta(update).from.keys()) {
      if (this.byClient?.has(clientId)) continue;
      (this.byClient ??= new Map()).set(clientId, userId);
      // Not awaited: the row is insert-or-ignore, so when it lands does not change who keeps the id.
      void this.store.recordWriter(this.name, clientId, userId).catch((error: unknown) => logError('recording a writer failed', error));
    }
  }

  /** The client ids `userId` wrote with. */
  clientIdsOf(userId: string): Set<number> {
    return new Set([...(this.byClient ?? [])].filter(([, id]) => id === userId).map(([clientId]) => clientId));
  }
}
