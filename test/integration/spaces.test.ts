// Spaces and invitations over real HTTP: mutual opt-in, single-use links, the referee's
// command log, and a stranger who learns nothing.
import { describe, expect, it } from 'vitest';
import type { InvitationView, SpaceDetail, SpaceSummary } from '../../shared/api-types.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { openSpace, openSpacePair, person, signUp, tokenOf } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';

const app = useTestServer();

const DAY = 86_400_000;
const invitationPath = (token: string) => `/api/invitations/${token}`;
const eventTypes = async (spaceId: string) => (await app.server.deps.store.events(spaceId)).map((e) => e.type);

describe('opening a space', () => {
  it('answers 201 with the space id and a link carrying a 160-bit token', async () => {
    const opener = await signUp(app.server.url);
    const res = await opener.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Sam', note: 'Hello again.' });
    expect(res.status).toBe(201);
    expect(res.body.id).toMatch(/^[a-z2-7]{16}$/);
    expect(res.body.inviteUrl).toMatch(new RegExp(`^${app.server.url}/invite/[a-z2-7]{32}$`));
    const detail = await opener.json<SpaceDetail>('GET', `/api/spaces/${res.body.id}`);
    expect(detail.body).toMatchObject({ phase: 'invited', role: 'opener', friendName: 'Sam', note: 'Hello again.' });
    const expires = Date.parse(detail.body.invitation?.expiresAt ?? '');
    expect(Math.abs(expires - (Date.now() + 14 * DAY))).toBeLessThan(60_000);
  });

  it('needs a signed-in person', async () => {
    const res = await person(app.server.url).json('POST', '/api/spaces', { friendName: 'Sam', note: 'Hi' });
    expect(res.status).toBe(401);
  });
});

describe('reading an invitation', () => {
  it('shows the opener and the note as often as asked, changes nothing, and can still be joined', async () => {
    const opener = await signUp(app.server.url);
    const { id, token } = await openSpace(opener, 'I kept thinking about that summer.');
    const visitor = person(app.server.url);
    for (let i = 0; i < 5; i++) {
      const view = await visitor.json<InvitationView>('GET', invitationPath(token));
      expect(view.status).toBe(200);
      expect(view.body).toMatchObject({ openerName: opener.me.name, friendName: 'Sam', note: 'I kept thinking about that summer.', yours: false });
    }
    // The opener reading their own link is told it is theirs (the page shows a preview, no choices).
    expect((await opener.json<InvitationView>('GET', invitationPath(token))).body.yours).toBe(true);
    expect((await eventTypes(id))).toEqual(['space-opened']);
    expect((await app.server.deps.store.invitationOf(id))).toBeDefined();
    const friend = await signUp(app.server.url);
    expect((await friend.json('POST', invitationPath(token), { answer: 'join' })).status).toBe(200);
  });

  it('sends Referrer-Policy: no-referrer on the invitation page and its API', async () => {
    const { token } = await openSpace(await signUp(app.server.url));
    const page = await fetch(`${app.server.url}/invite/${token}`);
    expect(page.headers.get('referrer-policy')).toBe('no-referrer');
    const api = await fetch(`${app.server.url}${invitationPath(token)}`);
    expect(api.headers.get('referrer-policy')).toBe('no-referrer');
  });

  it('answers 404 invitation-gone for an unknown or malformed token', async () => {
    for (const token of ['a'.repeat(32), 'not-a-token', 'A'.repeat(32)]) {
      const res = await person(app.server.url).json('GET', invitationPath(token));
      expect(res.status).toBe(404);
      expect(res.body).toMatchObject({ error: { code: 'invitation-gone' } });
    }
  });
});

