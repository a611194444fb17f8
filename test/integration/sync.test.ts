// The three documents of a space over real WebSockets with the stock WebsocketProvider:
// live sync between the two members, and each access rule of DESIGN.md decision 3.
import WS from 'ws';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { CloseCode, DocKinds, GROUND_RULES_KEY, LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { openSpace, openSpacePair, person, PASSWORD, signUp } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { handshakeStatus, providerPool, rawSocket, until, whenClosed, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

const rules = (doc: Y.Doc) => doc.getText(GROUND_RULES_KEY);
const events = (doc: Y.Doc) => doc.getArray<SpaceEvent>(LOG_EVENTS_KEY);
const types = (doc: Y.Doc) => events(doc).toArray().map((e) => e.type);

/** The log document exactly as the server stored it. */
async function storedLog(spaceId: string): Promise<SpaceEvent[]> {
  const stored = (await app.server.deps.store.loadDoc(`space/${spaceId}/log`));
  const doc = new Y.Doc();
  if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return events(doc).toArray();
}


describe('live sync', () => {
  it('two members see each other\'s ground rules appear live, both ways', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const a = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    const b = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    rules(a.doc).insert(0, 'We listen before we answer.');
    await until(() => rules(b.doc).toString() === 'We listen before we answer.', 5000, 'b to see a');
    rules(b.doc).insert(rules(b.doc).length, ' We take breaks.');
    await until(() => rules(a.doc).toString() === 'We listen before we answer. We take breaks.', 5000, 'a to see b');
  });

  it('the log shows the accepted events and grows live when the referee accepts one', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const a = pool.connect(app.server.url, spaceId, 'log', opener.cookie);
    await whenSynced(a.provider);
    expect(types(a.doc)).toEqual(['space-opened', 'friend-joined']);
    await invitee.json('POST', `/api/spaces/${spaceId}/commands`, { id: 'leave-live-001', type: 'leave' });
    await until(() => events(a.doc).length === 3, 5000, 'the new event');
    expect(events(a.doc).get(2)).toMatchObject({ type: 'space-closed', by: invitee.me.id });
  });
});

describe('access rules', () => {
  it('a member\'s write to the log closes their socket with 4403 and the server copy is unchanged', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const a = pool.connect(app.server.url, spaceId, 'log', opener.cookie);
    const b = pool.connect(app.server.url, spaceId, 'log', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    const closed = whenClosed(a.provider);
    events(a.doc).push([{ type: 'space-closed', at: new Date().toISOString(), by: invitee.me.id, lastMessage: 'forged' }]);
    expect((await closed).code).toBe(CloseCode.forbidden);
    expect((await storedLog(spaceId)).map((e) => e.type)).toEqual(['space-opened', 'friend-joined']);
    // Anything broadcast to b would arrive before the next real event.
    await invitee.json('POST', `/api/spaces/${spaceId}/commands`, { id: 'leave-after-forgery', type: 'leave' });
    await until(() => events(b.doc).length >= 3, 5000, 'the real event');
    expect(JSON.stringify(events(b.doc).toJSON())).not.toContain('forged');
    expect(types(b.doc)).toEqual(['space-opened', 'friend-joined', 'space-closed']);
  });

  it('each member\'s private document is their own: the other sees only their own content', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const a = pool.connect(app.server.url, spaceId, 'mine', opener.cookie);
    await whenSynced(a.provider);
    a.doc.getText('draft:reflection').insert(0, 'What I wish I had said.');
    const aAgain = pool.connect(app.server.url, spaceId, 'mine', opener.cookie);
    await until(() => aAgain.doc.getText('draft:reflection').toString() === 'What I wish I had said.', 5000, 'a second tab of a');
    const b = pool.connect(app.server.url, spaceId, 'mine', invitee.cookie);
    await whenSynced(b.provider);
    expect(b.doc.getText('draft:reflection').toString()).toBe('');
    b.doc.getText('draft:reflection').insert(0, 'My own notes.');
    const bAgain = pool.connect(app.server.url, spaceId, 'mine', invitee.cookie);
    await until(() => bAgain.doc.getText('draft:reflection').toString() === 'My own notes.', 5000, 'a second tab of b');
    expect(a.doc.getText('draft:reflection').toString()).toBe('What I wish I had said.');
    expect(aAgain.doc.getText('draft:reflection').toString()).toBe('What I wish I had said.');
  });

  it('no client can even name the other person\'s private document', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    expect(await handshakeStatus(rawSocket(app.server.url, spaceId, `mine/${invitee.me.id}`, opener.cookie))).toBe(404);
    for (const room of [`mine:${invitee.me.id}`, invitee.me.id, 'theirs']) {
      const socket = rawSocket(app.server.url, spaceId, room, opener.cookie);
      expect((await socket.closed).code).toBe(CloseCode.notFound);
      expect(socket.received).toEqual([]);
    }
  });

  it('a signed-in stranger is closed with 4403 on every document before any byte of it', async () => {
    const { spaceId } = await openSpacePair(app.server.url);
    const stranger = await signUp(app.server.url);
    for (const kind of DocKinds) {
      const socket = rawSocket(app.server.url, spaceId, kind, stranger.cookie);
      expect((await socket.closed).code).toBe(CloseCode.forbidden);
      expect(socket.received).toEqual([]);
      const { provider } = pool.connect(app.server.url, spaceId, kind, stranger.cookie);
      expect((await whenClosed(provider)).code).toBe(CloseCode.forbidden);
    }
  });

  it('a socket without a valid session is closed with 4401', async () => {
    const { spaceId } = await openSpacePair(app.server.url);
    for (const cookie of ['', 'mend_session=abcdefghijklmnopqrstuvwx.abcdefghijklmnopqrstuvwxyz234567', 'mend_session=garbage']) {
      const socket = rawSocket(app.server.url, spaceId, 'together', cookie);
      expect((await socket.closed).code).toBe(CloseCode.unauthorized);
      expect(socket.received).toEqual([]);
    }
  });

  it('a foreign or missing Origin on the upgrade is refused with HTTP 403', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    expect(await handshakeStatus(rawSocket(app.server.url, spaceId, 'together', opener.cookie, 'http://evil.example'))).toBe(403);
    expect(await handshakeStatus(rawSocket(app.server.url, spaceId, 'together', opener.cookie, `${app.server.url}.evil.example`))).toBe(403);
    const noOrigin = new WS(`${app.server.url.replace(/^http/, 'ws')}/sync/spaces/${spaceId}/together`, { headers: { cookie: opener.cookie } });
    noOrigin.on('error', () => {});
    const status = await new Promise<number>((resolve) => {
      noOrigin.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      noOrigin.once('open', () => resolve(101));
    });
    noOrigin.terminate();
    expect(status).toBe(403);
  });

  it('the invited friend cannot open any document before joining', async () => {
    const opener = await signUp(app.server.url);
    const { id: spaceId } = await openSpace(opener);
    const friend = await signUp(app.server.url);
    for (const kind of DocKinds) {
      const socket = rawSocket(app.server.url, spaceId, kind, friend.cookie);
      expect((await socket.closed).code).toBe(CloseCode.forbidden);
      expect(socket.received).toEqual([]);
    }
    const own = rawSocket(app.server.url, spaceId, 'together', opener.cookie);
    expect((await own.closed).code).toBe(CloseCode.forbidden);
  });

  it('the opener reads the log from the start and sees each answer arrive live', async () => {
    const opener = await signUp(app.server.url);
    const { id: spaceId, token } = await openSpace(opener);
    const watching = pool.connect(app.server.url, spaceId, 'log', opener.cookie);
    await whenSynced(watching.provider);
    expect(types(watching.doc)).toEqual(['space-opened']);
    await person(app.server.url).json('POST', `/api/invitations/${token}`, { answer: 'not-yet', askAgainAfter: '2099-01-01' });
    await until(() => types(watching.doc).includes('invitation-deferred'), 5000, 'the "not yet" arriving live');
    const friend = await signUp(app.server.url);
    await friend.json('POST', `/api/invitations/${token}`, { answer: 'join' });
    await until(() => types(watching.doc).includes('friend-joined'), 5000, 'the join arriving live');
  });
});

