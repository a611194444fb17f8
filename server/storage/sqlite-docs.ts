// Yjs documents in SQLite: an append-only row per update, folded into one snapshot row
// past a threshold so a long history still loads in milliseconds.
import type { Db, Sync } from './db.ts';
import type { DocStore } from './store.ts';

export function sqliteDocs(db: Db): Sync<DocStore> {
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
  const lastSeq = db.prepare<[string, string], { seq: number }>(
    `SELECT MAX(COALESCE((SELECT MAX(seq) FROM doc_updates WHERE doc = ?), 0),
                COALESCE((SELECT upto_seq FROM doc_snapshots WHERE doc = ?), 0)) AS seq`,
  );
  const count = db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?');

  return {
    loadDoc(doc, afterSeq = 0) {
      const stored = snapshot.get(doc);
      // Rows up to the snapshot are gone: a reader behind it needs the snapshot itself.
      const snap = stored && stored.upto_seq > afterSeq ? stored : undefined;
      const from = Math.max(afterSeq, snap?.upto_seq ?? 0);
      const rows = updatesAfter.all(doc, from);
      return {
        snapshot: snap ? new Uint8Array(snap.data) : null,
        updates: rows.map((r) => new Uint8Array(r.data)),
        lastSeq: rows.at(-1)?.seq ?? from,
      };
    },
    appendUpdate: (doc, update) => Number(insert.run(doc, Buffer.from(update)).lastInsertRowid),
    appendUpdates: (rows) => rows.map((r) => Number(insert.run(r.doc, Buffer.from(r.update)).lastInsertRowid)),
    compactDoc(doc, data, uptoSeq) {
      db.transaction(() => {
        // Two compactions may race (two instances): the one covering fewer rows loses.
        if ((snapshot.get(doc)?.upto_seq ?? 0) > uptoSeq) return;
        putSnapshot.run(doc, Buffer.from(data), uptoSeq);
        deleteUpTo.run(doc, uptoSeq);
      })();
    },
    updateCount: (doc) => count.get(doc)?.n ?? 0,
    writers: (doc) => new Map(writers.all(doc).map((r) => [r.client_id, r.user_id])),
    recordWriter: (doc, clientId, userId) => void addWriter.run(doc, clientId, userId),
    lastSeqs: (docs) => new Map(docs.map((doc) => [doc, lastSeq.get(doc, doc)?.seq ?? 0])),
  };
}