describe('answering an invitation', () => {
  it('join needs an account (401), leaves the link open, then works once signed in', async () => {
    const opener = await signUp(app.server.url);
    const { id, token } = await openSpace(opener);
    const res = await person(app.server.url).json('POST', invitationPath(token), { answer: 'join' });
    expect(res.status).toBe(401);
    expect((await person(app.server.url).json('GET', invitationPath(token))).status).toBe(200);
    const friend = await signUp(app.server.url);
    const joined = await friend.json('POST', invitationPath(token), { answer: 'join' });
    expect(joined).toEqual({ status: 200, body: { answer: 'join', spaceId: id } });
    expect((await friend.json<SpaceDetail>('GET', `/api/spaces/${id}`)).body).toMatchObject({ phase: 'open', role: 'invitee', otherName: opener.me.name });
    expect((await opener.json<SpaceDetail>('GET', `/api/spaces/${id}`)).body).toMatchObject({ phase: 'open', otherName: friend.me.name });
    expect((await person(app.server.url).json('GET', invitationPath(token))).status).toBe(404);
  });

  it('not-yet with a date keeps the link valid and tells the opener when to ask again', async () => {
    const opener = await signUp(app.server.url);
    const { id, token } = await openSpace(opener);
    const res = await person(app.server.url).json('POST', invitationPath(token), { answer: 'not-yet', askAgainAfter: '2026-12-31' });
    expect(res).toEqual({ status: 200, body: { answer: 'not-yet', spaceId: null } });
    expect((await person(app.server.url).json('GET', invitationPath(token))).status).toBe(200);
    const detail = await opener.json<SpaceDetail>('GET', `/api/spaces/${id}`);
    expect(detail.body).toMatchObject({ phase: 'invited', invitation: { answeredNotYet: true, askAgainAfter: '2026-12-31' } });
    // "Your spaces" says so too, in the summary.
    const [summary] = (await opener.json<SpaceSummary[]>('GET', '/api/spaces')).body;
    expect(summary).toMatchObject({ id, phase: 'invited', notYet: { askAgainAfter: '2026-12-31' } });
    const friend = await signUp(app.server.url);
    expect((await friend.json('POST', invitationPath(token), { answer: 'join' })).status).toBe(200);
  });

  it('refuses a date that is not a real date', async () => {
    const { token } = await openSpace(await signUp(app.server.url));
    const res = await person(app.server.url).json('POST', invitationPath(token), { answer: 'not-yet', askAgainAfter: '2026-02-30' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error: { code: 'validation' } });
  });

  it('no-thanks is final: the link is gone and the opener sees the space declined', async () => {
    const opener = await signUp(app.server.url);
    const { id, token } = await openSpace(opener);
    expect((await person(app.server.url).json('POST', invitationPath(token), { answer: 'no-thanks' })).status).toBe(200);
    for (const res of [
      await person(app.server.url).json('GET', invitationPath(token)),
      await (await signUp(app.server.url)).json('POST', invitationPath(token), { answer: 'join' }),
    ])
      expect(res).toMatchObject({ status: 404, body: { error: { code: 'invitation-gone' } } });
    const detail = await opener.json<SpaceDetail>('GET', `/api/spaces/${id}`);
    expect(detail.body).toMatchObject({ phase: 'declined', invitation: null });
    expect((await opener.json('POST', `/api/spaces/${id}/invitation`)).status).toBe(409);
  });

  it('refuses the opener accepting their own link, which stays open for the friend', async () => {
    const opener = await signUp(app.server.url);
    const { id, token } = await openSpace(opener);
    for (const answer of ['join', 'no-thanks'] as const) {
      const res = await opener.json('POST', invitationPath(token), { answer });
      expect(res).toMatchObject({ status: 409, body: { error: { code: 'refused', reason: 'own-invitation' } } });
    }
    expect((await eventTypes(id))).toEqual(['space-opened']);
    expect((await person(app.server.url).json('GET', invitationPath(token))).status).toBe(200);
  });

  it('refuses a third person on a link already used', async () => {
    const { invitee, spaceId, token } = await openSpacePair(app.server.url);
    const third = await signUp(app.server.url);
    const res = await third.json('POST', invitationPath(token), { answer: 'join' });
    expect(res).toMatchObject({ status: 404, body: { error: { code: 'invitation-gone' } } });
    expect((await app.server.deps.store.spaceById(spaceId))?.inviteeId).toBe(invitee.me.id);
  });

  it('makes exactly one member of 20 people accepting one link at once', async () => {
    const opener = await signUp(app.server.url);
    const { id, token } = await openSpace(opener);
    const people = await Promise.all(Array.from({ length: 20 }, () => signUp(app.server.url)));
    const results = await Promise.all(people.map((p) => p.json('POST', invitationPath(token), { answer: 'join' })));
    const winners = people.filter((_, i) => results[i]?.status === 200);
    expect(winners).toHaveLength(1);
    for (const r of results.filter((r) => r.status !== 200)) expect(r).toMatchObject({ status: 404, body: { error: { code: 'invitation-gone' } } });
    expect((await app.server.deps.store.spaceById(id))).toMatchObject({ phase: 'open', inviteeId: winners[0]?.me.id });
    expect((await eventTypes(id))).toEqual(['space-opened', 'friend-joined']);
  });
});

