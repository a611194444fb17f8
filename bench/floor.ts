// npx tsx bench/floor.ts [history]: what a long-history load costs in Yjs alone, with no
// server, socket or database: the same history as the benchmark's (sessions of 200 edits),
// then, five times, the server's part (apply the stored snapshot to a new document and encode
// it for a client) and the client's part (apply that). Any server's cold load sits above this.
import * as Y from 'yjs';
import { HISTORY_TEXT, historyEdit } from './history.ts';
import { seeded } from './util.ts';

const history = Number(process.argv[2] ?? 10_000);
const server = new Y.Doc();
const updates: Uint8Array[] = [];
server.on('update', (u: Uint8Array) => updates.push(u));
for (let s = 0; s * 200 < history; s++) {
  const writer = new Y.Doc();
  Y.applyUpdate(writer, Y.encodeStateAsUpdate(server));
  writer.on('update', (u: Uint8Array) => Y.applyUpdate(server, u));
  const random = seeded(1000 + s);
  const text = writer.getText(HISTORY_TEXT);
  for (let i = 0; i < Math.min(200, history - s * 200); i++) historyEdit(text, random);
  writer.destroy();
}
const snapshot = Y.encodeStateAsUpdate(server);
console.log(`${updates.length} updates; snapshot ${snapshot.length} bytes; text ${server.getText(HISTORY_TEXT).length} characters`);
for (let r = 0; r < 5; r++) {
  let t = performance.now();
  const loaded = new Y.Doc();
  Y.applyUpdate(loaded, snapshot);
  const apply = performance.now() - t;
  t = performance.now();
  const forClient = Y.encodeStateAsUpdate(loaded, Y.encodeStateVector(new Y.Doc()));
  const encode = performance.now() - t;
  t = performance.now();
  Y.applyUpdate(new Y.Doc(), forClient);
  const client = performance.now() - t;
  t = performance.now();
  const replayed = new Y.Doc();
  Y.transact(replayed, () => {
    for (const u of updates) Y.applyUpdate(replayed, u);
  });
  const replay = performance.now() - t;
  console.log(
    `server: apply snapshot ${apply.toFixed(1)} ms + encode ${encode.toFixed(1)} ms; client: apply ${client.toFixed(1)} ms; ` +
      `(replaying all ${updates.length} updates instead: ${replay.toFixed(1)} ms)`,
  );
}
