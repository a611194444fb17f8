// Guessing a password must stay slow, and someone guessing Sam's password must not be able
// to keep Sam out. The server runs with the production limits, behind one trusted proxy, so
// each test can choose the address a request comes from; time is moved, never waited for.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { addressNo, postFrom } from '../helpers/from.ts';
import { PASSWORD, person, signUp, uniqueName } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';

const production = loadConfig({});
// A small table, so that a test can flood it with a few hundred requests instead of 100,000.
const app = useTestServer({ trustProxy: 1, signInLimits: { ...production.signInLimits, maxKeys: 300 } });

const signIn = (address: string, name: string, password: string) => postFrom(app.server.url, address, '/api/sessions', { name, password });
const wrong = (i: number) => `not the password ${i}`;

/** Moves the server's clock on for good (the limiters read it; sessions last 30 days). */
const wait = (seconds: number) => void shiftClock(app.server, seconds * 1000);

/** Fails on `name` from `from`, waiting out each delay, until the next one is 15 minutes. */
async function earnLongDelay(from: string, name: string): Promise<void> {
  for (let i = 0; i < 30; i++) {
    const answer = await signIn(from, name, wrong(i));
    if (answer.status !== 429) continue;
    if (answer.retryAfter === null || answer.retryAfter >= 15 * 60) return;
    wait(answer.retryAfter);
  }
}

