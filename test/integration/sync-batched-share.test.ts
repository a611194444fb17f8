// A burst of updates stored in one group commit reaches the other member merged: fewer
// messages than updates, the same text, and nothing echoed back to the sender.
import * as decoding from 'lib0/decoding';
import * as syncProtocol from 'y-protocols/sync';
import type WS from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { loadStored } from '../../server/sync/room.ts';
import { GROUND_RULES_KEY, MessageTag } from '../../shared/wire.ts';
import { useTestServer } from '../helpers/server.ts';
import { pairInTogether, providerPool, until } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** Counts the document updates a provider's socket receives from now on. */
function countUpdates(provider: { ws: unknown }): { count: number } {
  const seen = { count: 0 };
  (provider.ws as WS).addEventListener('message', (event) => {
    const d = decoding.createDecoder(new Uint8Array(event.data as ArrayBuffer));
    if (decoding.readVarUint(d) === MessageTag.sync && decoding.readVarUint(d) === syncProtocol.messageYjsUpdate) seen.count++;
  });
  return seen;
}

describe('sharing a group commit', () => {
  it('sends a burst of one person\'s updates to the other merged, and none back to the sender', async () => {
    const { spaceId, a, b } = await pairInTogether(app.server.url, pool);
    const toA = countUpdates(a.provider);
    const toB = countUpdates(b.provider);
    const text = a.doc.getText(GROUND_RULES_KEY);
    const updates = 40;
    // One synchronous burst, each edit its own update and message, as fast typing or a paste.
    for (let i = 0; i < updates; i++) text.insert(Math.floor(text.length / 2), `${i} `);
    const expected = text.toString();
    await until(() => b.doc.getText(GROUND_RULES_KEY).toString() === expected, 5000, 'b to hold every update');
    expect(toB.count).toBeGreaterThan(0);
    expect(toB.count).toBeLessThan(updates);
    expect(toA.count).toBe(0);
    // What b received had been stored.
    const stored = loadStored(await app.server.deps.store.loadDoc(`space/${spaceId}/together`));
    expect(stored.getText(GROUND_RULES_KEY).toString()).toBe(expected);
  });
});
