// Attacks on the shared and private documents by someone who holds an account (issue 8,
// items 1 to 3): shapes no Mend document has, fragmentation that turns a megabyte on the
// wire into tens of megabytes of heap, pieces that never integrate, and repeated sync
// requests. Each is refused before the live document sees it, and the other friend's words
// are still stored (a reload from disk has them) and relayed (another device sees them).
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { docName, notebookDocName } from '../../shared/access.ts';
import { DocSchemas } from '../../shared/doc-schemas.ts';
import { CloseCode, GROUND_RULES_KEY, NOTEBOOK, NOTEBOOK_PATH } from '../../shared/wire.ts';
import { loadStored } from '../../server/sync/room.ts';
import { itemCount } from '../../server/sync/update-check.ts';
import { deletionUpdate, sendAll, step1Frame, updateFrame, updatesOf } from '../helpers/attack.ts';
import { PASSWORD, openSpacePair, type Person } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, rawSocket, rawSocketAt, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** What the database holds for a document, read into a fresh Y.Doc as a restart would. */
const fromDisk = async (name: string): Promise<Y.Doc> => loadStored((await app.server.deps.store.loadDoc(name)));

/** The friend writes; another of their devices sees it live, and the database holds it. */
async function friendStillHeard(spaceId: string, friend: Person, words: string): Promise<void> {
  const writer = pool.connect(app.server.url, spaceId, 'together', friend.cookie);
  const watcher = pool.connect(app.server.url, spaceId, 'together', friend.cookie);
  await Promise.all([whenSynced(writer.provider), whenSynced(watcher.provider)]);
  const text = writer.doc.getText(GROUND_RULES_KEY);
  text.insert(text.length, words);
  await until(() => watcher.doc.getText(GROUND_RULES_KEY).toString().includes(words), 5000, 'the edit to be relayed');
  await until(async () => (await fromDisk(docName(spaceId, 'together'))).getText(GROUND_RULES_KEY).toString().includes(words), 5000, 'the edit to be stored');
}

/** A map nested `depth` deep under `root`, built one level a transaction as a client could. */
function nestedMaps(root: string, depth: number): { state: Uint8Array; deleteTop: Uint8Array } {
  const doc = new Y.Doc();
  let m = doc.getMap<unknown>(root);
  for (let i = 0; i < depth; i++) {
    const next = new Y.Map<unknown>();
    m.set('a', next);
    m = next;
  }
  // The top item is the client's first: deleting it deletes the whole structure, recursively.
  return { state: Y.encodeStateAsUpdate(doc), deleteTop: deletionUpdate(doc.clientID, [[0, 1]]) };
}

