// Export: my copy of a space equals what the space shows (the log a member syncs), carries
// what is mine alone, and nothing that is the other person's alone.
import { afterEach, describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { docName } from '../../shared/access.ts';
import { findPrompt } from '../../shared/decks.ts';
import type { ExportFile } from '../../shared/personal-types.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { LOG_EVENTS_KEY } from '../../shared/wire.ts';
import { openSpace, person, signUp } from '../helpers/http.ts';
import { must, notebook, talkingPair, writeAndStore } from '../helpers/rounds.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, until, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** A conversation with a turn each way, an apology, and private words of Alex's beside it. */
async function lived() {
  const pair = await talkingPair(app.server, pool);
  const { opener, invitee, spaceId, at } = pair;
  await must(invitee, spaceId, { type: 'share', ...at, text: 'SAM-SHARE: it has been a long year.' });
  await must(opener, spaceId, { type: 'hear', ...at, text: 'ALEX-HEARD: a long year for you.' });
  await must(invitee, spaceId, { type: 'confirm', ...at });
  await must(opener, spaceId, { type: 'share', ...at, text: 'ALEX-SHARE: I kept meaning to write.' });
  await must(opener, spaceId, { type: 'offer-apology', text: 'ALEX-SORRY: I am sorry I went quiet.' });
  await must(invitee, spaceId, { type: 'set-pace', pace: 'taking-time', backAround: '2027-01-10' });

  const book = notebook(app.server.url, opener.cookie);
  pool.adopt(book);
  await whenSynced(book.provider);
  await writeAndStore(app.server, `person/${opener.me.id}/notebook`, book.doc, `reflection:${spaceId}:my-part`, 'ALEX-REFLECTION: I stopped calling.');
  const mine = pool.connect(app.server.url, spaceId, 'mine', opener.cookie);
  await whenSynced(mine.provider);
  await writeAndStore(app.server, docName(spaceId, 'mine', opener.me.id), mine.doc, 'draft:apology', 'ALEX-DRAFT: half a thought.');
  await opener.json('POST', `/api/spaces/${spaceId}/dates`, { label: 'ALEX-DATE: her mum', month: 2, day: 29, remindDaysBefore: 3 });
  return pair;
}

describe('export', () => {
  it('equals the log a member syncs, and is a download', async () => {
    const { opener, invitee, spaceId } = await lived();
    const log = pool.connect(app.server.url, spaceId, 'log', invitee.cookie);
    await whenSynced(log.provider);
    const expected = (await app.server.deps.store.events(spaceId)).length;
    await until(() => log.doc.getArray(LOG_EVENTS_KEY).length === expected, 5000, 'the whole log');
    const shown = log.doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).toArray();

    const res = await opener.request('GET', `/api/spaces/${spaceId}/export`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mend-space-[a-z2-7]{16}\.json"$/);
    const file = (await res.json()) as ExportFile;
    expect(file.spaces).toHaveLength(1);
    expect(file.spaces[0]?.events).toEqual(shown);
    expect(file.spaces[0]?.events.map((e) => e.type)).toContain('apology-offered');
  });

  it('carries my reflection, drafts and dates, and none of them into the other\'s copy', async () => {
    const { opener, invitee, spaceId } = await lived();
    const mine = (await (await opener.request('GET', `/api/spaces/${spaceId}/export`)).json()) as ExportFile;
    expect(mine.me.id).toBe(opener.me.id);
    expect(mine.spaces[0]).toMatchObject({
      role: 'opener',
      reflection: { 'my-part': 'ALEX-REFLECTION: I stopped calling.' },
      drafts: { apology: 'ALEX-DRAFT: half a thought.' },
      dates: [{ label: 'ALEX-DATE: her mum', month: 2, day: 29, remindDaysBefore: 3 }],
      together: { groundRules: 'We speak about today.' },
    });
    const theirs = await (await invitee.request('GET', `/api/spaces/${spaceId}/export`)).text();
    for (const words of ['ALEX-REFLECTION', 'ALEX-DRAFT', 'ALEX-DATE']) expect(theirs).not.toContain(words);
    expect(theirs).toContain('ALEX-SHARE');
  });

  it('reads as Markdown: the note, each prompt with both people\'s words in order, apologies and my private words', async () => {
    const { opener, invitee, spaceId, at } = await lived();
    const res = await opener.request('GET', `/api/spaces/${spaceId}/export?tz=Pacific%2FAuckland`, undefined, { accept: 'text/markdown' });
    expect(res.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mend-space-[a-z2-7]{16}\.md"$/);
    const md = await res.text();
    const prompt = findPrompt(en.decks, at.deckId, at.promptId)?.text as string;
    expect(prompt).toBeTruthy();
    const order = [
      'Times are in your own time zone (Pacific/Auckland)',
      `## With ${invitee.me.name}`,
      '> We speak about today.',
      `${opener.me.name} reached out, with a note:`,
      '> I miss our walks. No rush at all.',
      `A new prompt opened: “${prompt}”`,
      '> SAM-SHARE: it has been a long year.',
      '> ALEX-HEARD: a long year for you.',
      `${invitee.me.name} said: that's it.`,
      '> ALEX-SHARE: I kept meaning to write.',
      '> ALEX-SORRY: I am sorry I went quiet.',
      `${invitee.me.name} set their pace: taking their time, back around 10 January 2027.`,
      '> ALEX-REFLECTION: I stopped calling.',
      '> ALEX-DRAFT: half a thought.',
      'ALEX-DATE: her mum: 29 February, reminded 3 days ahead',
    ];
    const positions = order.map((s) => md.indexOf(s));
    expect(positions.every((p) => p >= 0), JSON.stringify(order.filter((_, i) => positions[i] === -1))).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('refuses a time zone it does not know, by field and kind', async () => {
    const { opener, spaceId } = await talkingPair(app.server, pool);
    const res = await opener.json<{ error: { code: string; reason: string; kind: string } }>('GET', `/api/spaces/${spaceId}/export?tz=Mars%2FOlympus`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'validation', reason: 'tz', kind: 'format' });
  });

  it('says a promise in the timeline, with no id or field name beside it', async () => {
    const { opener, invitee, spaceId } = await talkingPair(app.server, pool);
    await must(invitee, spaceId, { type: 'propose-commitment', text: 'SAM-PROMISE: call on Friday.' });
    const md = await (await opener.request('GET', `/api/spaces/${spaceId}/export`, undefined, { accept: 'text/markdown' })).text();
    expect(md).toContain('> SAM-PROMISE: call on Friday.');
    expect(md).not.toMatch(/commitmentId|\(c\d+|[{}]/);
  });

  it('exports every space of mine at once, open or waiting for an answer', async () => {
    const { opener, spaceId } = await talkingPair(app.server, pool);
    const waiting = await openSpace(opener, 'A note still waiting.');
    const res = await opener.request('GET', '/api/export');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="mend-export\.json"$/);
    const file = (await res.json()) as ExportFile;
    expect(file.spaces.map((s) => s.id).sort()).toEqual([spaceId, waiting.id].sort());
    const md = await (await opener.request('GET', '/api/export', undefined, { accept: 'text/markdown' })).text();
    expect(md).toContain('> A note still waiting.');
  });

  it('is for members only', async () => {
    const { spaceId } = await talkingPair(app.server, pool);
    const stranger = await signUp(app.server.url);
    expect((await stranger.json('GET', `/api/spaces/${spaceId}/export`)).status).toBe(404);
    expect((await person(app.server.url).json('GET', `/api/spaces/${spaceId}/export`)).status).toBe(401);
    expect((await person(app.server.url).json('GET', '/api/export')).status).toBe(401);
  });
});
