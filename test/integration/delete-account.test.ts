// Deleting an account takes the person's words out of the database file itself: their turns,
// closing message, reflection, drafts and dates are absent from the raw bytes of the SQLite
// file and its WAL afterwards, while the other person's words stay and they can still read.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { docName } from '../../shared/access.ts';
import type { SpaceDetail } from '../../shared/api-types.ts';
import type { ExportFile } from '../../shared/personal-types.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { CloseCode, GROUND_RULES_KEY, LOG_EVENTS_KEY, STATEMENT_KEY } from '../../shared/wire.ts';
import { PASSWORD, openSpace, openSpacePair, person, signUp } from '../helpers/http.ts';
import { must, notebook, talkingPair, writeAndStore } from '../helpers/rounds.ts';
import { useTestServer } from '../helpers/server.ts';
import { providerPool, until, whenClosed, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

/** Every byte on disk: the database file and its write-ahead log. */
function rawBytes(): Buffer {
  const file = path.join(app.server.dataDir, 'mend.sqlite');
  return Buffer.concat([file, `${file}-wal`].filter((f) => fs.existsSync(f)).map((f) => fs.readFileSync(f)));
}
const onDisk = (words: string) => rawBytes().includes(Buffer.from(words, 'utf8'));

describe('deleting my account', () => {
  it('asks for the password again', async () => {
    const me = await signUp(app.server.url);
    const wrong = await me.json('DELETE', '/api/accounts/me', { password: 'not my password at all' });
    expect(wrong.status).toBe(401);
    expect((await me.json('GET', '/api/me')).status).toBe(200);
    expect((await person(app.server.url).json('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(401);
    expect((await me.json('DELETE', '/api/accounts/me', {})).status).toBe(400);
  });

  it('takes my words out of the file, keeps the other person\'s, and leaves them able to read', async () => {
    // Alex will delete; Sam stays. Every phrase is unique to one place.
    const mine = {
      share: 'ALEX-SHARE wren-5521 I kept meaning to write',
      heard: 'ALEX-HEARD plover-7734 a long year for you',
      apology: 'ALEX-SORRY bittern-3390 I went quiet on you',
      reflection: 'ALEX-REFLECTION avocet-1187 I stopped calling',
      draft: 'ALEX-DRAFT curlew-9042 half a thought',
      lastMessage: 'ALEX-LAST dunlin-2268 take good care',
      date: 'ALEX-DATE godwit-4410',
      invitation: 'ALEX-INVITE knot-8815 never answered',
      sealed: 'ALEX-SEALED sanderling-3317 still raw',
      revealed: 'ALEX-REVEALED whimbrel-5094 a little better',
    };
    const theirs = {
      share: 'SAM-SHARE redshank-6603 it has been a long year',
      last: 'SAM-WORDS turnstone-7720 after you left',
      revealed: 'SAM-REVEALED stint-4481 steadier now',
    };

    // Space 1, still open: a conversation under way, with private words beside it.
    const { opener: alex, invitee: sam, spaceId, at } = await talkingPair(app.server, pool);
    await must(sam, spaceId, { type: 'share', ...at, text: theirs.share });
    await must(alex, spaceId, { type: 'hear', ...at, text: mine.heard });
    await must(sam, spaceId, { type: 'confirm', ...at });
    await must(alex, spaceId, { type: 'share', ...at, text: mine.share });
    await must(alex, spaceId, { type: 'offer-apology', text: mine.apology });
    await alex.json('POST', `/api/spaces/${spaceId}/dates`, { label: mine.date, month: 5, day: 1, remindDaysBefore: 2 });
    // A check-in both answered (revealed in one event holding both notes), and one Alex sealed alone.
    await must(alex, spaceId, { type: 'answer-checkin', safe: 3, seen: 3, appreciated: 4, note: mine.revealed });
    await must(sam, spaceId, { type: 'answer-checkin', safe: 4, seen: 4, appreciated: 4, note: theirs.revealed });
    await must(alex, spaceId, { type: 'answer-checkin', safe: 2, seen: 3, appreciated: 3, note: mine.sealed });
    const book = notebook(app.server.url, alex.cookie);
    pool.adopt(book);
    await whenSynced(book.provider);
    await writeAndStore(app.server, `person/${alex.me.id}/notebook`, book.doc, `reflection:${spaceId}:my-part`, mine.reflection);
    const draft = pool.connect(app.server.url, spaceId, 'mine', alex.cookie);
    await whenSynced(draft.provider);
    await writeAndStore(app.server, docName(spaceId, 'mine', alex.me.id), draft.doc, 'draft:reply', mine.draft);

    // Space 2, closed by its opener (a second account deleted below) with a last message.
    const second = await talkingPair(app.server, pool);
    const other = second.invitee;
    await must(other, second.spaceId, { type: 'share', ...second.at, text: theirs.last });
    const alex2 = second.opener;
    await must(alex2, second.spaceId, { type: 'leave', lastMessage: mine.lastMessage });
    // Space 3: an invitation nobody answered.
    await openSpace(alex, mine.invitation);

    // Sam is reading along live when it happens.
    const samLog = pool.connect(app.server.url, spaceId, 'log', sam.cookie);
    await whenSynced(samLog.provider);
    const alexLog = pool.connect(app.server.url, spaceId, 'log', alex.cookie);
    await whenSynced(alexLog.provider);

    // The test means something only if every phrase was on disk before.
    for (const words of [...Object.values(mine), ...Object.values(theirs)]) expect(onDisk(words), words).toBe(true);

    // The one who closed space 2 deletes too: a space already closed, and one closed on leaving.
    const closedByAlex = await alex2.request('DELETE', '/api/accounts/me', { password: PASSWORD });
    expect(closedByAlex.status).toBe(204);
    const res = await alex.request('DELETE', '/api/accounts/me', { password: PASSWORD });
    expect(res.status).toBe(204);
    expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/i);

    // Alex's sockets end, and the session with them.
    expect((await whenClosed(alexLog.provider)).code).toBe(CloseCode.signedOut);
    expect((await alex.json('GET', '/api/me')).status).toBe(401);

    // Nothing Alex wrote is left in the file or its WAL.
    for (const words of Object.values(mine)) expect(onDisk(words), words).toBe(false);
    // Sam's words are, in the log that Sam still reads.
    for (const words of Object.values(theirs)) expect(onDisk(words), words).toBe(true);

    // Sam's open socket received the deletions.
    const texts = () => JSON.stringify(samLog.doc.getArray<SpaceEvent>(LOG_EVENTS_KEY).toArray());
    await until(() => !texts().includes(mine.share), 5000, 'the redaction to reach Sam');
    expect(texts()).toContain(theirs.share);
    expect(texts()).not.toContain(mine.heard);

    // Sam signs in afresh and reads a space Alex closed on leaving.
    const samAgain = person(app.server.url);
    expect((await samAgain.json('POST', '/api/sessions', { name: sam.me.name, password: PASSWORD })).status).toBe(200);
    const detail = await samAgain.json<SpaceDetail>('GET', `/api/spaces/${spaceId}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ phase: 'closed', closedBy: alex.me.id });
    const copy = (await (await samAgain.request('GET', `/api/spaces/${spaceId}/export`)).json()) as ExportFile;
    const events = copy.spaces[0]?.events ?? [];
    expect(events.find((e) => e.type === 'shared' && e.by === sam.me.id)).toMatchObject({ text: theirs.share });
    expect(events.filter((e) => e.by === alex.me.id && e.type === 'shared')).toEqual([
      expect.objectContaining({ text: '', redacted: true }),
    ]);
    // Alex wrote the ground rules alone: they left with Alex, and Sam was told.
    expect(events.at(-2)).toMatchObject({ type: 'space-closed', by: alex.me.id });
    expect(events.at(-1)).toMatchObject({ type: 'together-words-removed', by: alex.me.id });
    expect(copy.spaces[0]?.together).toEqual({});
    const log = pool.connect(app.server.url, spaceId, 'log', samAgain.cookie);
    await whenSynced(log.provider);
    expect(log.doc.getArray(LOG_EVENTS_KEY).toArray()).toEqual(events);
  });

  it('takes the characters I typed out of the texts we wrote together, and their agreed copies, and tells the other kindly', async () => {
    // Sam will delete; Alex stays. The ground rules and "our friendship now" hold both people's
    // sentences, interleaved, and both agreed to the words as they stand.
    const samWords = {
      rule: 'SAM-RULE egret-2281 we can pause any time. ',
      now: 'SAM-NOW shoveler-6612 slower, and kinder. ',
      older: 'SAM-OLDER gadwall-1907 first try',
    };
    const alexWords = { rule1: 'ALEX-RULE heron-5530 we listen first. ', rule2: 'ALEX-RULE teal-3364 no blame.', now: 'ALEX-NOW pintail-8843 honest.' };
    const { opener: alex, invitee: sam, spaceId } = await openSpacePair(app.server.url);
    const togetherName = docName(spaceId, 'together');
    const alexDoc = pool.connect(app.server.url, spaceId, 'together', alex.cookie);
    const samDoc = pool.connect(app.server.url, spaceId, 'together', sam.cookie);
    await Promise.all([whenSynced(alexDoc.provider), whenSynced(samDoc.provider)]);
    const rulesOf = (doc: { getText(k: string): { toString(): string } }) => doc.getText(GROUND_RULES_KEY).toString();
    const nowOf = (doc: { getText(k: string): { toString(): string } }) => doc.getText(STATEMENT_KEY).toString();
    const server = async () => (await app.server.deps.rooms.room(togetherName)).doc;

    alexDoc.doc.getText(GROUND_RULES_KEY).insert(0, alexWords.rule1 + alexWords.rule2);
    await until(() => rulesOf(samDoc.doc) === alexWords.rule1 + alexWords.rule2, 5000, "Alex's rules to reach Sam");
    samDoc.doc.getText(GROUND_RULES_KEY).insert(alexWords.rule1.length, samWords.rule);
    const rules = alexWords.rule1 + samWords.rule + alexWords.rule2;
    await until(async () => rulesOf((await server())) === rules && rulesOf(alexDoc.doc) === rules, 5000, 'the rules to settle');
    await must(alex, spaceId, { type: 'agree-ground-rules', text: rules });
    await must(sam, spaceId, { type: 'agree-ground-rules', text: rules });

    // Sam marks a first try alone (an older copy), then both write and both mark.
    samDoc.doc.getText(STATEMENT_KEY).insert(0, samWords.older);
    await until(async () => nowOf((await server())) === samWords.older, 5000, "Sam's first try to reach the server");
    await must(sam, spaceId, { type: 'mark-statement', text: samWords.older });
    samDoc.doc.getText(STATEMENT_KEY).delete(0, samWords.older.length);
    samDoc.doc.getText(STATEMENT_KEY).insert(0, samWords.now);
    await until(() => nowOf(alexDoc.doc) === samWords.now, 5000, "Sam's words to reach Alex");
    alexDoc.doc.getText(STATEMENT_KEY).insert(samWords.now.length, alexWords.now);
    const now = samWords.now + alexWords.now;
    await until(async () => nowOf((await server())) === now && nowOf(samDoc.doc) === now, 5000, 'the statement to settle');
    await must(sam, spaceId, { type: 'mark-statement', text: now });
    await must(alex, spaceId, { type: 'mark-statement', text: now });
    const alexLog = pool.connect(app.server.url, spaceId, 'log', alex.cookie);
    await whenSynced(alexLog.provider);

    for (const words of [...Object.values(samWords), ...Object.values(alexWords)]) expect(onDisk(words.trim()), words).toBe(true);
    expect((await sam.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);

    // None of Sam's sentences is left on disk; every one of Alex's is.
    for (const words of Object.values(samWords)) expect(onDisk(words.trim()), words).toBe(false);
    for (const words of Object.values(alexWords)) expect(onDisk(words.trim()), words).toBe(true);

    // Alex's open document received the deletions, character by character: Alex's words stay.
    const alexRules = alexWords.rule1 + alexWords.rule2;
    await until(() => rulesOf(alexDoc.doc) === alexRules && nowOf(alexDoc.doc) === alexWords.now, 5000, 'the deletions to reach Alex');

    // The agreed copies follow the words as they stand; the older copy is emptied.
    const events = alexLog.doc.getArray<SpaceEvent>(LOG_EVENTS_KEY);
    await until(() => events.toArray().some((e) => e.type === 'together-words-removed'), 5000, 'the notice to reach Alex');
    const copies = events.toArray().filter((e) => e.type.startsWith('ground-rules-') || e.type.startsWith('statement-'));
    expect(copies.map((e) => ('text' in e ? e.text : null))).toEqual([alexRules, alexRules, alexRules, '', alexWords.now, alexWords.now, alexWords.now]);
    expect(events.toArray().at(-1)).toMatchObject({ type: 'together-words-removed', by: sam.me.id });

    // Alex's copy holds Alex's words and none of Sam's.
    const file = await (await alex.request('GET', `/api/spaces/${spaceId}/export`)).text();
    for (const words of Object.values(samWords)) expect(file).not.toContain(words.trim());
    const copy = JSON.parse(file) as ExportFile;
    expect(copy.spaces[0]?.together).toEqual({ [GROUND_RULES_KEY]: alexRules, [STATEMENT_KEY]: alexWords.now });
    const markdown = await (await alex.request('GET', `/api/spaces/${spaceId}/export`, undefined, { accept: 'text/markdown' })).text();
    for (const words of Object.values(samWords)) expect(markdown).not.toContain(words.trim());
    expect(markdown).toContain(alexWords.now);
  });

  it('frees the name and the account is gone for good', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    expect((await opener.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
    expect((await person(app.server.url).json('POST', '/api/sessions', { name: opener.me.name, password: PASSWORD })).status).toBe(401);
    const again = await person(app.server.url).json('POST', '/api/accounts', { name: opener.me.name, password: PASSWORD });
    expect(again.status).toBe(201);
    expect((await app.server.deps.store.userById(opener.me.id))).toMatchObject({ name: '', email: null, passwordHash: '' });
    expect((await invitee.json<SpaceDetail>('GET', `/api/spaces/${spaceId}`)).body).toMatchObject({ phase: 'closed', otherName: '' });
  });

  it('removes an account that shares no space entirely', async () => {
    const me = await signUp(app.server.url);
    await openSpace(me, 'Nobody answered this.');
    expect((await me.request('DELETE', '/api/accounts/me', { password: PASSWORD })).status).toBe(204);
    expect((await app.server.deps.store.userById(me.me.id))).toBeUndefined();
    expect((await app.server.deps.store.spacesOf(me.me.id))).toEqual([]);
  });
});