describe('a closed space', () => {
  it('takes write rights from sockets already open to the together document', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const a = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    const b = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    rules(a.doc).insert(0, 'Agreed.');
    await until(() => rules(b.doc).toString() === 'Agreed.', 5000, 'the edit before closing');
    await invitee.json('POST', `/api/spaces/${spaceId}/commands`, { id: 'leave-then-write', type: 'leave' });
    const closed = whenClosed(a.provider);
    rules(a.doc).insert(rules(a.doc).length, ' Written after the friend left.');
    expect((await closed).code).toBe(CloseCode.spaceClosed);
    const reader = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await whenSynced(reader.provider);
    expect(rules(reader.doc).toString()).toBe('Agreed.');
    expect(rules(b.doc).toString()).toBe('Agreed.');
  });
});

describe('signing out', () => {
  it('closes that session\'s open sockets with 4440; other sessions and the other member stay connected', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const otherDevice = person(app.server.url);
    expect((await otherDevice.json('POST', '/api/sessions', { name: opener.me.name, password: PASSWORD })).status).toBe(200);
    const together = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    const log = pool.connect(app.server.url, spaceId, 'log', opener.cookie);
    const phone = pool.connect(app.server.url, spaceId, 'together', otherDevice.cookie);
    const friend = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await Promise.all([together, log, phone, friend].map((c) => whenSynced(c.provider)));
    const closes = [whenClosed(together.provider), whenClosed(log.provider)];
    const oldCookie = opener.cookie;
    expect((await opener.request('DELETE', '/api/sessions/current')).status).toBe(204);
    for (const close of await Promise.all(closes)) expect(close.code).toBe(CloseCode.signedOut);
    rules(friend.doc).insert(0, 'Still here.');
    await until(() => rules(phone.doc).toString() === 'Still here.', 5000, 'the other device');
    expect(phone.provider.wsconnected && friend.provider.wsconnected).toBe(true);
    const replay = rawSocket(app.server.url, spaceId, 'together', oldCookie);
    expect((await replay.closed).code).toBe(CloseCode.unauthorized);
  });

  it('a new password set with a recovery code closes the sockets of every old session', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const together = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    await whenSynced(together.provider);
    const closed = whenClosed(together.provider);
    const res = await person(app.server.url).json('POST', '/api/accounts/recover', {
      name: opener.me.name,
      code: opener.recoveryCodes[0],
      newPassword: 'a fresh long password',
    });
    expect(res.status).toBe(200);
    expect((await closed).code).toBe(CloseCode.signedOut);
  });
});
