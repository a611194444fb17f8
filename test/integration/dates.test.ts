// Dates that matter over HTTP: kept by one person, private to them by every route, and
// recalled as in-app notices inside the window they chose.
import { describe, expect, it } from 'vitest';
import type { DateView, Notice } from '../../shared/personal-types.ts';
import { openSpacePair, person, signUp } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();

/** Month and day `days` from the server's today. */
const inDays = (days: number) => {
  const d = new Date(app.server.deps.now().getTime() + days * 86_400_000);
  return { month: d.getUTCMonth() + 1, day: d.getUTCDate() };
};

describe('dates that matter', () => {
  it('keeps a date for its keeper, with the day it next falls on', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const res = await opener.json<DateView>('POST', `/api/spaces/${spaceId}/dates`, { label: "Sam's birthday", ...inDays(3), remindDaysBefore: 7 });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ label: "Sam's birthday", remindDaysBefore: 7, inDays: 3 });
    expect(res.body.next).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const list = await opener.json<DateView[]>('GET', `/api/spaces/${spaceId}/dates`);
    expect(list.body.map((d) => d.label)).toEqual(["Sam's birthday"]);
  });

  it('refuses a label over 80 characters, a day no year has, and unknown fields', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const post = (body: unknown) => opener.json<{ error: { code: string } }>('POST', `/api/spaces/${spaceId}/dates`, body);
    expect((await post({ label: 'x'.repeat(81), month: 1, day: 1, remindDaysBefore: 1 })).status).toBe(400);
    expect((await post({ label: 'x'.repeat(80), month: 1, day: 1, remindDaysBefore: 1 })).status).toBe(201);
    expect((await post({ label: 'Leap day', month: 2, day: 29, remindDaysBefore: 1 })).status).toBe(201);
    expect((await post({ label: 'No such day', month: 2, day: 30, remindDaysBefore: 1 })).status).toBe(400);
    expect((await post({ label: 'No such day', month: 4, day: 31, remindDaysBefore: 1 })).status).toBe(400);
    expect((await post({ label: 'Too early', month: 1, day: 1, remindDaysBefore: 61 })).status).toBe(400);
    expect((await post({ label: '   ', month: 1, day: 1, remindDaysBefore: 1 })).status).toBe(400);
    expect((await post({ label: 'Extra', month: 1, day: 1, remindDaysBefore: 1, shareWith: 'Sam' })).body.error.code).toBe('unknown-field');
  });

  it('never shows one member\'s dates to the other, by list, notice, export or delete', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const label = 'PRIVATE-DATE heron-6620';
    const made = await opener.json<DateView>('POST', `/api/spaces/${spaceId}/dates`, { label, ...inDays(1), remindDaysBefore: 3 });
    expect((await invitee.json<DateView[]>('GET', `/api/spaces/${spaceId}/dates`)).body).toEqual([]);
    expect(JSON.stringify((await invitee.json('GET', '/api/notices')).body)).not.toContain(label);
    expect(await (await invitee.request('GET', `/api/spaces/${spaceId}/export`)).text()).not.toContain(label);
    expect(await (await invitee.request('GET', '/api/export', undefined, { accept: 'text/markdown' })).text()).not.toContain(label);
    expect((await invitee.request('DELETE', `/api/spaces/${spaceId}/dates/${made.body.id}`)).status).toBe(404);
    expect((await opener.json<DateView[]>('GET', `/api/spaces/${spaceId}/dates`)).body).toHaveLength(1);
  });

  it('refuses strangers and people who are not signed in', async () => {
    const { spaceId } = await openSpacePair(app.server.url);
    const stranger = await signUp(app.server.url);
    expect((await stranger.json('GET', `/api/spaces/${spaceId}/dates`)).status).toBe(404);
    expect((await stranger.json('POST', `/api/spaces/${spaceId}/dates`, { label: 'x', month: 1, day: 1, remindDaysBefore: 0 })).status).toBe(404);
    expect((await person(app.server.url).json('GET', `/api/spaces/${spaceId}/dates`)).status).toBe(401);
  });

  it('deletes a date for good', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const made = await opener.json<DateView>('POST', `/api/spaces/${spaceId}/dates`, { label: 'Hard day', ...inDays(40), remindDaysBefore: 2 });
    expect((await opener.request('DELETE', `/api/spaces/${spaceId}/dates/${made.body.id}`)).status).toBe(204);
    expect((await opener.request('DELETE', `/api/spaces/${spaceId}/dates/${made.body.id}`)).status).toBe(404);
    expect((await opener.json<DateView[]>('GET', `/api/spaces/${spaceId}/dates`)).body).toEqual([]);
  });
});

describe('notices', () => {
  it('recall a date within the window its keeper chose, and not before', async () => {
    const { opener, spaceId, invitee } = await openSpacePair(app.server.url);
    const post = (label: string, days: number, before: number) =>
      opener.json('POST', `/api/spaces/${spaceId}/dates`, { label, ...inDays(days), remindDaysBefore: before });
    await post('Soon', 3, 7);
    await post('Today', 0, 0);
    await post('Later', 30, 7);
    const notices = (await opener.json<Notice[]>('GET', '/api/notices')).body;
    expect(notices.map((n) => [n.kind, n.label, n.inDays])).toEqual([
      ['date-today', 'Today', 0],
      ['date-coming', 'Soon', 3],
    ]);
    expect(notices[0]).toMatchObject({ spaceId, otherName: invitee.me.name });
  });

  it('need a session', async () => {
    expect((await person(app.server.url).json('GET', '/api/notices')).status).toBe(401);
  });
});
