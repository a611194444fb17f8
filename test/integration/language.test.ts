// The language a person chose is kept on their account and returned wherever the server says
// who they are; a value Mend does not speak is a clear 400, never a 500. The server's own words
// to that person (the reminder email, the readable copy) follow it, while what anyone wrote
// stays as written.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentSession, Me } from '../../shared/api-types.ts';
import { PASSWORD, openSpace, person, signUp, tokenOf, uniqueName } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { startSmtp } from '../helpers/smtp.ts';

const DAY = 86_400_000;
let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  server = await startTestServer({ smtpUrl: smtp.url, mailFrom: 'Mend <reminders@mend.test>', reminderCheckSeconds: 3600 });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

describe('the account language', () => {
  it('is not chosen on a new account, then kept and returned once chosen, on every sign-in', async () => {
    const name = uniqueName('Noor');
    const noor = await signUp(server.url, name);
    expect((await noor.json<CurrentSession>('GET', '/api/sessions/current')).body.me?.language).toBeNull();

    const changed = await noor.json<Me>('PATCH', '/api/me/language', { language: 'nl' });
    expect(changed.status).toBe(200);
    expect(changed.body.language).toBe('nl');
    expect((await noor.json<CurrentSession>('GET', '/api/sessions/current')).body.me?.language).toBe('nl');

    const elsewhere = person(server.url);
    const signedIn = await elsewhere.json<{ me: Me }>('POST', '/api/sessions', { name, password: PASSWORD });
    expect(signedIn.body.me.language).toBe('nl');

    expect((await elsewhere.json<Me>('PATCH', '/api/me/language', { language: 'en' })).body.language).toBe('en');
    expect((await noor.json<CurrentSession>('GET', '/api/sessions/current')).body.me?.language).toBe('en');
  });

  it.each([
    ['a language Mend does not speak', { language: 'fr' }],
    ['a region where a language is asked for', { language: 'nl-NL' }],
    ['upper case', { language: 'NL' }],
    ['a number', { language: 1 }],
    ['null', { language: null }],
    ['nothing', {}],
    ['an extra field', { language: 'nl', theme: 'dark' }],
    ['a list', ['nl']],
    ['a bare string', '"nl"'],
    ['broken JSON', '{"language": '],
  ])('refuses %s with a clear 400 and changes nothing', async (_what, body) => {
    const p = await signUp(server.url);
    await p.json('PATCH', '/api/me/language', { language: 'nl' });
    const res = await p.json<{ error: { code: string } }>('PATCH', '/api/me/language', body);
    expect(res.status).toBe(400);
    expect(['validation', 'invalid-json', 'unknown-field', 'bad-request']).toContain(res.body.error.code);
    expect((await p.json<CurrentSession>('GET', '/api/sessions/current')).body.me?.language).toBe('nl');
  });

  it('is only for someone signed in', async () => {
    const nobody = person(server.url);
    expect((await nobody.json('PATCH', '/api/me/language', { language: 'nl' })).status).toBe(401);
  });
});

describe("the server's words follow it", () => {
  it('sends the reminder email in Dutch, the day said in Dutch, the label as it was written', async () => {
    const noor = person(server.url);
    const email = `noor-${process.pid}@mend.test`;
    expect((await noor.json('POST', '/api/accounts', { name: uniqueName('Noor'), password: PASSWORD, email })).status).toBe(201);
    await noor.json('PATCH', '/api/me/language', { language: 'nl' });
    const sam = await signUp(server.url, uniqueName('Sam'));
    const { id: spaceId, inviteUrl } = await openSpace(noor);
    expect((await sam.json('POST', `/api/invitations/${tokenOf(inviteUrl)}`, { answer: 'join' })).status).toBe(200);
    const on = new Date(server.deps.now().getTime() + 2 * DAY);
    const label = 'Birthday of the walking club';
    expect((await noor.json('POST', `/api/spaces/${spaceId}/dates`, { label, month: on.getUTCMonth() + 1, day: on.getUTCDate(), remindDaysBefore: 7 })).status).toBe(201);
    await noor.json('PUT', '/api/me/reminders', { email: 'daily' });

    await server.reminders.tick();
    const [mail] = smtp.to(email);
    expect(mail?.subject).toBe('Een rustige herinnering van Mend');
    expect(mail?.text).toContain('Hallo ');
    const dutchDay = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'UTC' }).format(on);
    expect(mail?.text).toContain(`komt eraan: ${label}, op ${dutchDay}.`);
    expect(mail?.text).not.toContain('A date that matters');
  });

  it('writes the readable copy in Dutch, dates included, and keeps the note as written', async () => {
    const noor = await signUp(server.url, uniqueName('Noor'));
    await noor.json('PATCH', '/api/me/language', { language: 'nl' });
    const note = 'I miss our walks. No rush at all.';
    const { id: spaceId } = await openSpace(noor, note);
    const md = await (await noor.request('GET', `/api/spaces/${spaceId}/export?tz=Europe%2FAmsterdam`, undefined, { accept: 'text/markdown' })).text();
    expect(md).toContain('Mend: mijn kopie');
    expect(md).toContain('zocht contact, met een berichtje');
    expect(md).toContain(note);
    const month = new Intl.DateTimeFormat('nl-NL', { month: 'long', timeZone: 'Europe/Amsterdam' }).format(server.deps.now());
    expect(md).toContain(month);

    const english = await signUp(server.url);
    const { id: otherId } = await openSpace(english, note);
    const mdEn = await (await english.request('GET', `/api/spaces/${otherId}/export`, undefined, { accept: 'text/markdown' })).text();
    expect(mdEn).toContain('Mend: my copy');
    expect(mdEn).not.toContain('mijn kopie');
  });
});
