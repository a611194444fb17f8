// The stock client keeps a default presence state ({}) on every document unless told
// otherwise, and re-sends it every 15 s. The server turns a state without `here` into "no
// presence"; it must not answer with a removal of the sender's own state, which the stock
// client contradicts by re-sending with a higher clock: an endless ping-pong that also set
// the other client relaying, until the frame budget closed both (then with 4429, which the stock client took as final).
// Found by the crash durability run (test/faults/crash.test.ts), where it stopped both clients.
import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { GROUND_RULES_KEY, MessageTag } from '../../shared/wire.ts';
import { openSpacePair } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { providerPool, until, whenSynced } from '../helpers/sync.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** Counts the presence frames a provider sends from now on. */
function countAwarenessFrames(provider: WebsocketProvider): () => number {
  const ws = provider.ws;
  if (!ws) throw new Error('not connected');
  let count = 0;
  const send = ws.send.bind(ws);
  ws.send = (data: Parameters<WebSocket['send']>[0]) => {
    if (data instanceof Uint8Array && data[0] === MessageTag.awareness) count++;
    send(data);
  };
  return () => count;
}

async function pair() {
  const { opener, invitee, spaceId } = await openSpacePair(server.url);
  const a = pool.connect(server.url, spaceId, 'together', opener.cookie);
  const b = pool.connect(server.url, spaceId, 'together', invitee.cookie);
  await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
  return { a, b };
}

/** Twenty edits from a, each waited for at b: a ping-pong would add a frame on every trip. */
async function roundTrips(a: { doc: Y.Doc }, b: { doc: Y.Doc }): Promise<void> {
  const text = a.doc.getText(GROUND_RULES_KEY);
  const start = text.length;
  for (let i = 1; i <= 20; i++) {
    text.insert(text.length, '.');
    await until(() => b.doc.getText(GROUND_RULES_KEY).length === start + i, 5000, `round trip ${i}`);
  }
}

describe('presence echo', () => {
  it('a periodic re-send of the default presence state sets off no ping-pong', async () => {
    const { a, b } = await pair();
    const [fromA, fromB] = [countAwarenessFrames(a.provider), countAwarenessFrames(b.provider)];
    // What the stock client's 15-second timer does, twice.
    for (let i = 0; i < 2; i++) a.provider.awareness.setLocalState(a.provider.awareness.getLocalState());
    await roundTrips(a, b);
    expect(fromA()).toBeLessThanOrEqual(2);
    expect(fromB()).toBeLessThanOrEqual(2);
    expect([a.provider.wsconnected, b.provider.wsconnected]).toEqual([true, true]);
  });

  it('turning presence off without clearing the state ends after one exchange', async () => {
    const { a, b } = await pair();
    a.provider.awareness.setLocalState({ here: true });
    await until(() => [...b.provider.awareness.getStates().values()].some((s) => s.here === true), 5000, 'b to see a here');
    const [fromA, fromB] = [countAwarenessFrames(a.provider), countAwarenessFrames(b.provider)];
    a.provider.awareness.setLocalState({});
    await until(() => ![...b.provider.awareness.getStates().values()].some((s) => s.here === true), 5000, 'a to leave');
    await roundTrips(a, b);
    // The change, the answer to the server's removal; b relays what it heard once.
    expect(fromA()).toBeLessThanOrEqual(3);
    expect(fromB()).toBeLessThanOrEqual(3);
    expect([a.provider.wsconnected, b.provider.wsconnected]).toEqual([true, true]);
  });
});
