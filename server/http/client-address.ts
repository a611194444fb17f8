// Where a request comes from, as the limiters count it. Without TRUST_PROXY it is the socket's
// peer and X-Forwarded-For is ignored (any client can write it). With TRUST_PROXY=n, n proxies
// of ours stand in front, each appending the address it was reached from (nginx:
// `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;`, HAProxy: `option forwardfor`),
// so the client is the n-th entry from the right; anything further left was written by the
// client and proves nothing. A request with fewer entries did not come through our proxies and
// counts as the socket's peer.
import { isIP } from 'node:net';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

/** The peer of the socket, or 'unknown' (app.request() in tests has no socket). */
function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** The eight 16-bit groups of an IPv6 address, or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.split('%')[0] ?? '';
  // A trailing dotted IPv4 part (::ffff:1.2.3.4, 64:ff9b::1.2.3.4) becomes two groups.
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = '', tail] = text.split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...right].map((g) => Number.parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * The key an address is counted under: an IPv4 address as it is (also when mapped into IPv6),
 * an IPv6 address by its /56, the block a home or an office is usually given. Counting single
 * IPv6 addresses (or /64s) would give anyone with a routed /48 thousands of fresh addresses.
 */
export function addressKey(address: string): string {
  const kind = isIP(address);
  if (kind === 4) return address;
  if (kind !== 6) return 'unknown';
  const g = ipv6Groups(address);
  if (!g) return 'unknown';
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return `${(g[6] ?? 0) >> 8}.${(g[6] ?? 0) & 255}.${(g[7] ?? 0) >> 8}.${(g[7] ?? 0) & 255}`;
  return `${g.slice(0, 3).map((x) => x.toString(16)).join(':')}:${((g[3] ?? 0) & 0xff00).toString(16)}::/56`;
}
/** Some proxies write the client's port too: 203.0.113.7:51234, [2001:db8::1]:51234. */
const withoutPort = (entry: string): string =>
  /^\[([^\]]+)\](?::\d+)?$/.exec(entry)?.[1] ?? /^(\d+\.\d+\.\d+\.\d+):\d+$/.exec(entry)?.[1] ?? entry;

/** The client's address as the limiters count it; `trustProxy` is the number of our proxies. */
export function clientAddress(c: Context, trustProxy: number): string {
  const socket = socketAddress(c);
  if (trustProxy <= 0) return addressKey(socket);
  const forwarded = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
  const entry = forwarded.length >= trustProxy ? withoutPort(forwarded[forwarded.length - trustProxy] ?? '') : '';
  return isIP(entry) ? addressKey(entry) : addressKey(socket);
}
