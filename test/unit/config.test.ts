import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isHttps, loadConfig } from '../../server/config.ts';

describe('configuration from the environment', () => {
  it('works with nothing set: port 3000, ./data, localhost and 127.0.0.1 both allowed', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.dataDir).toBe(path.resolve('data'));
    expect(c.publicOrigin).toBe('http://localhost:3000');
    expect(c.extraOrigins).toEqual(['http://127.0.0.1:3000']);
    expect(isHttps(c)).toBe(false);
  });

  it('takes a public origin as the only allowed origin, without a trailing slash', () => {
    const c = loadConfig({ PORT: '8080', PUBLIC_ORIGIN: 'https://mend.example/', DATA_DIR: '/var/lib/mend' });
    expect(c.publicOrigin).toBe('https://mend.example');
    expect(c.extraOrigins).toEqual([]);
    expect(c.dataDir).toBe('/var/lib/mend');
    expect(isHttps(c)).toBe(true);
  });

  it('trusts no proxy unless told how many stand in front', () => {
    expect(loadConfig({}).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
    expect(loadConfig({ TRUST_PROXY: '-2' }).trustProxy).toBe(0);
    expect(loadConfig({ TRUST_PROXY: 'yes' }).trustProxy).toBe(0);
  });

  it('slows sign-ins down rather than locking them out, with the documented numbers', () => {
    const { perPair, perAddress, perName, maxKeys } = loadConfig({}).signInLimits;
    const minutes = (ms: number) => ms / 60_000;
    expect([perPair.free, perPair.firstDelayMs, minutes(perPair.maxDelayMs), minutes(perPair.forgetMs)]).toEqual([5, 1000, 15, 1440]);
    expect([perAddress.free, perAddress.firstDelayMs, minutes(perAddress.maxDelayMs), minutes(perAddress.forgetMs)]).toEqual([20, 1000, 60, 1440]);
    expect([perName.free, perName.firstDelayMs, minutes(perName.maxDelayMs), minutes(perName.forgetMs)]).toEqual([10, 1000, 60, 1440]);
    expect(maxKeys).toBe(100_000);
    expect(loadConfig({ SIGNIN_FAILURES_PER_NAME_AND_ADDRESS: '3' }).signInLimits.perPair.free).toBe(3);
  });

  it('falls back to the default for a number that is not one', () => {
    expect(loadConfig({ PORT: 'eighty' }).port).toBe(3000);
  });
});
