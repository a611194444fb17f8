// Yjs documents in SQLite: an append-only row per update, folded into one snapshot row
// past a threshold so a long history still loads in milliseconds.
import type { Db } from './db.ts';
import type { DocStore } from './store.ts';

export function sqliteDocs(db: Db): DocStore {
  const snapshot = db.prepare<[string], { data: Buffer; upto_seq: number }>(
    'SELECT data, upto_seq FROM doc_snapshots WHERE doc = ?',
  );
  const updatesAfter = db.prepare<[string, number], { data: Buffer; seq: number }>(
    'SELECT data, seq FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
  );
  const insert = db.prepare('INSERT INTO doc_updates (doc, data) VALUES (?, ?)');
  const putSnapshot = db.prepare('INSERT OR REPLACE INTO doc_snapshots (doc, data, upto_seq) VALUES (?, ?, ?)');
  const deleteUpTo = db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?');
  const writers = db.prepare<[string], { client_id: number; user_id: string }>('SELECT client_id, user_id FROM doc_writers WHERE doc = ?');
  const addWriter = db.prepare('INSERT OR IGNORE INTO doc_writers (doc, client_id, user_id) VALUES (?, ?, ?)');
  const count = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?');

  return {
    loadDoc(doc) {
      const snap = snapshot.get(doc);
      const rows = updatesAfter.all(doc, snap?.upto_seq ?? 0);
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.at(-1)?.seq ?? snap?.upto_seq ?? 0,
      };
    },
    appendUpdate: (doc, update) => Number(insert.run(doc, Buffer.from(update)).lastInsertRowid),
    compactDoc(doc, data, uptoSeq) {
      db.transaction(() => {
        putSnapshot.run(doc, Buffer.from(data), uptoSeq);
        deleteUpTo.run(doc, uptoSeq);
      })();
    },
    updateCount: (doc) => count.get(doc)?.n ?? 0,
    writers: (doc) => new Map(writers.all(doc).map((r) => [r.client_id, r.user_id])),
    recordWriter: (doc, clientId, userId) => void addWriter.run(doc, clientId, userId),
  };
}
