// Recovery codes are 80 random bits, so guessing one is hopeless; what matters is that a flood
// of tries from one address slows down (it used to be limited by name only, so made-up names
// were free), and that someone failing on Sam's name cannot keep Sam from recovering.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { addressNo, postFrom } from '../helpers/from.ts';
import { PASSWORD, signUp, uniqueName } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer({ trustProxy: 1, signInLimits: loadConfig({}).signInLimits });

const recover = (address: string, name: string, code: string) =>
  postFrom(app.server.url, address, '/api/accounts/recover', { name, code, newPassword: 'a new long enough password' });
const madeUpCode = (i: number) => `aaaa-bbbb-cccc-${String(i).padStart(4, 'a')}`;

describe('recovery delays', () => {
  it('slows one address trying made-up names: twenty tries, then waits', async () => {
    const from = addressNo(1, 1);
    const statuses: number[] = [];
    for (let i = 0; i < 25; i++) statuses.push((await recover(from, uniqueName('Nobody'), madeUpCode(i))).status);
    expect(statuses.slice(0, 20).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(20).every((s) => s === 429)).toBe(true);
    const refused = await recover(from, uniqueName('Nobody'), madeUpCode(99));
    expect(refused.retryAfter).toBeGreaterThan(0);
    expect(refused.body.error?.message).toMatch(/^To keep accounts safe, the next try can be in /);
  });

  it('slows one address trying codes for one name: five tries, then waits', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    const from = addressNo(2, 1);
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await recover(from, sam.me.name, madeUpCode(i))).status);
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    // A real code waits too: the delay comes before the code is looked at.
    expect((await recover(from, sam.me.name, sam.recoveryCodes[0] as string)).status).toBe(429);
  });

  it('lets Sam recover from an address that has not been failing, while others fail on his name', async () => {
    const sam = await signUp(app.server.url, uniqueName('Sam'));
    for (let i = 0; i < 30; i++) expect((await recover(addressNo(3, i), sam.me.name, madeUpCode(i))).status).toBe(401);
    expect((await recover(addressNo(3, 0), sam.me.name, madeUpCode(99))).status).toBe(429);
    const recovered = await recover('192.0.2.30', sam.me.name, sam.recoveryCodes[0] as string);
    expect(recovered.status).toBe(200);
    expect((await postFrom(app.server.url, '192.0.2.30', '/api/sessions', { name: sam.me.name, password: PASSWORD })).status).toBe(401);
  });
});
