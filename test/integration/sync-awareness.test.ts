// Presence over the y-websocket awareness protocol: the server stamps who is speaking,
// shows a person only when they chose to be shown, and lets nobody speak for another.
import type WS from 'ws';
import type * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { afterEach, describe, expect, it } from 'vitest';
import { GROUND_RULES_KEY } from '../../shared/wire.ts';
import { awarenessFrame } from '../helpers/attack.ts';
import { useTestServer } from '../helpers/server.ts';
import { pairInTogether, providerPool, rawSocket, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

type State = Record<string, unknown>;
const stateOf = (provider: WebsocketProvider, doc: Y.Doc): State | undefined => provider.awareness.getStates().get(doc.clientID);


describe('presence', () => {
  it('carries the name the server knows, whatever name the client claims', async () => {
    const { opener, invitee, a, b } = await pairInTogether(app.server.url, pool);
    a.provider.awareness.setLocalState({ here: true, user: { id: invitee.me.id, name: invitee.me.name }, color: 'red' });
    await until(() => stateOf(b.provider, a.doc) !== undefined, 5000, 'a to appear');
    expect(stateOf(b.provider, a.doc)).toEqual({ here: true, user: { id: opener.me.id, name: opener.me.name } });
  });

  it('shows a person only while their state says here: true', async () => {
    const { opener, a, b } = await pairInTogether(app.server.url, pool);
    const seen: Array<State | undefined> = [];
    b.provider.awareness.on('change', () => seen.push(stateOf(b.provider, a.doc)));
    a.provider.awareness.setLocalState({ here: false, user: { name: 'Hidden' } });
    a.provider.awareness.setLocalState({ here: 'yes' });
    a.provider.awareness.setLocalState({ here: 1 });
    a.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(b.provider, a.doc) !== undefined, 5000, 'a to appear');
    // Nothing before `here: true` ever showed a.
    expect(seen.filter((s) => s !== undefined)).toEqual([{ here: true, user: { id: opener.me.id, name: opener.me.name } }]);
    a.provider.awareness.setLocalStateField('here', false);
    await until(() => stateOf(b.provider, a.doc) === undefined, 5000, 'a to disappear');
  });

  it('lets nobody remove or overwrite the other member\'s presence', async () => {
    const { opener, invitee, spaceId, a, b } = await pairInTogether(app.server.url, pool);
    a.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(b.provider, a.doc) !== undefined, 5000, 'a to appear');
    const shown = { here: true, user: { id: opener.me.id, name: opener.me.name } };

    const attacker = rawSocket(app.server.url, spaceId, 'together', invitee.cookie);
    await attacker.opened;
    const target = a.doc.clientID;
    attacker.ws.send(awarenessFrame([[target, 1_000_000, null]]));
    attacker.ws.send(awarenessFrame([[target, 1_000_001, { here: true, user: { name: 'Not really Alex' } }]]));
    // The attacker's own presence arrives after both forgeries on the same socket.
    const own = 424242;
    attacker.ws.send(awarenessFrame([[own, 1, { here: true }]]));
    await until(() => b.provider.awareness.getStates().has(own), 5000, 'the attacker\'s own presence');

    expect(b.provider.awareness.getStates().get(own)).toEqual({ here: true, user: { id: invitee.me.id, name: invitee.me.name } });
    expect(stateOf(b.provider, a.doc)).toEqual(shown);
    const observer = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await until(() => stateOf(observer.provider, a.doc) !== undefined, 5000, 'a fresh observer to see a');
    expect(stateOf(observer.provider, a.doc)).toEqual(shown);
    attacker.ws.close();
  });

  it('shows a person again after their line dropped, though the other client echoed their departure', async () => {
    const { opener, invitee, spaceId, a, b } = await pairInTogether(app.server.url, pool);
    b.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(a.provider, b.doc) !== undefined, 5000, 'b to appear');
    // A phone losing signal: no goodbye, the server notices the socket is gone.
    b.provider.shouldConnect = false;
    (b.provider.ws as unknown as WS | null)?.terminate();
    await until(() => stateOf(a.provider, b.doc) === undefined, 5000, 'b to leave');
    // The stock client re-sends the removal it just heard. Once a's own presence reaches a
    // third client, the server has read that echo too: same socket, same order.
    const observer = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await whenSynced(observer.provider);
    a.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(observer.provider, a.doc) !== undefined, 5000, 'a to appear');
    b.provider.connect();
    await whenSynced(b.provider);
    // What the client's 15-second renewal does, without the wait.
    b.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(a.provider, b.doc) !== undefined, 5000, 'b to appear again');
    expect(stateOf(a.provider, b.doc)).toEqual({ here: true, user: { id: invitee.me.id, name: invitee.me.name } });
    expect(stateOf(b.provider, a.doc)).toEqual({ here: true, user: { id: opener.me.id, name: opener.me.name } });
  });

  it('shows a person again as soon as their tab reconnects, without waiting for a renewal', async () => {
    const { invitee, a, b } = await pairInTogether(app.server.url, pool);
    b.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(a.provider, b.doc) !== undefined, 5000, 'b to appear');
    b.provider.disconnect();
    await until(() => stateOf(a.provider, b.doc) === undefined, 5000, 'b to leave');
    const back = Date.now();
    b.provider.connect();
    // The stock client renews every 15 s; well before that, b is shown again with its name.
    await until(() => stateOf(a.provider, b.doc) !== undefined, 5000, 'b to appear again');
    expect(Date.now() - back).toBeLessThan(10_000);
    expect(stateOf(a.provider, b.doc)).toEqual({ here: true, user: { id: invitee.me.id, name: invitee.me.name } });
    // And nothing keeps bouncing: b's presence settles after one exchange.
    let frames = 0;
    a.provider.awareness.on('update', () => frames++);
    await until(() => b.provider.awareness.getStates().size >= 1, 1000, 'settle');
    const before = frames;
    b.doc.getText(GROUND_RULES_KEY).insert(0, 'x');
    await until(() => a.doc.getText(GROUND_RULES_KEY).toString() === 'x', 5000, 'an edit round trip');
    expect(frames - before).toBeLessThan(3);
  });

  it('keeps a departed person\'s clientID theirs: the other cannot take it over', async () => {
    const { opener, invitee, spaceId, a, b } = await pairInTogether(app.server.url, pool);
    b.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(a.provider, b.doc) !== undefined, 5000, 'b to appear');
    b.provider.disconnect();
    await until(() => stateOf(a.provider, b.doc) === undefined, 5000, 'b to leave');
    const taker = rawSocket(app.server.url, spaceId, 'together', opener.cookie);
    await taker.opened;
    taker.ws.send(awarenessFrame([[b.doc.clientID, 1_000, { here: true }]]));
    taker.ws.send(awarenessFrame([[31337, 1, { here: true }]]));
    await until(() => a.provider.awareness.getStates().has(31337), 5000, 'the taker\'s own presence');
    expect(stateOf(a.provider, b.doc)).toBeUndefined();
    b.provider.connect();
    await whenSynced(b.provider);
    b.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(a.provider, b.doc) !== undefined, 5000, 'b to appear again');
    expect(stateOf(a.provider, b.doc)).toEqual({ here: true, user: { id: invitee.me.id, name: invitee.me.name } });
    taker.ws.close();
  });

  it('removes a person\'s presence when their socket closes', async () => {
    const { a, b } = await pairInTogether(app.server.url, pool);
    a.provider.awareness.setLocalState({ here: true });
    await until(() => stateOf(b.provider, a.doc) !== undefined, 5000, 'a to appear');
    a.provider.disconnect();
    await until(() => stateOf(b.provider, a.doc) === undefined, 5000, 'a to leave');
  });
});
