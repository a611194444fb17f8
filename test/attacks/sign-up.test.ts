// Anyone can sign up, but not hundreds of accounts from one address in seconds (600 in 6 s
// before): a few at once, then one every 12 minutes, said kindly with a Retry-After.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { addressNo, postFrom } from '../helpers/from.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';

const production = loadConfig({});
const app = useTestServer({ trustProxy: 1, signUpLimit: production.signUpLimit });

const signUpFrom = (address: string, name = uniqueName('Kit')) => postFrom(app.server.url, address, '/api/accounts', { name, password: PASSWORD });

describe('sign-ups from one address', () => {
  it('allows three at once, then one every 12 minutes, and other addresses are not affected', async () => {
    const from = addressNo(1, 1);
    for (let i = 0; i < 3; i++) expect((await signUpFrom(from)).status).toBe(201);
    const refused = await signUpFrom(from);
    expect(refused).toMatchObject({ status: 429, retryAfter: 720, body: { error: { code: 'too-many-sign-ups' } } });
    expect(refused.body.error?.message).toBe('Several accounts were made from this network just now, so the next one can be made in about 12 minutes.');
    expect((await signUpFrom(addressNo(1, 2))).status).toBe(201);
    const undo = shiftClock(app.server, 12 * 60_000);
    try {
      expect((await signUpFrom(from)).status).toBe(201);
      expect((await signUpFrom(from)).status).toBe(429);
    } finally {
      undo();
    }
  });

  it('does not let sign-ups sent all at once pass together', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, () => signUpFrom(addressNo(2, 1))));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(3);
    expect(answers.filter((a) => a.status === 429)).toHaveLength(9);
  });

  it('does not spend the allowance on a name that is taken', async () => {
    const from = addressNo(3, 1);
    const name = uniqueName('Taken');
    expect((await signUpFrom(addressNo(3, 2), name)).status).toBe(201);
    for (let i = 0; i < 5; i++) expect((await signUpFrom(from, name)).status).toBe(409);
    for (let i = 0; i < 3; i++) expect((await signUpFrom(from)).status).toBe(201);
  });
});
