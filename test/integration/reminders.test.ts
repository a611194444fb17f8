// Reminders by email, against a real SMTP server on loopback: at most one digest per chosen
// period, none while the person has paused, none when they chose never, and never a word the
// other person wrote. The clock is the server's injectable deps.now.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReminderSettings } from '../../shared/personal-types.ts';
import { PASSWORD, openSpace, person, signUp, tokenOf, uniqueName } from '../helpers/http.ts';
import { must } from '../helpers/rounds.ts';
import { shiftClock, startTestServer, type TestServer } from '../helpers/server.ts';
import { startSmtp } from '../helpers/smtp.ts';
import { until } from '../helpers/sync.ts';

const DAY = 86_400_000;
let server: TestServer;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
beforeAll(async () => {
  smtp = await startSmtp();
  // The interval is long: each test runs the scheduler's tick itself, at the time it chooses.
  server = await startTestServer({ smtpUrl: smtp.url, mailFrom: 'Mend <reminders@mend.test>', reminderCheckSeconds: 3600 });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

let mailboxes = 0;
/** A person who gave an email address at sign-up. */
async function signUpWithEmail(base = 'Robin') {
  const p = person(server.url);
  const email = `person-${process.pid}-${++mailboxes}@mend.test`;
  const res = await p.json<{ me: { id: string; name: string } }>('POST', '/api/accounts', { name: uniqueName(base), password: PASSWORD, email });
  if (res.status !== 201) throw new Error(`sign-up failed: ${res.status}`);
  return Object.assign(p, { me: res.body.me, email });
}

/** A space between someone with an address (the opener) and a friend, with a date coming up. */
async function pairWithDate(label: string, daysAhead = 2) {
  const alex = await signUpWithEmail('Alex');
  const sam = await signUp(server.url);
  const { id: spaceId, inviteUrl } = await openSpace(alex);
  expect((await sam.json('POST', `/api/invitations/${tokenOf(inviteUrl)}`, { answer: 'join' })).status).toBe(200);
  await addDate(alex, spaceId, label, daysAhead);
  return { alex, sam, spaceId };
}

async function addDate(p: ReturnType<typeof person>, spaceId: string, label: string, daysAhead: number) {
  const on = new Date(server.deps.now().getTime() + daysAhead * DAY);
  const res = await p.json('POST', `/api/spaces/${spaceId}/dates`, { label, month: on.getUTCMonth() + 1, day: on.getUTCDate(), remindDaysBefore: 7 });
  expect(res.status).toBe(201);
}

describe('the reminder setting', () => {
  it('is never by default, and needs an address for anything else', async () => {
    const noAddress = await signUp(server.url);
    expect((await noAddress.json<ReminderSettings>('GET', '/api/me/reminders')).body).toEqual({ email: 'never', canEmail: false });
    const refused = await noAddress.json<{ error: { reason: string } }>('PUT', '/api/me/reminders', { email: 'daily' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.reason).toBe('no-email');
    expect((await noAddress.json('PUT', '/api/me/reminders', { email: 'never' })).status).toBe(200);

    const withAddress = await signUpWithEmail();
    expect((await withAddress.json<ReminderSettings>('GET', '/api/me/reminders')).body).toEqual({ email: 'never', canEmail: true });
    expect((await withAddress.json<ReminderSettings>('PUT', '/api/me/reminders', { email: 'weekly' })).body).toEqual({ email: 'weekly', canEmail: true });
    expect((await withAddress.json<ReminderSettings>('GET', '/api/me/reminders')).body.email).toBe('weekly');
    expect((await withAddress.json('PUT', '/api/me/reminders', { email: 'hourly' })).status).toBe(400);
    expect((await person(server.url).json('GET', '/api/me/reminders')).status).toBe(401);
  });
});

describe('email digests', () => {
  it('sends nothing to someone who chose never', async () => {
    const { alex } = await pairWithDate('NEVER-DATE');
    await server.reminders.tick();
    expect(smtp.to(alex.email)).toEqual([]);
  });

  it('sends at most one digest a day, with only what is new since the last', async () => {
    const { alex, spaceId, sam } = await pairWithDate('DAILY-DATE-ONE kittiwake');
    await alex.json('PUT', '/api/me/reminders', { email: 'daily' });
    await server.reminders.tick();
    const [first] = smtp.to(alex.email);
    expect(smtp.to(alex.email)).toHaveLength(1);
    expect(first?.subject).toBe('A quiet reminder from Mend');
    expect(first?.text).toContain(`A date that matters to ${sam.me.name} is coming up: DAILY-DATE-ONE kittiwake`);
    expect(first?.text).toContain(`${server.url}/spaces/${spaceId}`);

    await server.reminders.tick();
    await addDate(alex, spaceId, 'DAILY-DATE-TWO fulmar', 3);
    const undo = shiftClock(server, 12 * 60 * 60 * 1000);
    await server.reminders.tick();
    expect(smtp.to(alex.email)).toHaveLength(1);
    undo();

    const nextDay = shiftClock(server, DAY);
    await server.reminders.tick();
    await server.reminders.tick();
    nextDay();
    const mails = smtp.to(alex.email);
    expect(mails).toHaveLength(2);
    expect(mails[1]?.text).toContain('DAILY-DATE-TWO fulmar');
    expect(mails[1]?.text).not.toContain('DAILY-DATE-ONE');
  });

  it('waits a week between weekly digests', async () => {
    const { alex, spaceId } = await pairWithDate('WEEKLY-ONE');
    await alex.json('PUT', '/api/me/reminders', { email: 'weekly' });
    await server.reminders.tick();
    // New, and inside its window three days on: only the weekly period holds it back.
    await addDate(alex, spaceId, 'WEEKLY-TWO', 9);
    const later = shiftClock(server, 3 * DAY);
    expect(JSON.stringify((await alex.json('GET', '/api/notices')).body)).toContain('WEEKLY-TWO');
    await server.reminders.tick();
    later();
    expect(smtp.to(alex.email)).toHaveLength(1);
    const weekLater = shiftClock(server, 7 * DAY);
    await server.reminders.tick();
    weekLater();
    expect(smtp.to(alex.email).map((m) => m.text.includes('WEEKLY-TWO'))).toEqual([false, true]);
  });

  it('stays quiet about a space while the person has paused there', async () => {
    const { alex, spaceId } = await pairWithDate('PAUSED-DATE');
    await alex.json('PUT', '/api/me/reminders', { email: 'daily' });
    await must(alex, spaceId, { type: 'set-pace', pace: 'paused' });
    await server.reminders.tick();
    expect(smtp.to(alex.email)).toEqual([]);
    // The in-app notice is there all the same.
    expect(JSON.stringify((await alex.json('GET', '/api/notices')).body)).toContain('PAUSED-DATE');
    await must(alex, spaceId, { type: 'set-pace', pace: 'ready' });
    await server.reminders.tick();
    expect(smtp.to(alex.email)).toHaveLength(1);
  });

  it('never carries a word the other person wrote', async () => {
    const { alex, sam, spaceId } = await pairWithDate('ALEX-LABEL ptarmigan-1290');
    await alex.json('PUT', '/api/me/reminders', { email: 'daily' });
    const samWrote = ['SAM-SORRY shearwater-0071', 'SAM-PROMISE cormorant-5512', 'SAM-LAST petrel-8846'];
    await must(sam, spaceId, { type: 'offer-apology', text: samWrote[0] as string });
    await must(sam, spaceId, { type: 'propose-commitment', text: samWrote[1] as string });
    await must(sam, spaceId, { type: 'leave', lastMessage: samWrote[2] as string });
    await server.reminders.tick();
    const [mail] = smtp.to(alex.email);
    expect(mail?.text).toContain('ALEX-LABEL ptarmigan-1290');
    for (const words of samWrote) {
      expect(mail?.raw).not.toContain(words.split(' ')[1]);
      expect(mail?.text).not.toContain(words);
    }
  });

  it('runs by itself on its interval, and still sends once a day', async () => {
    const own = await startTestServer({ smtpUrl: smtp.url, mailFrom: 'Mend <reminders@mend.test>', reminderCheckSeconds: 0.1 });
    try {
      const alex = person(own.url);
      const email = `interval-${process.pid}@mend.test`;
      await alex.json('POST', '/api/accounts', { name: uniqueName('Alex'), password: PASSWORD, email });
      const { id } = await openSpace(alex);
      const on = new Date(own.deps.now().getTime() + DAY);
      await alex.json('POST', `/api/spaces/${id}/dates`, { label: 'BY-ITSELF', month: on.getUTCMonth() + 1, day: on.getUTCDate(), remindDaysBefore: 2 });
      await alex.json('PUT', '/api/me/reminders', { email: 'daily' });
      await until(() => smtp.to(email).length > 0, 5000, 'the scheduler to send');
      await new Promise((r) => setTimeout(r, 500));
      expect(smtp.to(email)).toHaveLength(1);
    } finally {
      await own.close();
    }
  });
});
