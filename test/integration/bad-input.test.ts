// Bad input gets a clear error and loses nothing (issue 2, item 8): over HTTP a fitting 4xx
// with a reason and never a stack trace; over WebSocket only the offending socket closes.
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type WS from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { CloseCode, GROUND_RULES_KEY, Limits, MessageTag } from '../../shared/wire.ts';
import { PASSWORD, openSpacePair, person, signUp, uniqueName } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, rawSocket, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** Every body the server sent in this file, checked at the end for stack traces. */
const bodies: string[] = [];
async function send(path: string, init: RequestInit & { duplex?: 'half' } = {}, origin: string | null = app.server.url) {
  const headers = new Headers(init.headers);
  if (origin !== null) headers.set('origin', origin);
  const res = await fetch(app.server.url + path, { ...init, headers });
  const text = await res.text();
  bodies.push(text);
  return { status: res.status, type: res.headers.get('content-type') ?? '', connection: res.headers.get('connection'), text, body: text.startsWith('{') ? (JSON.parse(text) as unknown) : null };
}
const postJson = (path: string, body: string, headers: Record<string, string> = {}) =>
  send(path, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } });
const errorCode = (code: string) => ({ error: expect.objectContaining({ code, message: expect.any(String) }) });

describe('bad HTTP input', () => {
  it('answers malformed JSON with 400 invalid-json', async () => {
    for (const body of ['{"name":', 'not json', '{"name": "x",}', "{'name': 'x'}", ''])
      expect(await postJson('/api/accounts', body)).toMatchObject({ status: 400, body: errorCode('invalid-json') });
  });

  it('answers JSON of the wrong shape with 400 and the reason', async () => {
    for (const body of ['null', '[]', '"a string"', '42', '{"name": 5, "password": true}', `${'['.repeat(5000)}${']'.repeat(5000)}`])
      expect(await postJson('/api/accounts', body)).toMatchObject({ status: 400, body: errorCode('validation') });
  });

  it('answers an unknown field with 400 unknown-field, naming it', async () => {
    const res = await postJson('/api/accounts', JSON.stringify({ name: uniqueName('Kit'), password: PASSWORD, isAdmin: true }));
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'unknown-field', reason: 'isAdmin' } } });
  });

  it('answers a body that is not JSON with 415', async () => {
    const res = await send('/api/accounts', { method: 'POST', body: 'name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(res.status).toBe(415);
  });

  it('answers an oversized body with 413 when it declares its Content-Length', async () => {
    const body = JSON.stringify({ name: 'x', password: 'y'.repeat(Limits.bodyBytes) });
    expect(await postJson('/api/accounts', body)).toMatchObject({ status: 413, body: errorCode('too-large'), connection: 'close' });
  });

  it('answers an oversized body with 413 when it streams without a Content-Length', async () => {
    const chunk = new TextEncoder().encode('y'.repeat(8192));
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent === 0) controller.enqueue(new TextEncoder().encode('{"name":"x","password":"'));
        if (sent > Limits.bodyBytes * 2) return controller.close();
        controller.enqueue(chunk);
        sent += chunk.length;
      },
    });
    const res = await send('/api/accounts', { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'application/json' } });
    expect(res).toMatchObject({ status: 413, body: errorCode('too-large') });
    // The unread rest of the body makes the connection unusable; the client must not reuse it.
    expect(res.connection).toBe('close');
  });

  it('still reads a small streamed body without a Content-Length', async () => {
    const json = JSON.stringify({ name: uniqueName('Streamer'), password: PASSWORD });
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(json));
        controller.close();
      },
    });
    const res = await send('/api/accounts', { method: 'POST', body: stream, duplex: 'half', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
  });

  it('answers unknown API routes and methods with a JSON 404', async () => {
    for (const [method, path] of [['GET', '/api/nothing'], ['POST', '/api/nothing'], ['PUT', '/api/me'], ['GET', '/api/spaces/x/y/z'], ['GET', '/sync/nothing']] as const) {
      const res = await send(path, { method, ...(method === 'GET' ? {} : { body: '{}', headers: { 'content-type': 'application/json' } }) });
      expect(res, `${method} ${path}`).toMatchObject({ status: 404, body: errorCode('not-found') });
      expect(res.type).toMatch(/^application\/json/);
    }
  });

  it('refuses a state change from a foreign Origin with 403 foreign-origin', async () => {
    const p = await signUp(app.server.url);
    for (const origin of ['http://evil.example', `${app.server.url}.evil.example`, 'null']) {
      const res = await send('/api/spaces', { method: 'POST', body: JSON.stringify({ friendName: 'Sam', note: 'hi' }), headers: { 'content-type': 'application/json', cookie: p.cookie } }, origin);
      expect(res).toMatchObject({ status: 403, body: errorCode('foreign-origin') });
    }
    expect((await send('/api/sessions/current', { method: 'DELETE', headers: { cookie: p.cookie } }, 'http://evil.example')).status).toBe(403);
    expect((await p.json('GET', '/api/me')).status).toBe(200);
  });

  it('refuses a state change without an Origin with 403', async () => {
    const res = await send('/api/accounts', { method: 'POST', body: JSON.stringify({ name: uniqueName('NoOrigin'), password: PASSWORD }), headers: { 'content-type': 'application/json' } }, null);
    expect(res).toMatchObject({ status: 403, body: errorCode('foreign-origin') });
  });

  it('answers odd paths, cookies and bytes with a 4xx, never a 500', async () => {
    const odd = [
      await send('/api/invitations/%E0%A4%A'),
      await send('/api/spaces/%ZZ', { headers: { cookie: 'mend_session=%%%; other' } }),
      await send('/api/me', { headers: { cookie: `mend_session=${'a'.repeat(9000)}` } }),
      await send('/api/me', { headers: { cookie: 'mend_session=.' } }),
      await send('/api/accounts', { method: 'POST', body: new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), headers: { 'content-type': 'application/json' } }),
      await send('/api/invitations/..%2F..%2Fetc', { method: 'POST', body: '{"answer":"no-thanks"}', headers: { 'content-type': 'application/json' } }),
    ];
    for (const res of odd) expect(res.status).toBeGreaterThanOrEqual(400);
    for (const res of odd) expect(res.status).toBeLessThan(500);
  });

  it('never sends a stack trace or a file path in any of the answers above', () => {
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) {
      expect(body).not.toMatch(/\bat .*[/\\]\S+:\d+/);
      expect(body).not.toMatch(/node_modules|\/work\/|\.ts:\d+/);
    }
  });
});

