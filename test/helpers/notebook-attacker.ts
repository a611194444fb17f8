// A separate process that attacks one account's notebook (fragmentation from one socket, a
// flood of 50 KB updates from five more), so that a test measuring someone else's requests
// does not also measure the CPU it takes to craft and send the attack.
// Run: node --import tsx test/helpers/notebook-attacker.ts <url> <cookie>
// Prints "ready" once the frames are made, "sending" when they go out, "done" when every
// socket was closed by the server.
import * as Y from 'yjs';
import { NOTEBOOK, NOTEBOOK_PATH } from '../../shared/wire.ts';
import { deletionUpdate, notebookFlood, sendAll, updateFrame, updatesOf } from './attack.ts';
import { rawSocketAt } from './sync.ts';

const [url, cookie] = process.argv.slice(2) as [string, string];
const doc = new Y.Doc();
const long = updatesOf(doc, () => doc.getText('reflection:next:a').insert(0, 'ab'.repeat(100_000))).map(updateFrame);
const cuts = Array.from({ length: 500 }, (_, k) =>
  updateFrame(deletionUpdate(doc.clientID, Array.from({ length: 200 }, (_, i) => [400 * k + 2 * i + 1, 1] as const))),
);
// Thirty 50 KB updates a socket: well past the person's byte budget, without spending this
// machine's two cores on sending megabytes that would only be dropped.
const floods = Array.from({ length: 5 }, (_, i) => notebookFlood(30, `f${i}`));
console.log('ready');
// Waits for a line on stdin, so the parent can measure idle first.
await new Promise((resolve) => process.stdin.once('data', resolve));
const sockets = Array.from({ length: 6 }, () => rawSocketAt(url, `${NOTEBOOK_PATH}/${NOTEBOOK}`, cookie));
await Promise.all(sockets.map((s) => s.opened));
console.log('sending');
sockets.forEach((s, i) => sendAll(s.ws, i === 0 ? [...long, ...cuts] : (floods[i - 1] ?? [])));
const codes = await Promise.all(sockets.map((s) => s.closed.then((c) => c.code)));
console.log(`done ${codes.join(',')}`);
process.exit(0);
