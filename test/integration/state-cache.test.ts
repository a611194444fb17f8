// The referee keeps each space's folded state between commands (server/spaces/state-cache.ts).
// What it keeps must always equal folding the whole log from the start: after a conversation,
// after events written outside the referee, and after deleting an account rewrites the log.
import { afterEach, describe, expect, it } from 'vitest';
import { fold } from '../../shared/space/evolve.ts';
import type { SpaceEvent, SpaceState } from '../../shared/space/types.ts';
import { PASSWORD } from '../helpers/http.ts';
import { must, talkingPair } from '../helpers/rounds.ts';
import { seedLog } from '../helpers/seed.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

const fullFold = async (spaceId: string) => fold((await app.server.deps.store.events(spaceId)));
const kept = async (spaceId: string) => (await app.server.deps.referee.state(spaceId));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

describe('the kept state of a space', () => {
  it('equals a full fold after many commands, and after events written beside the referee', async () => {
    const { opener, invitee, spaceId, at } = await talkingPair(app.server, pool);
    await must(invitee, spaceId, { type: 'share', ...at, text: 'It has been a long year.' });
    await must(opener, spaceId, { type: 'hear', ...at, text: 'A long year for you.' });
    await must(invitee, spaceId, { type: 'confirm', ...at });
    await must(opener, spaceId, { type: 'share', ...at, text: 'I kept meaning to write.' });
    await must(invitee, spaceId, { type: 'hear', ...at, text: 'You meant to write.' });
    expect((await kept(spaceId))).toEqual((await fullFold(spaceId)));

    await must(opener, spaceId, { type: 'confirm', ...at });
    await must(opener, spaceId, { type: 'offer-apology', text: 'I am sorry I went quiet.' });
    await must(opener, spaceId, { type: 'propose-commitment', text: 'Call on Friday' });
    // Appended without the referee: the kept state must pick these up from the log.
    await seedLog(app.server.deps, spaceId, [{ id: opener.me.id, name: opener.me.name }, { id: invitee.me.id, name: invitee.me.name }], 300);
    await must(invitee, spaceId, { type: 'set-pace', pace: 'taking-time', backAround: '2027-01-10' });
    await must(invitee, spaceId, { type: 'choose-rhythm', rhythm: 'monthly' });
    expect((await kept(spaceId))).toEqual((await fullFold(spaceId)));
  });

  it('equals a full fold of the rewritten log after an account is deleted', async () => {
    const { opener, invitee, spaceId, at } = await talkingPair(app.server, pool);
    await must(invitee, spaceId, { type: 'share', ...at, text: 'SAM-WORDS that must go.' });
    await must(opener, spaceId, { type: 'hear', ...at, text: 'ALEX-WORDS that stay.' });
    const before = (await kept(spaceId));
    expect(JSON.stringify(before)).toContain('SAM-WORDS');

    expect((await invitee.json('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
    const after = (await kept(spaceId));
    expect(after).toEqual((await fullFold(spaceId)));
    expect(JSON.stringify(after)).not.toContain('SAM-WORDS');
    expect(JSON.stringify(after)).toContain('ALEX-WORDS');
    expect(after.phase).toBe('closed');
  });

  it('is never changed by folding: every state along a log survives being frozen', async () => {
    const { opener, invitee, spaceId, at } = await talkingPair(app.server, pool);
    await must(invitee, spaceId, { type: 'share', ...at, text: 'Words.' });
    await must(opener, spaceId, { type: 'hear', ...at, text: 'Heard.' });
    await must(invitee, spaceId, { type: 'confirm', ...at });
    await must(opener, spaceId, { type: 'propose-commitment', text: 'Write next week' });
    const events: SpaceEvent[] = (await app.server.deps.store.events(spaceId));
    let state: SpaceState = deepFreeze(fold([]));
    for (const event of events) state = deepFreeze(fold([event], state));
    expect(state).toEqual((await fullFold(spaceId)));
  });
});
