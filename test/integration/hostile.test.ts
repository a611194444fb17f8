// Hostile input (issue 5, item 4): the published Yjs decoder payloads that loop or exhaust
// memory, floods of awareness and of frames, path tricks, foreign Origins on every state
// change, and another space's id on every route. Each gets a clear refusal; the server
// stays up, the other friend's session is untouched, and nothing stored is lost.
import * as encoding from 'lib0/encoding';
import type WS from 'ws';
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode, GROUND_RULES_KEY, MessageTag } from '../../shared/wire.ts';
import { openSpacePair } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, rawSocket, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

const frame = (tag: number, write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, tag);
  write(e);
  return encoding.toUint8Array(e);
};
const updateFrame = (update: Uint8Array) =>
  frame(MessageTag.sync, (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });
const bytes = (write: (e: encoding.Encoder) => void) => {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
};

const payloads: Array<[string, Uint8Array]> = [
  ['an empty update (yjs #498)', new Uint8Array(0)],
  ['base64 garbage as an update (yjs #479)', new Uint8Array(Buffer.from('garbagedoc', 'base64'))],
  ['the run-length payload of yjs #687', new Uint8Array(Buffer.from('00010000000001000100010200001602000001fdffffffff7f0000', 'hex'))],
  ['two billion structs declared in a few bytes', bytes((e) => [1, 2 ** 31, 7, 0, 0, 5].forEach((n) => encoding.writeVarUint(e, n)))],
  [
    'a deleted run of 2^40 items',
    bytes((e) => {
      [1, 1, 9, 0].forEach((n) => encoding.writeVarUint(e, n));
      encoding.writeUint8(e, 1); // ContentDeleted, parent named by key
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, GROUND_RULES_KEY);
      encoding.writeVarUint(e, 2 ** 40);
      encoding.writeVarUint(e, 0);
    }),
  ],
  [
    'any-content nested 100,000 deep',
    bytes((e) => {
      [1, 1, 11, 0].forEach((n) => encoding.writeVarUint(e, n));
      encoding.writeUint8(e, 8); // ContentAny
      encoding.writeVarUint(e, 1);
      encoding.writeVarString(e, GROUND_RULES_KEY);
      encoding.writeVarUint(e, 1);
      for (let i = 0; i < 100_000; i++) {
        encoding.writeUint8(e, 117); // an array of one
        encoding.writeVarUint(e, 1);
      }
      encoding.writeUint8(e, 127);
      encoding.writeVarUint(e, 0);
    }),
  ],
];

const rules = (doc: Y.Doc) => doc.getText(GROUND_RULES_KEY);

/** Two members editing; an attacker (the invitee's own cookie) sends `attack`; all must be well after. */
async function underAttack(attack: (ws: WS) => void) {
  const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
  const a = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
  const b = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
  await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
  rules(a.doc).insert(0, 'Kept.');
  await until(() => rules(b.doc).toString() === 'Kept.', 5000, 'the first edit');
  const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
  await attacker.opened;
  attack(attacker.ws);
  const closed = await attacker.closed;
  rules(a.doc).insert(rules(a.doc).length, ' Still here.');
  await until(() => rules(b.doc).toString() === 'Kept. Still here.', 5000, 'an edit after the attack');
  expect(a.provider.wsconnected).toBe(true);
  expect((await opener.json('GET', '/api/me')).status).toBe(200);
  const fresh = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
  await whenSynced(fresh.provider);
  expect(rules(fresh.doc).toString()).toBe('Kept. Still here.');
  return closed;
}

describe('published Yjs payloads', () => {
  it.each(payloads)('%s closes the sender only; the document and the other friend are untouched', async (_name, payload) => {
    const closed = await underAttack((ws) => ws.send(updateFrame(payload)));
    expect([CloseCode.badFrame, CloseCode.forbidden]).toContain(closed.code);
  });
});

describe('floods', () => {
  it('a flood of frames spends the socket\'s budget and closes it with 1013, try again later', async () => {
    const closed = await underAttack((ws) => {
      const ping = frame(MessageTag.queryAwareness, () => {});
      for (let i = 0; i < 2000; i++) ws.send(ping);
    });
    expect(closed.code).toBe(CloseCode.slowDown);
  });

  it('a flood of awareness clientIDs in one message is refused', async () => {
    const closed = await underAttack((ws) => {
      const update = bytes((e) => {
        encoding.writeVarUint(e, 10_000);
        for (let id = 1; id <= 10_000; id++) {
          encoding.writeVarUint(e, id);
          encoding.writeVarUint(e, 1);
          encoding.writeVarString(e, '{"here":true}');
        }
      });
      ws.send(frame(MessageTag.awareness, (e) => encoding.writeVarUint8Array(e, update)));
    });
    expect(closed.code).toBe(CloseCode.badFrame);
  });

  it('clientIDs spread over many messages are capped per connection', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const watcher = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    await whenSynced(watcher.provider);
    const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
    await attacker.opened;
    for (let id = 1; id <= 50; id++) {
      const update = bytes((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint(e, 1000 + id);
        encoding.writeVarUint(e, 1);
        encoding.writeVarString(e, '{"here":true}');
      });
      attacker.ws.send(frame(MessageTag.awareness, (e) => encoding.writeVarUint8Array(e, update)));
    }
    await until(() => watcher.provider.awareness.getStates().size >= 2, 5000, 'presence to arrive');
    // A last message after the flood proves the server processed all of it before we count.
    attacker.ws.send(frame(MessageTag.queryAwareness, () => {}));
    await until(() => attacker.received.length > 4, 5000, 'the answer to the query');
    const theirs = [...watcher.provider.awareness.getStates().keys()].filter((id) => id !== watcher.provider.awareness.clientID);
    expect(theirs.length).toBeLessThanOrEqual(4);
    attacker.ws.close();
  });
});