describe('sign-in delays', () => {
  it('slows one address guessing one name: five tries, then waits that double, right password or not', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const from = addressNo(1, 1);
    for (let i = 0; i < 5; i++) expect((await signIn(from, sam.me.name, wrong(i))).status).toBe(401);
    let refused = await signIn(from, sam.me.name, PASSWORD);
    expect(refused).toMatchObject({ status: 429, retryAfter: 1, body: { error: { code: 'too-many-attempts' } } });
    expect(refused.body.error?.message).not.toMatch(/!/);
    for (const delay of [1, 2, 4, 8]) {
      wait(delay);
      expect((await signIn(from, sam.me.name, wrong(delay))).status).toBe(401);
      refused = await signIn(from, sam.me.name, PASSWORD);
      expect(refused).toMatchObject({ status: 429, retryAfter: delay * 2 });
    }
    wait(16);
    expect((await signIn(from, sam.me.name, PASSWORD)).status).toBe(200);
    // Getting in forgives this address its fumbling with this name (nine failures were on record).
    expect((await signIn(from, sam.me.name, wrong(0))).status).toBe(401);
  });

  it('does not let parallel guesses slip past the delay', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const from = addressNo(2, 1);
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(from, sam.me.name, wrong(i))));
    expect(answers.filter((a) => a.status === 401)).toHaveLength(5);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(15);
  });

  it('lets Sam in from an address that has not been failing, while others fail on his name', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    for (let i = 0; i < 40; i++) expect((await signIn(addressNo(3, i), sam.me.name, wrong(i))).status).toBe(401);
    // Addresses that have been failing now wait for the name...
    const again = await signIn(addressNo(3, 0), sam.me.name, wrong(99));
    expect(again.status).toBe(429);
    expect(again.retryAfter).toBeGreaterThan(0);
    // ...and Sam, somewhere else, with his password, gets in.
    expect((await signIn('192.0.2.10', sam.me.name, PASSWORD)).status).toBe(200);
  });

  it('lets Sam in on a new phone from a shared address that others fail from, while his name is guessed', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const shared = '192.0.2.70';
    // Others on the same phone network mistype their own passwords now and then...
    for (let i = 0; i < 10; i++) expect((await signIn(shared, uniqueName('Neighbour'), wrong(i))).status).toBe(401);
    // ...while someone elsewhere guesses at Sam's name from many addresses.
    for (let i = 0; i < 30; i++) await signIn(addressNo(10, i), sam.me.name, wrong(i));
    expect((await signIn(addressNo(10, 0), sam.me.name, wrong(99))).status).toBe(429);
    expect((await signIn(shared, sam.me.name, PASSWORD)).status).toBe(200);
  });

  it('behind the proxy, one address failing on many names slows that address, not everyone', async () => {
    const robin = await signUp(app.server.url, uniqueName('Robin'));
    const from = addressNo(4, 1);
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await signIn(from, uniqueName('Nobody'), wrong(i))).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    expect((await signIn('192.0.2.20', robin.me.name, PASSWORD)).status).toBe(200);
  });

  it('keeps a delay on Sam through a flood of recoveries with made-up names (the limiters are apart)', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const from = addressNo(5, 1);
    await earnLongDelay(from, sam.me.name);
    expect((await signIn(from, sam.me.name, wrong(10))).status).toBe(429);
    for (let i = 0; i < 400; i++)
      await postFrom(app.server.url, addressNo(6, i), '/api/accounts/recover', { name: uniqueName('Nobody'), code: 'aaaa-bbbb-cccc-dddd', newPassword: PASSWORD });
    expect((await signIn(from, sam.me.name, wrong(11))).status).toBe(429);
  });

  it('keeps a delay on Sam through a flood of sign-ins with made-up names (a delay is never evicted)', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const from = addressNo(7, 1);
    await earnLongDelay(from, sam.me.name);
    expect((await signIn(from, sam.me.name, wrong(10))).status).toBe(429);
    for (let i = 0; i < 400; i += 8)
      await Promise.all(Array.from({ length: 8 }, (_, j) => signIn(addressNo(8, i + j), uniqueName('Nobody'), wrong(i))));
    expect((await signIn(from, sam.me.name, wrong(11))).status).toBe(429);
  });

  it('lets Sam in from his own browser while someone at the same address fails on his name', async () => {
    // Sam signed in on this browser before, then signed out; the browser keeps its device cookie.
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    expect((await sam.request('DELETE', '/api/sessions/current')).status).toBe(204);
    expect(sam.cookie).toMatch(/^mend_device=/);
    const shared = '192.0.2.40';
    for (let i = 0; i < 20; i++) await signIn(addressNo(9, i), sam.me.name, wrong(i));
    await earnLongDelay(shared, sam.me.name);
    expect((await signIn(shared, sam.me.name, PASSWORD)).status).toBe(429);
    expect((await postFrom(app.server.url, shared, '/api/sessions', { name: sam.me.name, password: PASSWORD }, sam.cookie)).status).toBe(200);
  });

  it('counts Sam\'s browser on its own: five tries there too, then waits', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await postFrom(app.server.url, '192.0.2.50', '/api/sessions', { name: sam.me.name, password: wrong(i) }, sam.cookie)).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  });

  it('gives a device cookie no weight for another account, when altered, or after a new password', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const robin = await signUp(app.server.url, uniqueName('Robin'));
    const shared = '192.0.2.60';
    await earnLongDelay(shared, robin.me.name);
    await earnLongDelay(shared, sam.me.name);
    const asRobin = (cookie: string) => postFrom(app.server.url, shared, '/api/sessions', { name: robin.me.name, password: PASSWORD }, cookie);
    expect((await asRobin(sam.cookie)).status).toBe(429);
    const robinDevice = /mend_device=([^;]+)/.exec(robin.cookie)?.[1] ?? '';
    expect((await asRobin(`mend_device=${robinDevice.replace(/.$/, (ch) => (ch === 'a' ? 'b' : 'a'))}`)).status).toBe(429);
    expect((await asRobin(`mend_device=${robinDevice}`)).status).toBe(200);
    // Sam sets a new password elsewhere: the cookie his browser holds from before is worth nothing now.
    const elsewhere = person(app.server.url);
    const newPassword = 'a fresh and long password';
    expect((await elsewhere.json('POST', '/api/sessions', { name: sam.me.name, password: PASSWORD })).status).toBe(200);
    expect((await elsewhere.request('PUT', '/api/me/password', { currentPassword: PASSWORD, newPassword })).status).toBe(204);
    expect((await postFrom(app.server.url, shared, '/api/sessions', { name: sam.me.name, password: newPassword }, sam.cookie)).status).toBe(429);
  });
});
