// Presence in a room (server/sync/presence.ts), read directly: a connection that leaves takes
// its presence away for everyone, and what is published for other instances names only
// clientIDs that were ever kept, whatever the connection claimed.
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { describe, expect, it } from 'vitest';
import { Presence, type PresenceMember } from '../../server/sync/presence.ts';
import { readAwarenessEntries } from '../../server/sync/protocol.ts';
import { SYNC_LIMITS } from '../../server/sync/limits.ts';

/** What a stock client sends: its own awareness state as an update. */
function stateOf(clientId: number, state: Record<string, unknown>): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const aw = new awarenessProtocol.Awareness(doc);
  aw.setLocalState(state);
  const update = awarenessProtocol.encodeAwarenessUpdate(aw, [clientId]);
  aw.destroy();
  return update;
}

describe('presence', () => {
  it('publishes a leaving connection\'s removal only for the clientIDs it kept', () => {
    const published: Uint8Array[] = [];
    const members: PresenceMember[] = [];
    const room = { presenceMembers: () => members, relayPresence: () => undefined };
    const presence = new Presence(new Y.Doc(), SYNC_LIMITS, room, Date.now, (u) => published.push(u));
    const quiet: PresenceMember = { userId: 'u-quiet', name: 'Quiet', clientIds: new Set() };
    const here: PresenceMember = { userId: 'u-here', name: 'Here', clientIds: new Set() };
    members.push(quiet, here);

    // The stock client's opening empty state claims its clientID but is not presence.
    presence.receive(quiet, stateOf(101, {}), quiet);
    presence.receive(here, stateOf(202, { here: true }), here);
    expect(quiet.clientIds.has(101)).toBe(true);
    published.length = 0;

    expect(() => presence.forget(quiet)).not.toThrow();
    expect(published).toEqual([]);
    presence.forget(here);
    expect(published.flatMap((u) => readAwarenessEntries(u, 8).map((e) => [e.clientId, e.state]))).toEqual([[202, null]]);
    presence.destroy();
  });
});
