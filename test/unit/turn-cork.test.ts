// corkForTurn: a socket's writes of one turn leave together at the end of the turn, in order.
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { corkForTurn } from '../../server/sync/turn-cork.ts';

const open: net.Socket[] = [];
let server: net.Server | null = null;
afterEach(async () => {
  for (const s of open.splice(0)) s.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = null;
});

/** A connected pair on loopback: what the server side writes, the client side collects. */
async function pair(): Promise<{ writer: net.Socket; received: () => string }> {
  let chunks = '';
  const accepted = new Promise<net.Socket>((resolve) => {
    server = net.createServer((s) => resolve(s));
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const port = (server?.address() as net.AddressInfo).port;
  const reader = net.connect(port, '127.0.0.1');
  reader.setEncoding('utf8');
  reader.on('data', (c: string) => (chunks += c));
  const writer = await accepted;
  open.push(reader, writer);
  return { writer, received: () => chunks };
}

async function until(check: () => boolean, ms = 2000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe('corkForTurn', () => {
  it('holds a socket\'s writes until the end of the turn, then sends them all, in order', async () => {
    const { writer, received } = await pair();
    const before = writer.bytesWritten;
    for (const word of ['one ', 'two ', 'three']) {
      corkForTurn(writer);
      writer.write(word);
    }
    // Still this turn: corked once however often asked, nothing handed to the kernel yet.
    expect(writer.writableCorked).toBe(1);
    expect(writer.writableLength).toBe('one two three'.length);
    await new Promise((r) => process.nextTick(r));
    expect(writer.writableCorked).toBe(0);
    await until(() => received() === 'one two three');
    expect(writer.bytesWritten - before).toBe('one two three'.length);
  });

  it('leaves a socket that is already corked by someone else to them', async () => {
    const { writer, received } = await pair();
    writer.cork();
    corkForTurn(writer);
    writer.write('held');
    await new Promise((r) => process.nextTick(r));
    // The other cork still holds: corkForTurn did not add one of its own to release.
    expect(writer.writableCorked).toBe(1);
    writer.uncork();
    await until(() => received() === 'held');
  });
});
