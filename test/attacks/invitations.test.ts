// Anyone holding an invitation link may answer it without an account, so "not yet" must not be
// a way to grow the space's log without end: a repeated answer changes nothing, and answers
// meet a limit per link and per address. The friend it was meant for can still join.
import { describe, expect, it } from 'vitest';
import { openSpace, person, signUp } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';

const app = useTestServer();
const answerPath = (token: string) => `/api/invitations/${token}`;
const deferrals = async (spaceId: string) => (await app.server.deps.store.events(spaceId)).filter((e) => e.type === 'invitation-deferred');

describe('answering "not yet" again and again', () => {
  it('keeps one answer in the log while the answer stays the same, and the last answer counts', async () => {
    const { id, token } = await openSpace(await signUp(app.server.url));
    const guest = person(app.server.url);
    for (let i = 0; i < 4; i++)
      expect((await guest.json('POST', answerPath(token), { answer: 'not-yet', askAgainAfter: '2027-03-01' })).status).toBe(200);
    expect((await deferrals(id))).toHaveLength(1);
    expect((await guest.json('POST', answerPath(token), { answer: 'not-yet', askAgainAfter: '2027-04-01' })).status).toBe(200);
    expect((await deferrals(id))).toHaveLength(2);
    expect((await app.server.deps.referee.state(id))).toMatchObject({ phase: 'invited', notYet: { askAgainAfter: '2027-04-01' } });
  });

  it('meets a limit per link, with Retry-After, and the friend can still join', async () => {
    const { id, token } = await openSpace(await signUp(app.server.url));
    const guest = person(app.server.url);
    let refused: Response | undefined;
    for (let i = 0; i < 100 && !refused; i++) {
      // A different date each time, so each answer is a real change.
      const res = await guest.request('POST', answerPath(token), { answer: 'not-yet', askAgainAfter: `2027-01-${String((i % 28) + 1).padStart(2, '0')}` });
      if (res.status === 429) refused = res;
      else expect(res.status).toBe(200);
      await res.arrayBuffer().catch(() => undefined);
    }
    expect(refused?.status).toBe(429);
    expect(Number(refused?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await deferrals(id)).length).toBeLessThanOrEqual(10);
    const friend = await signUp(app.server.url);
    expect((await friend.json('POST', answerPath(token), { answer: 'join' })).status).toBe(200);
  });
});

describe('answering many invitations from one address', () => {
  const strict = useTestServer({
    invitationLimits: { perLink: { burst: 5, perSecond: 1 / 600 }, perAddress: { burst: 3, perSecond: 1 / 10 } },
  });

  it('meets a limit per address, and opens again after the wait', async () => {
    const opener = await signUp(strict.server.url);
    const links = [await openSpace(opener), await openSpace(opener), await openSpace(opener), await openSpace(opener)];
    const guest = person(strict.server.url);
    for (const link of links.slice(0, 3))
      expect((await guest.json('POST', answerPath(link.token), { answer: 'not-yet' })).status).toBe(200);
    const fourth = await guest.request('POST', answerPath((links[3] as { token: string }).token), { answer: 'not-yet' });
    expect(fourth.status).toBe(429);
    const wait = Number(fourth.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    const undo = shiftClock(strict.server, wait * 1000);
    try {
      expect((await guest.json('POST', answerPath((links[3] as { token: string }).token), { answer: 'not-yet' })).status).toBe(200);
    } finally {
      undo();
    }
  });
});
