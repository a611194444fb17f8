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

  it('falls back to the default for a number that is not one', () => {
    expect(loadConfig({ PORT: 'eighty' }).port).toBe(3000);
  });
});
