// Flooding a space with commands: the cost of a command must not grow with the log (the referee
// folded the whole log on every command and every read), and one person's flood must meet a
// limit of its own while the other friend carries on.
import { describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import type { Store } from '../../server/storage/store.ts';
import { openSpace, openSpacePair, signUp } from '../helpers/http.ts';
import { cmd } from '../helpers/rounds.ts';
import { paceAt, seedLog } from '../helpers/seed.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';

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
    await seedLog(app.server.deps, spaceId, [{ id: opener.me.id, name: opener.me.name }, { id: invitee.me.id, name: invitee.me.name }], 5_000);
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

describe('one person flooding a space with commands', () => {
  it('meets a limit with Retry-After, while the other friend carries on in the same space', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    let accepted = 0;
    let refused: Awaited<ReturnType<typeof cmd>> | undefined;
    let retryAfter: string | null = null;
    for (let i = 0; i < 200 && !refused; i++) {
      const res = await opener.request('POST', `/api/spaces/${spaceId}/commands`, { id: `flood-${process.pid}-${i}`, type: 'set-pace', pace: paceAt(i * 2) });
      if (res.status === 200) accepted++;
      else {
        retryAfter = res.headers.get('retry-after');
        refused = { status: res.status, body: (await res.json()) as { error?: { code: string } } };
      }
      if (res.status === 200) await res.arrayBuffer();
    }
    expect(accepted).toBeGreaterThanOrEqual(30);
    expect(refused?.status).toBe(429);
    expect(refused?.body.error?.code).toBe('slow-down');
    expect(Number(retryAfter)).toBeGreaterThanOrEqual(1);
    // Not the whole space: the other friend's budget is their own.
    expect((await cmd(invitee, spaceId, { type: 'set-pace', pace: 'paused' })).status).toBe(200);
    // Waiting as long as Retry-After said is enough.
    const undo = shiftClock(app.server, Number(retryAfter) * 1000);
    try {
      expect((await cmd(opener, spaceId, { type: 'set-pace', pace: 'taking-time' })).status).toBe(200);
    } finally {
      undo();
    }
  });
});

describe('opening space after space', () => {
  it('is limited per person per day, kindly, and opens again a day later', async () => {
    const opener = await signUp(app.server.url);
    for (let i = 0; i < 10; i++) await openSpace(opener);
    const eleventh = await opener.request('POST', '/api/spaces', { friendName: 'Sam', note: 'One more.' });
    expect(eleventh.status).toBe(429);
    const body = (await eleventh.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('too-many-spaces');
    expect(body.error.message).not.toContain('!');
    const wait = Number(eleventh.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(wait).toBeLessThanOrEqual(86_400);
    // Someone else is not held back by it.
    await openSpace(await signUp(app.server.url));
    const undo = shiftClock(app.server, wait * 1000);
    try {
      await openSpace(opener);
    } finally {
      undo();
    }
  });

  it('is not squeezed past by a request whose body is still arriving', async () => {
    const opener = await signUp(app.server.url);
    for (let i = 0; i < 9; i++) await openSpace(opener);
    // Through the app itself, so the test holds the body of the first request open.
    const site = createApp(app.server.deps);
    const headers = { origin: app.server.config.publicOrigin, cookie: opener.cookie, 'content-type': 'application/json' };
    const [head, tail] = [new TextEncoder().encode('{"friendName":"Sam",'), new TextEncoder().encode('"note":"Slowly."}')];
    let finish: (() => void) | undefined;
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(head);
        finish = () => {
          controller.enqueue(tail);
          controller.close();
        };
      },
    });
    // With its length announced, the body streams into the route instead of being read up front.
    const length = { 'content-length': String(head.length + tail.length) };
    const slow = site.fetch(new Request(`${app.server.url}/api/spaces`, { method: 'POST', headers: { ...headers, ...length }, body, duplex: 'half' } as RequestInit));
    // One turn of the loop: the slow request is now waiting for the rest of its body.
    await new Promise((resolve) => setImmediate(resolve));
    const quick = await site.fetch(new Request(`${app.server.url}/api/spaces`, { method: 'POST', headers, body: '{"friendName":"Sam","note":"Quickly."}' }));
    expect(quick.status).toBe(201);
    finish?.();
    expect((await slow).status).toBe(429);
  });
});