describe('path tricks and other spaces', () => {
  it('answers odd space ids with a JSON 404, never a 500', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    for (const path of [
      `/api/spaces/${spaceId.toUpperCase()}`,
      `/api/spaces/${spaceId}/`,
      `/api/spaces/..%2F${spaceId}`,
      `/api/spaces/${spaceId}%2Fcommands`,
      `/api/spaces/%2e%2e/spaces`,
      `/api/spaces/${spaceId}/../../me`,
      `/api/spaces/${'a'.repeat(5000)}`,
    ]) {
      const res = await opener.request('GET', path);
      // "%2e%2e" is "..": URL normalisation may land on the person's own list, which is theirs.
      expect([200, 400, 401, 404], path).toContain(res.status);
      expect(res.headers.get('content-type') ?? '', path).toMatch(/json/);
      if (res.status === 200) expect(await res.text()).not.toContain('"note"');
    }
  });

  it('closes sockets on odd ids and unknown documents with 4404 or an HTTP 404', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    for (const [id, doc] of [[spaceId.toUpperCase(), 'log'], [`..%2F${spaceId}`, 'log'], [spaceId, 'mine%2F..%2Fx'], [spaceId, 'LOG']]) {
      const raw = rawSocket(app.server.url, id as string, doc as string, opener.cookie);
      const outcome = await raw.opened.then(() => raw.closed.then((c) => c.code), (e: { status?: number }) => e.status ?? 0);
      expect([CloseCode.notFound, 404]).toContain(outcome);
    }
  });

  it('refuses a foreign Origin on every state-changing route', async () => {
    const { opener, spaceId, token } = await openSpacePair(app.server.url);
    const routes: Array<[string, string, unknown]> = [
      ['POST', '/api/accounts', { name: 'Eve', password: 'a long enough password' }],
      ['POST', '/api/accounts/recover', { name: 'x', code: 'y', newPassword: 'a long enough password' }],
      ['POST', '/api/sessions', { name: 'x', password: 'y' }],
      ['DELETE', '/api/sessions/current', undefined],
      ['POST', '/api/spaces', { friendName: 'x', note: 'y' }],
      ['POST', `/api/spaces/${spaceId}/invitation`, undefined],
      ['DELETE', `/api/spaces/${spaceId}/invitation`, undefined],
      ['POST', `/api/spaces/${spaceId}/commands`, { id: 'abcdefgh1', type: 'set-pace', pace: 'paused' }],
      ['POST', `/api/invitations/${token}`, { answer: 'no-thanks' }],
      ['DELETE', '/api/accounts/me', { password: 'x' }],
      ['PUT', '/api/me/reminders', { email: 'never' }],
    ];
    for (const [method, path, body] of routes) {
      const res = await opener.request(method, path, body, { origin: 'https://evil.example' });
      expect(res.status, `${method} ${path}`).toBe(403);
    }
    // Nothing changed: the space is still open and the session still works.
    expect((await opener.json<{ phase: string }>('GET', `/api/spaces/${spaceId}`)).body.phase).toBe('open');
  });

  it('answers another space\'s id with 404 on every route', async () => {
    const mine = await openSpacePair(app.server.url);
    const theirs = await openSpacePair(app.server.url);
    const id = theirs.spaceId;
    for (const [method, path, body] of [
      ['GET', `/api/spaces/${id}`],
      ['GET', `/api/spaces/${id}/sealed`],
      ['GET', `/api/spaces/${id}/export`],
      ['GET', `/api/spaces/${id}/meetings/m1/calendar.ics`],
      ['POST', `/api/spaces/${id}/invitation`],
      ['DELETE', `/api/spaces/${id}/invitation`],
      ['POST', `/api/spaces/${id}/commands`, { id: 'abcdefgh2', type: 'set-pace', pace: 'paused' }],
    ] as Array<[string, string, unknown]>) {
      const res = await mine.opener.request(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(404);
    }
    expect((await app.server.deps.store.events(id)).some((e) => e.type === 'pace-set')).toBe(false);
  });
});
