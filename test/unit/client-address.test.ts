// The address a request is counted under: the socket's peer unless TRUST_PROXY says how many
// proxies of ours append to X-Forwarded-For; IPv6 by its /56.
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { addressKey, clientAddress } from '../../server/http/client-address.ts';

/** What clientAddress() makes of a request with this X-Forwarded-For (no socket: 'unknown'). */
async function seen(trustProxy: number, forwarded?: string): Promise<string> {
  const app = new Hono().get('/', (c) => c.text(clientAddress(c, trustProxy)));
  const res = await app.request('/', { headers: forwarded === undefined ? {} : { 'x-forwarded-for': forwarded } });
  return res.text();
}

describe('the client address', () => {
  it('ignores X-Forwarded-For without TRUST_PROXY: any client can write it', async () => {
    expect(await seen(0, '203.0.113.7')).toBe('unknown');
  });

  it('takes the right-most entry behind one proxy, whatever the client wrote before it', async () => {
    expect(await seen(1, '203.0.113.7')).toBe('203.0.113.7');
    expect(await seen(1, '1.1.1.1, 6.6.6.6, 203.0.113.7')).toBe('203.0.113.7');
    expect(await seen(1, '1.1.1.1')).toBe('1.1.1.1');
  });

  it('takes the n-th entry from the right behind n proxies', async () => {
    expect(await seen(2, 'spoofed, 203.0.113.7, 10.0.0.2')).toBe('203.0.113.7');
  });

  it('falls back to the socket when the proxies did not all write, or wrote no address', async () => {
    expect(await seen(2, '203.0.113.7')).toBe('unknown');
    expect(await seen(1)).toBe('unknown');
    expect(await seen(1, 'not-an-address')).toBe('unknown');
  });

  it('drops a port some proxies add', async () => {
    expect(await seen(1, '203.0.113.7:51234')).toBe('203.0.113.7');
    expect(await seen(1, '[2001:db8:1:2::7]:443')).toBe('2001:db8:1:0::/56');
  });

  it('counts IPv4 as it is, IPv4 inside IPv6 as IPv4, and IPv6 by its /56', () => {
    expect(addressKey('192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('::ffff:192.0.2.1')).toBe('192.0.2.1');
    expect(addressKey('2001:db8:aa:bbcc:1:2:3:4')).toBe('2001:db8:aa:bb00::/56');
    expect(addressKey('2001:db8:aa:bbff::9')).toBe(addressKey('2001:db8:aa:bb00::1'));
    expect(addressKey('2001:db8:aa:cc00::1')).not.toBe(addressKey('2001:db8:aa:bb00::1'));
    expect(addressKey('::1')).toBe('0:0:0:0::/56');
    expect(addressKey('nonsense')).toBe('unknown');
  });
});
