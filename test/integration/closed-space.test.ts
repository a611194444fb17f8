// A closed space stays readable to both, from every device that was there before: a returning
// device's copy of the log and of the together document is welcome as long as it changes
// nothing. Words written into the together document after it closed are refused with their
// own close code, so the client can say kindly that they stay on that device.
import * as decoding from 'lib0/decoding';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { encodeSyncStep1, encodeSyncStep2 } from '../../server/sync/protocol.ts';
import { CloseCode, GROUND_RULES_KEY, MessageTag } from '../../shared/wire.ts';
import { openSpacePair } from '../helpers/http.ts';
import { cmd, must } from '../helpers/rounds.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, rawSocket, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** True once the server answered a sync step 1: every frame sent before it was accepted. */
const answeredStep1 = (frames: readonly Uint8Array[]) =>
  frames.some((f) => {
    const d = decoding.createDecoder(f);
    return decoding.readVarUint(d) === MessageTag.sync && decoding.readVarUint(d) === 1;
  });

/** A device coming back: its whole copy as step 2, then a question whose answer proves the copy was taken. */
async function comeBack(spaceId: string, kind: 'log' | 'together', cookie: string, copy: Y.Doc) {
  const socket = rawSocket(app.server.url, spaceId, kind, cookie);
  await socket.opened;
  socket.ws.send(encodeSyncStep2(copy));
  socket.ws.send(encodeSyncStep1(new Y.Doc()));
  const outcome = await Promise.race([
    socket.closed.then((c) => ({ closed: c.code })),
    until(() => answeredStep1(socket.received), 5000, 'an answer').then(() => ({ closed: null })),
  ]);
  socket.ws.close();
  return outcome;
}

async function pairWithCopies() {
  const { opener: alex, invitee: sam, spaceId } = await openSpacePair(app.server.url);
  const together = pool.connect(app.server.url, spaceId, 'together', sam.cookie);
  const log = pool.connect(app.server.url, spaceId, 'log', sam.cookie);
  await Promise.all([whenSynced(together.provider), whenSynced(log.provider)]);
  together.doc.getText(GROUND_RULES_KEY).insert(0, 'We go slowly.');
  const server = async () => (await app.server.deps.rooms.room(`space/${spaceId}/together`)).doc.getText(GROUND_RULES_KEY).toString();
  await until(async () => (await server()) === 'We go slowly.', 5000, 'the rules to reach the server');
  // Sam's device goes offline, keeping its copies; Alex closes the space meanwhile.
  together.provider.disconnect();
  log.provider.disconnect();
  await must(alex, spaceId, { type: 'leave', lastMessage: 'Take care.' });
  return { alex, sam, spaceId, together: together.doc, log: log.doc };
}

describe('a closed space and a device that was there before', () => {
  it('takes back its log and its together document when they change nothing', async () => {
    const { sam, spaceId, together, log } = await pairWithCopies();
    expect(await comeBack(spaceId, 'log', sam.cookie, log)).toEqual({ closed: null });
    expect(await comeBack(spaceId, 'together', sam.cookie, together)).toEqual({ closed: null });
  });

  it('refuses words written after it closed with a code of their own, and keeps the document as it was', async () => {
    const { sam, spaceId, together } = await pairWithCopies();
    together.getText(GROUND_RULES_KEY).insert(0, 'Written offline. ');
    expect(await comeBack(spaceId, 'together', sam.cookie, together)).toEqual({ closed: CloseCode.spaceClosed });
    expect((await app.server.deps.rooms.room(`space/${spaceId}/together`)).doc.getText(GROUND_RULES_KEY).toString()).toBe('We go slowly.');
  });

  it('answers a command that arrives anyway in words that fit', async () => {
    const { sam, spaceId } = await pairWithCopies();
    const res = await cmd(sam, spaceId, { type: 'offer-apology', text: 'Sorry it ended like this.' });
    expect(res).toMatchObject({
      status: 409,
      body: { error: { code: 'refused', reason: 'closed', message: 'This space is closed, so nothing more can be added.' } },
    });
  });
});
