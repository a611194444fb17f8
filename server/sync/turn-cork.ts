// Frames sent to one socket in one turn of the event loop leave in one write.
//
// `ws` writes every frame the moment it is sent: a header and a payload, one writev(2) each.
// A group commit shares its updates one after another, so a batch of 40 updates to four
// sockets was 160 system calls and as many TCP segments, each a separate read and wake-up for
// the client. Corking a socket until the end of the turn gathers them into one write per
// socket; nothing waits for another turn, the frames only go out together.
import type { Socket } from 'node:net';

const corked: Socket[] = [];

function uncorkAll(): void {
  // A socket destroyed meanwhile drops what it held, as it would have dropped the writes.
  for (const socket of corked.splice(0)) socket.uncork();
}

/** Holds `socket`'s writes until the end of this turn (process.nextTick), then sends them at once. */
export function corkForTurn(socket: Socket): void {
  // Corked already: by this turn's earlier send (and `ws` uncorks its own before returning).
  if (socket.writableCorked > 0) return;
  socket.cork();
  if (corked.push(socket) === 1) process.nextTick(uncorkAll);
}
