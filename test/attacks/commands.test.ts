// Flooding a space with commands: the cost of a command must not grow with the log (the referee
// folded the whole log on every command and every read), and one person's flood must meet a
// limit of its own while the other friend carries on.
import { describe, expect, it } from 'vitest';
import type { Store } from '../../server/storage/store.ts';
import { openSpacePair } from '../helpers/http.ts';
import { cmd } from '../helpers/rounds.ts';
import { seedLog } from '../helpers/seed.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();

/** Counts the events the store hands out, through any of its methods, until the returned undo. */
function countEventsRead(store: Store): { readonly count: number; undo(): void } {
  const target = store as unknown as Record<string, unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  let count = 0;
  const eventsIn = (value: unknown): number => {
    if (Array.isArray(value)) return value.length;
    if (value && typeof value === 'object' && 'events' in value && Array.isArray(value.events)) return value.events.length;
    return 0;
  };
  for (const [key, value] of Object.entries(target)) {
    if (typeof value !== 'function' || key === 'transaction') continue;
    const fn = value as (...args: unknown[]) => unknown;
    originals.set(key, fn);
    target[key] = (...args: unknown[]) => {
      const result = fn(...args);
      count += eventsIn(result);
      return result;
    };
  }
  return {
    get count() {
      return count;
    },
    undo: () => originals.forEach((fn, key) => (target[key] = fn)),
  };
}

describe('a space with a long log', () => {
  it('answers a command and a read without going through the whole log again', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    seedLog(app.server.deps, spaceId, [{ id: opener.me.id, name: opener.me.name }, { id: invitee.me.id, name: invitee.me.name }], 5_000);
    // The first read after the bulk write may fold it once; what matters is every one after it.
    expect((await opener.json('GET', `/api/spaces/${spaceId}`)).status).toBe(200);
    const reads = countEventsRead(app.server.deps.store);
    try {
      expect((await cmd(opener, spaceId, { type: 'set-pace', pace: 'taking-time' })).status).toBe(200);
      expect((await cmd(invitee, spaceId, { type: 'set-pace', pace: 'taking-time' })).status).toBe(200);
      expect((await invitee.json('GET', `/api/spaces/${spaceId}`)).status).toBe(200);
      expect((await invitee.json('GET', '/api/spaces')).status).toBe(200);
    } finally {
      reads.undo();
    }
    expect(reads.count).toBeLessThan(20);
  });
});
