// Who typed what in a document two people write. Yjs names every character by the client id
// that inserted it; this remembers, on disk and before the update is stored, which person
// wrote with each id, so the characters a person typed can be found again if they delete
// their account (server/accounts/co-written.ts). The first person to write with an id keeps
// it: ids are random, and another's is known only once they have written with it, so a later
// claim is not believed.
import * as Y from 'yjs';
import type { DocStore } from '../storage/store.ts';

export class DocWriters {
  private readonly byClient: Map<number, string>;

  constructor(
    private readonly name: string,
    private readonly store: Pick<DocStore, 'writers' | 'recordWriter'>,
  ) {
    this.byClient = store.writers(name);
  }

  /** Records the person behind every client id the update writes with for the first time. */
  claim(update: Uint8Array, userId: string): void {
    for (const clientId of Y.parseUpdateMeta(update).from.keys()) {
      if (this.byClient.has(clientId)) continue;
      this.store.recordWriter(this.name, clientId, userId);
      this.byClient.set(clientId, userId);
    }
  }

  /** The client ids `userId` wrote with. */
  clientIdsOf(userId: string): Set<number> {
    return new Set([...this.byClient].filter(([, id]) => id === userId).map(([clientId]) => clientId));
  }
}