describe('shapes a document does not take', () => {
  it('a map nested 5,000 deep under an unused root is refused, and the other friend is still heard', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    await friendStillHeard(spaceId, opener, 'Kept.');
    const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
    await attacker.opened;
    const { state, deleteTop } = nestedMaps('unused', 5000);
    sendAll(attacker.ws, [updateFrame(state), updateFrame(deleteTop)]);
    expect((await attacker.closed).code).toBe(CloseCode.badFrame);
    await friendStillHeard(spaceId, opener, ' Still here.');

    // The attacker leaves for good; nothing of theirs can lock the other friend out after.
    expect((await invitee.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
    // The space is closed now (read only), and still reads whole.
    const reader = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    await whenSynced(reader.provider);
    expect(reader.doc.getText(GROUND_RULES_KEY).toString()).toBe('Kept. Still here.');
    expect((await opener.request('GET', `/api/spaces/${spaceId}/export`)).status).toBe(200);
    expect((await opener.request('GET', '/api/export', undefined, { accept: 'text/markdown' })).status).toBe(200);
    expect((await opener.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
  });

  it('a shared type inside the ground rules is refused', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
    await attacker.opened;
    const doc = new Y.Doc();
    doc.getText(GROUND_RULES_KEY).insertEmbed(0, new Y.Map());
    attacker.ws.send(updateFrame(Y.encodeStateAsUpdate(doc)));
    expect((await attacker.closed).code).toBe(CloseCode.badFrame);
    await friendStillHeard(spaceId, opener, 'Plain words.');
  });

  it('a wedge stored before the check existed is left out on load: both can still read, export and leave', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    await friendStillHeard(spaceId, opener, 'Before.');
    const name = docName(spaceId, 'together');
    const { state, deleteTop } = nestedMaps('unused', 5000);
    const rows = [state, deleteTop];
    // Written straight to the database, as an older server would have stored it.
    for (const row of rows) (await app.server.deps.store.appendUpdate(name, row));
    app.server.deps.rooms.evict(name);
    await friendStillHeard(spaceId, opener, ' After.');
    expect((await invitee.request('GET', `/api/spaces/${spaceId}/export`)).status).toBe(200);
    expect((await invitee.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
    expect((await opener.request('GET', `/api/spaces/${spaceId}/export`)).status).toBe(200);
    expect((await opener.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
  });
});

describe('budgets of one document', () => {
  it('one update may not cut a text in a thousand places', async () => {
    const { invitee } = await openSpacePair(app.server.url);
    const doc = new Y.Doc();
    const text = doc.getText('reflection:next:a');
    const socket = rawSocketAt(app.server.url, `${NOTEBOOK_PATH}/${NOTEBOOK}`, invitee.cookie);
    await socket.opened;
    sendAll(socket.ws, updatesOf(doc, () => text.insert(0, 'ab'.repeat(5_000))).map(updateFrame));
    socket.ws.send(updateFrame(deletionUpdate(doc.clientID, Array.from({ length: 1_000 }, (_, i) => [2 * i + 1, 1] as const))));
    expect((await socket.closed).code).toBe(CloseCode.tooLarge);
    expect((await fromDisk(notebookDocName(invitee.me.id))).getText('reflection:next:a').length).toBe(10_000);
  });

  it('deleting every other character is refused before the document passes its item budget', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const path = `${NOTEBOOK_PATH}/${NOTEBOOK}`;
    const name = notebookDocName(invitee.me.id);
    const doc = new Y.Doc();
    const text = doc.getText('reflection:next:what-happened');
    let socket = rawSocketAt(app.server.url, path, invitee.cookie);
    await socket.opened;
    sendAll(socket.ws, updatesOf(doc, () => text.insert(0, 'ab'.repeat(100_000))).map(updateFrame));
    // Small, well-formed delete sets, each cutting 200 more single characters out.
    const frames: Uint8Array[] = [];
    for (let start = 0; start < 200_000; start += 400)
      frames.push(deletionUpdate(doc.clientID, Array.from({ length: 200 }, (_, i) => [start + 2 * i + 1, 1] as const)));
    sendAll(socket.ws, frames.map(updateFrame));
    const refusedWith = (await socket.closed).code;
    // Refused by the item budget, or by the sender's budget of server time if that ran out first.
    expect([CloseCode.tooLarge, CloseCode.slowDown]).toContain(refusedWith);
    const room = (await app.server.deps.rooms.room(name));
    expect(itemCount(room.doc)).toBeLessThanOrEqual(DocSchemas.notebook.maxItems);
    // Coming back with the same changes is refused again; what was kept stays.
    socket = rawSocketAt(app.server.url, path, invitee.cookie);
    await socket.opened;
    sendAll(socket.ws, frames.map(updateFrame));
    expect([CloseCode.tooLarge, CloseCode.slowDown]).toContain((await socket.closed).code);
    expect(itemCount((await fromDisk(name)))).toBeLessThanOrEqual(DocSchemas.notebook.maxItems);
    await friendStillHeard(spaceId, opener, 'Still heard.');
  });

  it('a notebook past its size is refused with 4413 and keeps what it held', async () => {
    const { invitee } = await openSpacePair(app.server.url);
    const path = `${NOTEBOOK_PATH}/${NOTEBOOK}`;
    const doc = new Y.Doc();
    const socket = rawSocketAt(app.server.url, path, invitee.cookie);
    await socket.opened;
    const chunk = 'words I will not lose '.repeat(10_000);
    const frames = updatesOf(doc, () => {
      for (let i = 0; i < 8; i++) doc.getText(`reflection:next:part-${i}`).insert(0, chunk);
    });
    sendAll(socket.ws, frames.map(updateFrame));
    expect((await socket.closed).code).toBe(CloseCode.tooLarge);
    const stored = (await fromDisk(notebookDocName(invitee.me.id)));
    expect(stored.getText('reflection:next:part-0').toString()).toBe(chunk);
    expect(Y.encodeStateAsUpdate(stored).length).toBeLessThanOrEqual(DocSchemas.notebook.maxBytes);
  });

  it('pieces whose dependencies never arrive are not held and not handed to others', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    // An edit made on top of words the server never saw: it cannot integrate.
    const elsewhere = new Y.Doc();
    elsewhere.getText(GROUND_RULES_KEY).insert(0, 'never sent '.repeat(10_000));
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(elsewhere));
    const orphans = updatesOf(doc, () => doc.getText(GROUND_RULES_KEY).insert(50, 'orphan '.repeat(12_000)));
    const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
    await attacker.opened;
    sendAll(attacker.ws, orphans.map(updateFrame));
    expect((await attacker.closed).code).toBe(CloseCode.badFrame);
    const room = (await app.server.deps.rooms.room(docName(spaceId, 'together')));
    expect(room.doc.store.pendingStructs).toBeNull();
    const fresh = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    await whenSynced(fresh.provider);
    expect(fresh.doc.store.pendingStructs).toBeNull();
    await friendStillHeard(spaceId, opener, 'Whole words.');
  });
});

describe('sync requests', () => {
  it('a stream of sync requests on one socket is answered a few times, then closed with 1013', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
    await attacker.opened;
    await until(() => attacker.received.length >= 1, 5000, 'the opening sync step');
    const before = attacker.received.length;
    const ask = step1Frame(new Y.Doc());
    for (let i = 0; i < 60; i++) attacker.ws.send(ask);
    expect((await attacker.closed).code).toBe(CloseCode.slowDown);
    expect(attacker.received.length - before).toBeLessThanOrEqual(3);
    await friendStillHeard(spaceId, opener, 'Calm.');
  });
});
