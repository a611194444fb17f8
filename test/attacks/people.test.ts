// Budgets per person, not per socket (issue 8, items 2 to 4): one account flooding its own
// notebook from many sockets, opening sockets by the dozen, or flooding presence so that the
// other friend's own client echoes it back. The other friend stays connected and heard, and
// a bystander's requests stay fast.
import fs from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { notebookDocName } from '../../shared/access.ts';
import { DocSchemas } from '../../shared/doc-schemas.ts';
import { CloseCode, GROUND_RULES_KEY, NOTEBOOK, NOTEBOOK_PATH } from '../../shared/wire.ts';
import { PERSON_BUDGET } from '../../server/sync/person-budget.ts';
import { awarenessFrame, floodNotebook } from '../helpers/attack.ts';
import { PASSWORD, openSpacePair, signUp } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { pairInTogether, providerPool, rawSocketAt, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

const notebookPath = `${NOTEBOOK_PATH}/${NOTEBOOK}`;


/** An edit by one friend arrives at the other. */
async function roundTrip(from: Y.Doc, to: Y.Doc, words: string): Promise<void> {
  const text = from.getText(GROUND_RULES_KEY);
  text.insert(text.length, words);
  await until(() => to.getText(GROUND_RULES_KEY).toString().includes(words), 5000, `"${words}" to arrive`);
}

describe('one person, many sockets', () => {
  it('six sockets flooding one notebook share one budget: closed, the file barely grows, the friends carry on', async () => {
    const { invitee, a, b } = await pairInTogether(app.server.url, pool);
    const file = path.join(app.server.dataDir, 'mend.sqlite');
    const sizeBefore = fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
    const sockets = Array.from({ length: 6 }, () => rawSocketAt(app.server.url, notebookPath, invitee.cookie));
    await Promise.all(sockets.map((s) => s.opened));
    // 6 x 100 x ~60 KB: about 36 MB offered.
    sockets.forEach((s, i) => floodNotebook(s, 100, `s${i}`));
    await roundTrip(a.doc, b.doc, 'During.');
    const codes = await Promise.all(sockets.map((s) => s.closed.then((c) => c.code)));
    for (const code of codes) expect([CloseCode.slowDown, CloseCode.tooLarge]).toContain(code);
    await roundTrip(b.doc, a.doc, ' After.');
    const room = (await app.server.deps.rooms.room(notebookDocName(invitee.me.id)));
    expect(Y.encodeStateAsUpdate(room.doc).length).toBeLessThanOrEqual(DocSchemas.notebook.maxBytes);
    const sizeAfter = fs.statSync(file).size + (fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0);
    // The budget lets through a few MB at most; the flood offered 36.
    expect(sizeAfter - sizeBefore).toBeLessThan(PERSON_BUDGET.byteBurst + 4 * 1024 * 1024);
  });

  it('a person holds a few devices\' worth of sockets, not hundreds', async () => {
    const someone = await signUp(app.server.url);
    const sockets = Array.from({ length: PERSON_BUDGET.maxSockets + 10 }, () => rawSocketAt(app.server.url, notebookPath, someone.cookie));
    await Promise.all(sockets.map((s) => s.opened));
    const refused = await Promise.all(
      sockets.map((s) => Promise.race([s.closed.then((c) => c.code), until(() => s.received.length > 0, 5000, 'a first frame').then(() => 0)])),
    );
    expect(refused.filter((code) => code === CloseCode.slowDown)).toHaveLength(10);
    expect(refused.filter((code) => code === 0)).toHaveLength(PERSON_BUDGET.maxSockets);
    for (const s of sockets) s.ws.close();
    // Closing gives the slots back.
    await until(() => sockets.every((s) => s.ws.readyState === s.ws.CLOSED), 5000, 'the sockets to close');
    const again = rawSocketAt(app.server.url, notebookPath, someone.cookie);
    await again.opened;
    await until(() => again.received.length > 0, 5000, 'a socket after the others closed');
    again.ws.close();
  });
});

describe('presence', () => {
  it('a presence flood from three sockets is relayed calmly and never spends the other friend\'s budget', async () => {
    const { invitee, spaceId, a, b } = await pairInTogether(app.server.url, pool);
    a.provider.awareness.setLocalState({ here: true });
    let drops = 0;
    a.provider.on('connection-close', () => drops++);
    let heard = 0;
    a.provider.awareness.on('update', ({ updated }: { updated: number[] }) => {
      heard += updated.filter((id) => id !== a.provider.awareness.clientID).length;
    });
    const sockets = Array.from({ length: 3 }, () => rawSocketAt(app.server.url, `/sync/spaces/${spaceId}/together`, invitee.cookie));
    await Promise.all(sockets.map((s) => s.opened));
    // Each socket inside its own frame budget (55 a second of 60), for four seconds.
    let clock = 0;
    const started = Date.now();
    const timer = setInterval(() => {
      clock++;
      sockets.forEach((s, i) => {
        if (s.ws.readyState === s.ws.OPEN) s.ws.send(awarenessFrame([[900_000 + i, clock, { here: true, n: clock }]]));
      });
    }, 18);
    try {
      await until(() => Date.now() - started > 4000, 6000, 'four seconds of flood');
    } finally {
      clearInterval(timer);
    }
    await roundTrip(b.doc, a.doc, 'Through the noise.');
    expect(drops).toBe(0);
    expect(a.provider.wsconnected).toBe(true);
    // Three clientIDs, one relay a second each, for about four seconds.
    expect(heard).toBeLessThanOrEqual(3 * 6);
    expect(heard).toBeGreaterThan(0);
    for (const s of sockets) s.ws.close();
  });
});

describe('reading what only the server writes', () => {
  it('a reader coming back to a log with deletions is not refused (its step 2 changes nothing)', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const reader = pool.connect(app.server.url, spaceId, 'log', opener.cookie);
    await whenSynced(reader.provider);
    // Erasure rewrites the log: deletions the reader's delete set then carries back.
    expect((await invitee.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
    await until(() => reader.doc.getArray('events').toArray().some((e) => (e as { type: string }).type === 'space-closed'), 5000, 'the close');
    let refused: number | null = null;
    reader.provider.on('connection-close', (event: { code: number } | null) => {
      if (event && event.code >= 4400) refused = event.code;
    });
    reader.provider.disconnect();
    reader.provider.connect();
    await until(() => reader.provider.synced && reader.provider.wsconnected, 5000, 'the reader to sync again');
    // One more server write proves the reader is still on the line.
    await app.server.deps.rooms.change(`space/${spaceId}/log`, (doc) => doc.getArray('events').push([{ type: 'probe' }]));
    await until(() => reader.doc.getArray('events').length > 0 && (reader.doc.getArray('events').toArray().at(-1) as { type: string }).type === 'probe', 5000, 'the next write');
    expect(refused).toBeNull();
  });
});