describe('managing the link', () => {
  it('a new link voids the old one', async () => {
    const opener = await signUp(app.server.url);
    const { id, token: old } = await openSpace(opener);
    const res = await opener.json<{ inviteUrl: string }>('POST', `/api/spaces/${id}/invitation`);
    expect(res.status).toBe(201);
    const fresh = tokenOf(res.body.inviteUrl);
    expect(fresh).not.toBe(old);
    expect((await person(app.server.url).json('GET', invitationPath(old))).status).toBe(404);
    expect((await (await signUp(app.server.url)).json('POST', invitationPath(old), { answer: 'join' })).status).toBe(404);
    expect((await (await signUp(app.server.url)).json('POST', invitationPath(fresh), { answer: 'join' })).status).toBe(200);
  });

  it('a revoked link stops working, and a new one can be made', async () => {
    const opener = await signUp(app.server.url);
    const { id, token } = await openSpace(opener);
    expect((await opener.request('DELETE', `/api/spaces/${id}/invitation`)).status).toBe(204);
    expect((await person(app.server.url).json('GET', invitationPath(token))).status).toBe(404);
    expect((await (await signUp(app.server.url)).json('POST', invitationPath(token), { answer: 'join' })).status).toBe(404);
    expect((await opener.json<SpaceDetail>('GET', `/api/spaces/${id}`)).body.invitation).toBeNull();
    expect((await opener.json('POST', `/api/spaces/${id}/invitation`)).status).toBe(201);
  });

  it('a link works until 14 days have passed, then it has expired', async () => {
    const opener = await signUp(app.server.url);
    const { token } = await openSpace(opener);
    const friend = await signUp(app.server.url);
    let undo = shiftClock(app.server, 14 * DAY - 60_000);
    try {
      expect((await person(app.server.url).json('GET', invitationPath(token))).status).toBe(200);
    } finally {
      undo();
    }
    undo = shiftClock(app.server, 14 * DAY);
    try {
      expect((await person(app.server.url).json('GET', invitationPath(token))).status).toBe(404);
      const res = await friend.json('POST', invitationPath(token), { answer: 'join' });
      expect(res).toMatchObject({ status: 404, body: { error: { code: 'invitation-gone' } } });
    } finally {
      undo();
    }
  });
});

describe('commands', () => {
  it('applies a leave once, however often the same command id is sent', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const command = { id: 'leave-7f3a9c01', type: 'leave', lastMessage: 'Take care of yourself.' };
    const first = await invitee.json<{ events: SpaceEvent[] }>('POST', `/api/spaces/${spaceId}/commands`, command);
    expect(first.status).toBe(200);
    expect(first.body.events).toEqual([expect.objectContaining({ type: 'space-closed', by: invitee.me.id, lastMessage: 'Take care of yourself.' })]);
    const retry = await invitee.json<{ events: SpaceEvent[] }>('POST', `/api/spaces/${spaceId}/commands`, command);
    expect(retry).toEqual(first);
    expect((await eventTypes(spaceId))).toEqual(['space-opened', 'friend-joined', 'space-closed']);
    const again = await opener.json('POST', `/api/spaces/${spaceId}/commands`, { id: 'leave-other-01', type: 'leave' });
    expect(again).toMatchObject({ status: 409, body: { error: { code: 'refused', reason: 'closed' } } });
    expect((await opener.json<SpaceDetail>('GET', `/api/spaces/${spaceId}`)).body).toMatchObject({ phase: 'closed', closedBy: invitee.me.id });
  });

  it('refuses leaving a space that is still waiting for the friend', async () => {
    const opener = await signUp(app.server.url);
    const { id } = await openSpace(opener);
    const res = await opener.json('POST', `/api/spaces/${id}/commands`, { id: 'leave-early-1', type: 'leave' });
    expect(res).toMatchObject({ status: 409, body: { error: { reason: 'not-open' } } });
  });
});

describe('listing and privacy', () => {
  it('lists my spaces with my role, and not spaces I was only invited to', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const pending = await openSpace(opener);
    const mine = await opener.json<SpaceSummary[]>('GET', '/api/spaces');
    expect(mine.body.map((s) => s.id).sort()).toEqual([spaceId, pending.id].sort());
    expect(mine.body.find((s) => s.id === spaceId)).toMatchObject({ role: 'opener', phase: 'open', otherName: invitee.me.name });
    const theirs = await invitee.json<SpaceSummary[]>('GET', '/api/spaces');
    expect(theirs.body).toEqual([expect.objectContaining({ id: spaceId, role: 'invitee', otherName: opener.me.name })]);
    expect((await (await signUp(app.server.url)).json('GET', '/api/spaces')).body).toEqual([]);
    expect((await person(app.server.url).json('GET', '/api/spaces')).status).toBe(401);
  });

  it('gives a stranger 404 on every route of another person\'s space, exactly as for no space', async () => {
    const { spaceId } = await openSpacePair(app.server.url);
    const pending = await openSpace(await signUp(app.server.url));
    const stranger = await signUp(app.server.url);
    const routes = (id: string): Array<[string, string, unknown?]> => [
      ['GET', `/api/spaces/${id}`],
      ['POST', `/api/spaces/${id}/invitation`],
      ['DELETE', `/api/spaces/${id}/invitation`],
      ['POST', `/api/spaces/${id}/commands`, { id: 'leave-stranger', type: 'leave' }],
      ['GET', `/api/spaces/${id}/export`],
    ];
    const nobody = await Promise.all(routes('abcdefghijklmnop').map(([m, p, b]) => stranger.json(m, p, b)));
    for (const id of [spaceId, pending.id]) {
      const answers = await Promise.all(routes(id).map(([m, p, b]) => stranger.json(m, p, b)));
      expect(answers).toEqual(nobody);
      for (const a of answers) expect(a.status).toBe(404);
    }
    expect((await eventTypes(spaceId))).toEqual(['space-opened', 'friend-joined']);
    expect((await app.server.deps.store.invitationOf(pending.id))).toBeDefined();
  });
});
