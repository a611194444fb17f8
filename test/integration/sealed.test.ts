// Sealed means sealed on the server: before both have answered, nothing of one person's
// check-in or reassessment reaches the other by any route or document.
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import { LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { openSpacePair, type Person } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

let n = 0;
const cmd = (p: Person, spaceId: string, body: Record<string, unknown>) =>
  p.json('POST', `/api/spaces/${spaceId}/commands`, { id: `sealed-${process.pid}-${++n}`, ...body });

/** Everything the other member can read over HTTP and sync, as one string. */
async function everythingVisibleTo(p: Person, spaceId: string): Promise<string> {
  const parts: string[] = [];
  for (const path of [`/api/spaces/${spaceId}`, '/api/spaces', `/api/spaces/${spaceId}/sealed`, `/api/spaces/${spaceId}/export`, '/api/export', '/api/notices']) {
    const res = await p.request('GET', path);
    parts.push(`${path} ${res.status} ${await res.text()}`);
  }
  for (const room of ['log', 'together', 'mine']) {
    const { doc, provider } = pool.connect(app.server.url, spaceId, room, p.cookie);
    await whenSynced(provider);
    parts.push(JSON.stringify(doc.toJSON()), Buffer.from(Y.encodeStateAsUpdate(doc)).toString('latin1'));
  }
  return parts.join('\n');
}

describe('sealed answers', () => {
  it('keeps a check-in unreadable to the other until both answered, then reveals both at once', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const secret = `SEALED-NOTE-${process.pid}-${Date.now()}`;
    expect((await cmd(opener, spaceId, { type: 'answer-checkin', safe: 2, seen: 4, appreciated: 1, note: secret })).status).toBe(200);

    const seen = await everythingVisibleTo(invitee, spaceId);
    expect(seen).not.toContain(secret);
    expect(seen).not.toContain('"appreciated":1');
    // The writer can read back their own sealed answer, and only theirs.
    expect((await opener.json<{ checkin: { note: string } }>('GET', `/api/spaces/${spaceId}/sealed`)).body.checkin.note).toBe(secret);
    expect((await invitee.json<{ checkin: unknown }>('GET', `/api/spaces/${spaceId}/sealed`)).body.checkin).toBeNull();

    const log = pool.connect(app.server.url, spaceId, 'log', invitee.cookie);
    await whenSynced(log.provider);
    await cmd(invitee, spaceId, { type: 'answer-checkin', safe: 5, seen: 5, appreciated: 5 });
    const events = () => log.doc.getArray<{ type: string; answers?: Record<string, { note: string | null }> }>(LOG_EVENTS_KEY).toArray();
    await until(() => events().some((e) => e.type === 'checkin-revealed'), 5000, 'the reveal');
    const reveal = events().find((e) => e.type === 'checkin-revealed');
    expect(reveal?.answers?.[opener.me.id]?.note).toBe(secret);
    expect(Object.keys(reveal?.answers ?? {})).toHaveLength(2);
  });

  it('keeps a reassessment choice sealed, and lets its writer change it before the reveal', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const words = `SEALED-WORDS-${process.pid}-${Date.now()}`;
    await cmd(invitee, spaceId, { type: 'choose-reassessment', now: 'pause', hope: 'lighter', words });
    await cmd(invitee, spaceId, { type: 'choose-reassessment', now: 'lighter', hope: 'lighter', words });
    expect(await everythingVisibleTo(opener, spaceId)).not.toContain(words);
    const res = await cmd(opener, spaceId, { type: 'choose-reassessment', now: 'lighter', hope: 'closer' });
    expect(res.status).toBe(200);
    const state = (await app.server.deps.referee.state(spaceId));
    if (state.phase !== 'open') throw new Error('not open');
    expect(state.rebuild.reassessments[0]?.choices[invitee.me.id]).toEqual({ now: 'lighter', hope: 'lighter', words });
  });
});
