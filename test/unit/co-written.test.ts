// Each character of a together text is its typist's: one person's can be taken out one by one.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { deleteCharactersOf, deleteFromTogether } from '../../server/accounts/co-written.ts';

const sync = (from: Y.Doc, to: Y.Doc) => Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));

describe('taking one person out of a text written together', () => {
  it('deletes exactly their characters, wherever they sit, and keeps the rest in order', () => {
    const alex = new Y.Doc();
    const sam = new Y.Doc();
    alex.getText('groundRules').insert(0, 'We listen. No blame.');
    sync(alex, sam);
    sam.getText('groundRules').insert(10, ' We pause.');
    sam.getText('groundRules').insert(0, 'Hi. ');
    sync(sam, alex);
    alex.getText('groundRules').insert(4, 'Yes: ');
    sync(alex, sam);
    expect(sam.getText('groundRules').toString()).toBe('Hi. Yes: We listen. We pause. No blame.');

    deleteCharactersOf(sam.getText('groundRules'), new Set([sam.clientID]));
    expect(sam.getText('groundRules').toString()).toBe('Yes: We listen. No blame.');
    sync(sam, alex);
    expect(alex.getText('groundRules').toString()).toBe('Yes: We listen. No blame.');
  });

  it('says what each together text held before and after', () => {
    const doc = new Y.Doc();
    doc.getText('ourFriendshipNow').insert(0, 'Slower.');
    expect(deleteFromTogether(doc, new Set([doc.clientID]))).toEqual({
      groundRules: { before: '', after: '' },
      ourFriendshipNow: { before: 'Slower.', after: '' },
    });
  });
});
