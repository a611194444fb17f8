// The reference y-websocket server (@y/websocket-server 0.1.1), as its src/server.js starts
// it, with no authentication. Its own persistence is y-leveldb, whose native leveldown is not
// built here (npm does not run its install script), so the same strategy runs on SQLite:
// every update appended as a row without fsync (leveldb's default), all rows applied on load
// and folded into one when there are more than 500 (y-leveldb's PREFERRED_TRIM_SIZE).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { docs, setPersistence, setupWSConnection } from '@y/websocket-server/utils';
import { dataDirFromEnv, serveControl } from './child.ts';

const TRIM_SIZE = 500;
const db = new Database(path.join(dataDirFromEnv(), 'y-websocket.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = NORMAL');
db.exec('CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, doc TEXT NOT NULL, data BLOB NOT NULL)');
db.exec('CREATE INDEX IF NOT EXISTS updates_doc ON updates (doc, seq)');
const load = db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE doc = ? ORDER BY seq');
const append = db.prepare('INSERT INTO updates (doc, data) VALUES (?, ?)');
const clear = db.prepare('DELETE FROM updates WHERE doc = ?');
const flush = db.transaction((doc: string, state: Uint8Array) => {
  clear.run(doc);
  append.run(doc, Buffer.from(state));
});

setPersistence({
  provider: db,
  bindState(docName: string, ydoc: Y.Doc) {
    const rows = load.all(docName);
    const persisted = new Y.Doc();
    persisted.transact(() => {
      for (const row of rows) Y.applyUpdate(persisted, new Uint8Array(row.data));
    });
    if (rows.length > TRIM_SIZE) flush(docName, Y.encodeStateAsUpdate(persisted));
    append.run(docName, Buffer.from(Y.encodeStateAsUpdate(ydoc)));
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(persisted));
    persisted.destroy();
    ydoc.on('update', (update: Uint8Array) => append.run(docName, Buffer.from(update)));
  },
  writeState: async () => {},
});

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
serveControl((server.address() as AddressInfo).port, {
  docs: () => docs.size,
  async stop() {
    for (const ws of wss.clients) ws.terminate();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    db.close();
  },
});
