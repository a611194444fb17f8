// Caps request bodies. Hono's bodyLimit answers 413 without reading the rest of the body, and
// the server then closes a socket that still has unread bytes: TCP turns that into a reset, the
// client's next write fails and its copy of our answer is often thrown away with it. So the rest
// is read and dropped first, up to a bound, and only then answered; past the bound the client is
// sending far more than anyone would by mistake, and a reset is what it gets.
import type { Context, MiddlewareHandler } from 'hono';

/** Bytes past the limit we read and drop so the answer arrives; a mistaken upload fits. */
export const DISCARD_BYTES = 16 * 1024 * 1024;
/** How long we keep reading a body we will not use: a slow phone link, not a slow trickle. */
export const DISCARD_MS = 10_000;

/** Reads and drops what is left, until the end, `maxBytes` or `maxMs`, whichever comes first. */
async function discardRest(reader: ReadableStreamDefaultReader<Uint8Array>, maxBytes: number, maxMs: number): Promise<void> {
  let dropped = 0;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), maxMs);
  });
  try {
    while (dropped <= maxBytes) {
      const read = reader.read();
      // A read left pending when we stop must not become an unhandled rejection later.
      read.catch(() => undefined);
      const result = await Promise.race([read, late]);
      if (result === 'late' || result.done) return;
      dropped += result.value.length;
    }
  } catch {
    // The client went away: there is nobody left to answer.
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Lets bodies up to `maxBytes` through (buffered, so the route reads them as usual) and answers
 * larger ones with `tooLarge(c)` once the rest has been read, or the bound is reached.
 */
export function limitBody(maxBytes: number, tooLarge: (c: Context) => never): MiddlewareHandler {
  return async function capBody(c, next) {
    // Headers only, at first: touching the request's body stream would make @hono/node-server
    // build a whole web Request (headers, abort signal, stream) for every request, which was
    // a tenth of the server's time under a stream of commands. A body of declared length is
    // then read straight from Node's request by the route.
    const declared = c.req.header('content-length');
    const chunked = c.req.header('transfer-encoding') !== undefined;
    if (!chunked && (declared === undefined || Number(declared) === 0)) return next();
    if (declared !== undefined && !chunked) {
      // Node has checked that the body is exactly this long; it is read by the route.
      const length = Number(declared);
      if (length <= maxBytes) return next();
      const body = c.req.raw.body;
      if (body && length - maxBytes <= DISCARD_BYTES) await discardRest(body.getReader(), DISCARD_BYTES, DISCARD_MS);
      return tooLarge(c);
    }
    const body = c.req.raw.body;
    if (!body) return next();
    const reader = body.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await discardRest(reader, DISCARD_BYTES, DISCARD_MS);
        return tooLarge(c);
      }
      chunks.push(value);
    }
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(chunks) });
    return next();
  };
}
