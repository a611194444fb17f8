// A body over the limit is answered 413, and that answer must reach the client. Answering
// without reading the rest and then closing leaves unread bytes on the socket, which TCP
// turns into a reset: the client's next write fails (EPIPE) and the answer is lost. Here a
// raw socket sends 5 MB the way a client on a real network does, a piece at a time.
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { Limits } from '../../shared/wire.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();

const FIVE_MB = 5 * 1024 * 1024;
const PIECE = 64 * 1024;

/** Sends a request head and a body of `size` bytes in pieces, each once the last is written;
 *  resolves with everything the server sent and how the socket ended. */
function sendInPieces(head: string, size: number, frame: (piece: Buffer) => Buffer[] = (p) => [p], end: Buffer[] = []) {
  return new Promise<{ received: string; error: string | null }>((resolve) => {
    const socket = net.connect(app.server.port, '127.0.0.1');
    let received = '';
    let error: string | null = null;
    socket.on('data', (data) => (received += data.toString('utf8')));
    socket.on('error', (e: NodeJS.ErrnoException) => (error = e.code ?? e.message));
    socket.on('close', () => resolve({ received, error }));
    const piece = Buffer.alloc(PIECE, 'y');
    let sent = 0;
    const next = () => {
      if (socket.destroyed) return;
      if (sent >= size) {
        for (const part of end) socket.write(part);
        return;
      }
      const parts = frame(piece.subarray(0, Math.min(PIECE, size - sent)));
      sent += PIECE;
      parts.forEach((part, i) => socket.write(part, i === parts.length - 1 ? () => next() : undefined));
    };
    socket.write(head, () => next());
  });
}

const headFor = (framing: string) =>
  `POST /api/accounts HTTP/1.1\r\nHost: 127.0.0.1:${app.server.port}\r\nOrigin: ${app.server.url}\r\n` +
  `Content-Type: application/json\r\n${framing}\r\n\r\n`;

function expectTooLarge(answer: { received: string; error: string | null }) {
  const [head = '', body = ''] = answer.received.split('\r\n\r\n');
  expect(head.split('\r\n')[0], `the status line (socket ended with ${answer.error ?? 'a clean close'})`).toBe('HTTP/1.1 413 Payload Too Large');
  expect(head).toMatch(/\r\nconnection: close/i);
  expect(JSON.parse(body)).toEqual({ error: { code: 'too-large', message: 'That is more than we can take in one go.' } });
  expect(answer.error).toBeNull();
}

describe('a body over the limit', () => {
  it('is answered 413 with its message, 20 times in a row, when it declares a Content-Length', async () => {
    expect(FIVE_MB).toBeGreaterThan(Limits.bodyBytes);
    for (let i = 0; i < 20; i++) expectTooLarge(await sendInPieces(headFor(`Content-Length: ${FIVE_MB}`), FIVE_MB));
  });

  it('is answered 413 with its message, 20 times in a row, when it streams in chunks', async () => {
    const chunk = (piece: Buffer) => [Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')];
    for (let i = 0; i < 20; i++)
      expectTooLarge(await sendInPieces(headFor('Transfer-Encoding: chunked'), FIVE_MB, chunk, [Buffer.from('0\r\n\r\n')]));
  });
});