/** A sync frame carrying an update: what a member's client sends when it edits. */
function updateFrame(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MessageTag.sync);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}
const realUpdate = () => {
  const doc = new Y.Doc();
  doc.getText(GROUND_RULES_KEY).insert(0, 'a perfectly fine edit that will be cut short');
  return Y.encodeStateAsUpdate(doc);
};

const badFrames: Array<[string, (ws: WS) => void, number]> = [
  ['garbage bytes', (ws) => ws.send(Uint8Array.from([0xde, 0xad, 0xbe, 0xef, 0x00, 0x13, 0x37])), CloseCode.badFrame],
  ['an unparseable Yjs update in a well-formed frame', (ws) => ws.send(updateFrame(new Uint8Array(64).fill(0x41))), CloseCode.badFrame],
  ['an empty frame', (ws) => ws.send(new Uint8Array(0)), CloseCode.badFrame],
  ['a truncated sync message', (ws) => ws.send(updateFrame(realUpdate()).slice(0, -7)), CloseCode.badFrame],
  ['a sync message with a truncated update inside', (ws) => ws.send(updateFrame(realUpdate().slice(0, -7))), CloseCode.badFrame],
  ['an unknown message type', (ws) => ws.send(Uint8Array.from([42, 0, 0])), CloseCode.badFrame],
  ['an unknown sync message kind', (ws) => ws.send(Uint8Array.from([MessageTag.sync, 9, 0])), CloseCode.badFrame],
  ['a malformed awareness message', (ws) => ws.send(Uint8Array.from([MessageTag.awareness, 3, 1, 5])), CloseCode.badFrame],
  ['a text frame', (ws) => ws.send('{"hello":"there"}'), CloseCode.badFrame],
  ['a frame over 512 KiB', (ws) => ws.send(new Uint8Array(Limits.frameBytes + 1)), 1009],
];

describe('bad WebSocket frames', () => {
  it.each(badFrames)('%s closes only that socket; the other member stays connected and can edit', async (_what, sendBad, code) => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const a = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    const b = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    let aCloses = 0;
    a.provider.on('connection-close', () => aCloses++);
    rules(a.doc).insert(0, 'Before.');
    await until(() => rules(b.doc).toString() === 'Before.', 5000, 'the first edit');

    const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
    await attacker.opened;
    sendBad(attacker.ws);
    expect((await attacker.closed).code).toBe(code);

    rules(a.doc).insert(rules(a.doc).length, ' After.');
    await until(() => rules(b.doc).toString() === 'Before. After.', 5000, 'the edit after the attack');
    expect(aCloses).toBe(0);
    expect(a.provider.wsconnected).toBe(true);
    expect((await opener.json('GET', '/api/me')).status).toBe(200);
    const fresh = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    await whenSynced(fresh.provider);
    expect(rules(fresh.doc).toString()).toBe('Before. After.');
  });

  it('a signed-out socket sending garbage is closed without touching anyone', async () => {
    const { spaceId } = await openSpacePair(app.server.url);
    const stranger = rawSocket(app.server.url, spaceId, 'together', '');
    expect((await stranger.closed).code).toBe(CloseCode.unauthorized);
    expect((await person(app.server.url).json('GET', '/api/me')).status).toBe(401);
  });
});

function rules(doc: Y.Doc): Y.Text {
  return doc.getText(GROUND_RULES_KEY);
}
