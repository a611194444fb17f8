// Each Yjs client id belongs to the first person who wrote with it, recorded once.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DocWriters } from '../../server/sync/writers.ts';

function fakeStore() {
  const rows: Array<[number, string]> = [];
  return {
    rows,
    writers: () => new Map(rows),
    recordWriter: async (_doc: string, clientId: number, userId: string) => void rows.push([clientId, userId]),
  };
}

const typed = (doc: Y.Doc, words: string): Uint8Array => {
  const before = Y.encodeStateVector(doc);
  doc.getText('groundRules').insert(0, words);
  return Y.encodeStateAsUpdate(doc, before);
};

describe('who wrote with each client id', () => {
  it('is the first person to write with it; a later claim and a repeat are not recorded', () => {
    const store = fakeStore();
    const writers = new DocWriters('space/s/together', store, store.writers());
    const alex = new Y.Doc();
    writers.claim(typed(alex, 'Hello.'), 'alex');
    writers.claim(typed(alex, 'Again.'), 'alex');
    writers.claim(typed(alex, 'Mine now?'), 'sam');
    expect(store.rows).toEqual([[alex.clientID, 'alex']]);
    expect(writers.clientIdsOf('alex')).toEqual(new Set([alex.clientID]));
    expect(writers.clientIdsOf('sam')).toEqual(new Set());
  });

  it('is read back from the store when the document is loaded again', () => {
    const store = fakeStore();
    const sam = new Y.Doc();
    new DocWriters('d', store, store.writers()).claim(typed(sam, 'Hi.'), 'sam');
    expect(new DocWriters('d', store, store.writers()).clientIdsOf('sam')).toEqual(new Set([sam.clientID]));
  });
});
