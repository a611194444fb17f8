// Hocuspocus 3.4 under test, with no authentication. Persistence is what its Database
// extension does (the whole document state stored per debounced change, loaded whole), on
// SQLite with durable commits; the hooks are inlined to avoid another package.
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import Database from 'better-sqlite3';
import { Server } from '@hocuspocus/server';
import * as Y from 'yjs';
import { dataDirFromEnv, serveControl } from './child.ts';

const db = new Database(path.join(dataDirFromEnv(), 'hocuspocus.sqlite'));
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const fetch = db.prepare<[string], { data: Buffer }>('SELECT data FROM documents WHERE name = ?');
const store = db.prepare('INSERT OR REPLACE INTO documents (name, data) VALUES (?, ?)');

const server = new Server({
  quiet: true,
  stopOnSignals: false,
  extensions: [
    {
      async onLoadDocument({ document, documentName }) {
        const row = fetch.get(documentName);
        if (row) Y.applyUpdate(document, new Uint8Array(row.data));
      },
      async onStoreDocument({ document, documentName }) {
        store.run(documentName, Buffer.from(Y.encodeStateAsUpdate(document)));
      },
    },
  ],
});
// Server.listen() hands `address` to net as an unknown option and so binds every interface;
// listening on the server's own http server keeps it on loopback (its hooks are set up already).
await new Promise<void>((resolve) => server.httpServer.listen(0, '127.0.0.1', resolve));
serveControl((server.httpServer.address() as AddressInfo).port, {
  docs: () => server.hocuspocus.getDocumentsCount(),
  async stop() {
    await server.destroy();
    db.close();
  },
});
