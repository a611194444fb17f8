// The conversation's rules over real HTTP and real WebSocket clients: out-of-turn commands,
// a double submission, pass, pause and resume, and the log each member syncs.
import * as Y from 'yjs';
import { afterEach, describe, expect, it } from 'vitest';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY, LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { openSpacePair, type Person } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

let n = 0;
const cmd = (p: Person, spaceId: string, body: Record<string, unknown>, id = `cmd-${process.pid}-${++n}`) =>
  p.json<{ events?: SpaceEvent[]; error?: { code: string; reason?: string } }>('POST', `/api/spaces/${spaceId}/commands`, { id, ...body });

/** A pair who both agreed to the ground rules, so the first prompt is open. */
async function startedPair() {
  const pair = await openSpacePair(app.server.url);
  const together = pool.connect(app.server.url, pair.spaceId, 'together', pair.opener.cookie);
  await whenSynced(together.provider);
  together.doc.getText(GROUND_RULES_KEY).insert(0, 'We speak about today.');
  const stored = async () => (await app.server.deps.rooms.room(`space/${pair.spaceId}/together`)).doc.getText(GROUND_RULES_KEY).toString();
  await until(async () => (await stored()) === 'We speak about today.', 5000, 'the ground rules to reach the server');
  expect((await cmd(pair.opener, pair.spaceId, { type: 'agree-ground-rules', text: 'We speak about today.' })).status).toBe(200);
  const agreed = await cmd(pair.invitee, pair.spaceId, { type: 'agree-ground-rules', text: 'We speak about today.' });
  expect(agreed.status).toBe(200);
  const opened = agreed.body.events?.find((e) => e.type === 'prompt-opened');
  if (opened?.type !== 'prompt-opened') throw new Error('the first prompt did not open');
  return { ...pair, at: { deckId: opened.deckId, promptId: opened.promptId } };
}

describe('the conversation over HTTP', () => {
  it('refuses agreement to words other than those in the shared document', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const res = await cmd(opener, spaceId, { type: 'agree-ground-rules', text: 'Words nobody wrote.' });
    expect(res.status).toBe(409);
    expect(res.body.error?.reason).toBe('ground-rules-changed');
  });

  it('refuses out-of-turn commands with a reason, and changes nothing', async () => {
    const { opener, invitee, spaceId, at } = await startedPair();
    const before = (await app.server.deps.store.events(spaceId)).length;
    const outOfTurn = await cmd(opener, spaceId, { type: 'share', ...at, text: 'Me first.' });
    expect(outOfTurn.status).toBe(409);
    expect(outOfTurn.body.error).toMatchObject({ code: 'refused', reason: 'not-your-turn' });
    expect((await cmd(invitee, spaceId, { type: 'share', ...at, text: 'It has been a long year.' })).status).toBe(200);
    const answerBack = await cmd(opener, spaceId, { type: 'share', ...at, text: 'But you never wrote.' });
    expect(answerBack.body.error?.reason).toBe('hear-first');
    const stale = await cmd(opener, spaceId, { type: 'hear', deckId: at.deckId, promptId: 'not-this-one', text: 'x' });
    expect(stale.body.error?.reason).toBe('stale-prompt');
    expect((await app.server.deps.store.events(spaceId)).length).toBe(before + 1);
  });

  it('applies a double submission once and answers both with the same events', async () => {
    const { invitee, spaceId, at } = await startedPair();
    const body = { type: 'share', ...at, text: 'Sent twice by a shaky connection.' };
    const [a, b] = await Promise.all([cmd(invitee, spaceId, body, 'double-id-1'), cmd(invitee, spaceId, body, 'double-id-1')]);
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(b.body.events).toEqual(a.body.events);
    const again = await cmd(invitee, spaceId, body, 'double-id-1');
    expect(again.body.events).toEqual(a.body.events);
    expect((await app.server.deps.store.events(spaceId)).filter((e) => e.type === 'shared')).toHaveLength(1);
  });

  it('lets either pass, and opens the next prompt only after a pause ends', async () => {
    const { opener, invitee, spaceId, at } = await startedPair();
    expect((await cmd(opener, spaceId, { type: 'set-pace', pace: 'paused' })).status).toBe(200);
    expect((await cmd(invitee, spaceId, { type: 'pass', ...at })).status).toBe(200);
    const last = await cmd(opener, spaceId, { type: 'pass', ...at });
    expect(last.body.events?.map((e) => e.type)).toEqual(['passed']);
    const resumed = await cmd(opener, spaceId, { type: 'set-pace', pace: 'ready' });
    expect(resumed.body.events?.map((e) => e.type)).toEqual(['pace-set', 'prompt-opened']);
  });

  it('refuses a stranger and a command after the space is closed', async () => {
    const { opener, invitee, spaceId } = await startedPair();
    const other = await openSpacePair(app.server.url);
    expect((await cmd(other.opener, spaceId, { type: 'set-pace', pace: 'paused' })).status).toBe(404);
    expect((await cmd(opener, spaceId, { type: 'leave' })).status).toBe(200);
    const after = await cmd(invitee, spaceId, { type: 'set-pace', pace: 'ready' });
    expect(after.body.error?.reason).toBe('closed');
  });

  it('rejects malformed commands with a clear 400', async () => {
    const { invitee, spaceId, at } = await startedPair();
    expect((await cmd(invitee, spaceId, { type: 'share', ...at, text: '   ' })).status).toBe(400);
    expect((await cmd(invitee, spaceId, { type: 'share', ...at, text: 'x', extra: 1 })).body.error?.code).toBe('unknown-field');
    expect((await cmd(invitee, spaceId, { type: 'forgive' })).status).toBe(400);
    expect((await cmd(invitee, spaceId, { type: 'share', ...at, text: 'x'.repeat(10_001) })).status).toBe(400);
  });
});

describe('the log each member syncs', () => {
  it('shows the other\'s reply live, in order, the same for both', async () => {
    const { opener, invitee, spaceId, at } = await startedPair();
    const a = pool.connect(app.server.url, spaceId, 'log', opener.cookie);
    const b = pool.connect(app.server.url, spaceId, 'log', invitee.cookie);
    await Promise.all([whenSynced(a.provider), whenSynced(b.provider)]);
    const types = (doc: Y.Doc) => doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).toArray().map((e) => e.type);
    await cmd(invitee, spaceId, { type: 'share', ...at, text: 'Hello from far away.' });
    await until(() => types(a.doc).includes('shared'), 5000, 'the reply to appear live');
    await cmd(opener, spaceId, { type: 'hear', ...at, text: 'You are far away.' });
    await until(() => types(b.doc).includes('heard'), 5000, 'the reflection to appear live');
    expect(types(a.doc)).toEqual(types(b.doc));
    expect(types(a.doc)).toEqual((await app.server.deps.store.events(spaceId)).map((e) => e.type));
  });
});
