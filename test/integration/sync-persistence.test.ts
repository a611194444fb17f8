// Documents survive a restart exactly: the first sync after it already carries the content,
// and a long edit history is compacted into a snapshot.
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY, LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { openSpacePair } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { providerPool, until, whenSynced } from '../helpers/sync.ts';

const servers: TestServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.close().catch(() => {});
});
const pool = providerPool();
afterEach(() => pool.destroyAll());

async function start(overrides: Parameters<typeof startTestServer>[0] = {}) {
  const s = await startTestServer(overrides);
  servers.push(s);
  return s;
}

async function restart(s: TestServer): Promise<TestServer> {
  pool.destroyAll();
  servers.splice(servers.indexOf(s), 1);
  const next = await s.restart();
  servers.push(next);
  return next;
}

/** What the document held at the very moment of its first sync. */
function atFirstSync<T>(provider: WebsocketProvider, read: () => T): Promise<T> {
  return new Promise((resolve) => provider.once('sync', (synced: boolean) => synced && resolve(read())));
}

const rules = (doc: Y.Doc) => doc.getText(GROUND_RULES_KEY).toString();
const reflection = (doc: Y.Doc) => doc.getText('draft:reflection').toString();
const logTypes = (doc: Y.Doc) => doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).toArray().map((e) => e.type);

describe('persistence', () => {
  it('restores every document after a restart, in the first sync', async () => {
    let server = await start();
    const { opener, invitee, spaceId } = await openSpacePair(server.url);
    const write = async (room: string, cookie: string, key: string, text: string) => {
      const c = pool.connect(server.url, spaceId, room, cookie);
      await whenSynced(c.provider);
      c.doc.getText(key).insert(0, text);
      const check = pool.connect(server.url, spaceId, room, cookie);
      await until(() => check.doc.getText(key).toString() === text, 5000, `${room} to be stored`);
    };
    await write('together', opener.cookie, GROUND_RULES_KEY, 'We speak for ourselves.');
    await write('mine', opener.cookie, 'draft:reflection', 'Alex, privately.');
    await write('mine', invitee.cookie, 'draft:reflection', 'Sam, privately.');

    server = await restart(server);
    const open = (room: string, cookie: string) => pool.connect(server.url, spaceId, room, cookie);
    const [log, together, aMine, bMine] = [open('log', invitee.cookie), open('together', invitee.cookie), open('mine', opener.cookie), open('mine', invitee.cookie)];
    const first = await Promise.all([
      atFirstSync(log.provider, () => logTypes(log.doc)),
      atFirstSync(together.provider, () => rules(together.doc)),
      atFirstSync(aMine.provider, () => reflection(aMine.doc)),
      atFirstSync(bMine.provider, () => reflection(bMine.doc)),
    ]);
    expect(first).toEqual([['space-opened', 'friend-joined'], 'We speak for ourselves.', 'Alex, privately.', 'Sam, privately.']);
    expect((await invitee.json('GET', `/api/spaces/${spaceId}`)).body).toMatchObject({ phase: 'open' });
  });

  it('frees a room a moment after its last connection leaves, and reloads it intact', async () => {
    const server = await start();
    const { opener, spaceId } = await openSpacePair(server.url);
    const a = pool.connect(server.url, spaceId, 'together', opener.cookie);
    await whenSynced(a.provider);
    a.doc.getText(GROUND_RULES_KEY).insert(0, 'Kept while nobody is here.');
    const check = pool.connect(server.url, spaceId, 'together', opener.cookie);
    await until(() => rules(check.doc) === 'Kept while nobody is here.', 5000, 'the edit to be stored');
    expect(server.deps.rooms.size).toBeGreaterThan(0);
    pool.destroyAll();
    await until(() => server.deps.rooms.size === 0, 5000, 'the rooms to be freed');
    const again = pool.connect(server.url, spaceId, 'together', opener.cookie);
    expect(await atFirstSync(again.provider, () => rules(again.doc))).toBe('Kept while nobody is here.');
  });

  it('compacts a long edit history into a snapshot and restores it intact', async () => {
    let server = await start({ compactAfterUpdates: 20 });
    const { opener, invitee, spaceId } = await openSpacePair(server.url);
    const a = pool.connect(server.url, spaceId, 'together', opener.cookie);
    const b = pool.connect(server.url, spaceId, 'together', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    let expected = '';
    for (let i = 0; i < 100; i++) {
      const piece = `${i};`;
      a.doc.getText(GROUND_RULES_KEY).insert(expected.length, piece);
      expected += piece;
    }
    // b sees an edit only after the server stored it.
    await until(() => rules(b.doc) === expected, 10_000, 'all 100 edits');
    const docName = `space/${spaceId}/together`;
    expect((await server.deps.store.updateCount(docName))).toBeLessThan(20);
    expect((await server.deps.store.loadDoc(docName)).snapshot).not.toBeNull();

    server = await restart(server);
    const c = pool.connect(server.url, spaceId, 'together', invitee.cookie);
    expect(await atFirstSync(c.provider, () => rules(c.doc))).toBe(expected);
    expect((await server.deps.store.updateCount(docName))).toBeLessThan(20);
  });
});
