// The address a request came from, for limits kept per address. Behind a proxy this would read
// the proxy's header instead; here the server faces the network itself.
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context } from 'hono';

export function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
