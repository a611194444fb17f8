// Yjs documents in PostgreSQL: an update row per change, numbered per document without gaps in
// commit order, folded into one snapshot row past a threshold. The numbering comes from the
// document's row in doc_heads: the statement that stores an update takes that row's lock,
// increments it and inserts, so a second writer waits for the first to commit (or roll back)
// and takes the next number. An instance relayed row n+2 after row n knows it missed one.
import type { Runner } from './pg-db.ts';
import type { DocStore } from './store.ts';

const APPEND = `
  WITH head AS (
    INSERT INTO doc_heads (doc, seq) VALUES ($1, 1)
    ON CONFLICT (doc) DO UPDATE SET seq = doc_heads.seq + 1
    RETURNING seq
  )
  INSERT INTO doc_updates (doc, seq, data) SELECT $1, head.seq, $2 FROM head RETURNING seq`;

/**
 * Many updates in one statement (a group commit): each document's counter moves by its count,
 * documents locked in name order (as the writer sends them), rows numbered in input order.
 */
const APPEND_MANY = `
  WITH input AS (
    SELECT doc, data, ord FROM unnest($1::text[], $2::bytea[]) WITH ORDINALITY AS t(doc, data, ord)
  ), counts AS (
    SELECT doc, count(*)::bigint AS n FROM input GROUP BY doc
  ), heads AS (
    INSERT INTO doc_heads (doc, seq) SELECT doc, n FROM counts ORDER BY doc
    ON CONFLICT (doc) DO UPDATE SET seq = doc_heads.seq + excluded.seq
    RETURNING doc, seq
  ), numbered AS (
    SELECT i.ord, i.doc, i.data, h.seq - c.n + row_number() OVER (PARTITION BY i.doc ORDER BY i.ord) AS seq
    FROM input i JOIN counts c USING (doc) JOIN heads h USING (doc)
  ), stored AS (
    INSERT INTO doc_updates (doc, seq, data) SELECT doc, seq, data FROM numbered
  )
  SELECT seq FROM numbered ORDER BY ord`;

/**
 * The snapshot (when it covers rows after `afterSeq`) and the updates after both, in one
 * statement so the two are read at the same moment. The snapshot is row kind 0, first.
 */
const LOAD = `
  WITH snap AS (SELECT data, upto_seq FROM doc_snapshots WHERE doc = $1)
  SELECT 0 AS kind, upto_seq AS seq, data FROM snap WHERE upto_seq > $2
  UNION ALL
  SELECT 1 AS kind, u.seq, u.data FROM doc_updates u
   WHERE u.doc = $1 AND u.seq > GREATEST($2::bigint, COALESCE((SELECT upto_seq FROM snap), 0))
  ORDER BY kind, seq`;

export function pgDocs(db: Runner): DocStore {
  return {
    async loadDoc(doc, afterSeq = 0) {
      const rows = await db.query<{ kind: number; seq: number; data: Uint8Array }>(LOAD, [doc, afterSeq]);
      const snap = rows[0]?.kind === 0 ? rows[0] : undefined;
      const updates = snap ? rows.slice(1) : rows;
      return {
        snapshot: snap ? snap.data : null,
        updates: updates.map((r) => r.data),
        lastSeq: updates.at(-1)?.seq ?? snap?.seq ?? afterSeq,
      };
    },
    async appendUpdate(doc, update) {
      const row = (await db.query<{ seq: number }>(APPEND, [doc, Buffer.from(update)]))[0];
      if (!row) throw new Error('storing a document update returned no sequence number');
      return row.seq;
    },
    async appendUpdates(rows) {
      if (rows.length === 0) return [];
      const seqs = await db.query<{ seq: number }>(APPEND_MANY, [rows.map((r) => r.doc), rows.map((r) => Buffer.from(r.update))]);
      if (seqs.length !== rows.length) throw new Error('storing document updates returned the wrong count of sequence numbers');
      return seqs.map((r) => r.seq);
    },
    async compactDoc(doc, data, uptoSeq) {
      await db.atomic(async (tx) => {
        // The counter's lock: no update of this document commits while its rows are folded away.
        await tx.query('SELECT seq FROM doc_heads WHERE doc = $1 FOR UPDATE', [doc]);
        // A snapshot covering fewer rows than the stored one would lose the rows between.
        await tx.run(
          `INSERT INTO doc_snapshots (doc, data, upto_seq) VALUES ($1, $2, $3)
           ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq
           WHERE doc_snapshots.upto_seq < excluded.upto_seq`,
          [doc, Buffer.from(data), uptoSeq],
        );
        // Rows up to uptoSeq are in whichever snapshot is now stored.
        await tx.run('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [doc, uptoSeq]);
      });
    },
    updateCount: async (doc) => (await db.query<{ n: number }>('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = $1', [doc]))[0]?.n ?? 0,
    writers: async (doc) =>
      new Map((await db.query<{ client_id: number; user_id: string }>('SELECT client_id, user_id FROM doc_writers WHERE doc = $1', [doc])).map((r) => [r.client_id, r.user_id])),
    recordWriter: async (doc, clientId, userId) =>
      void (await db.run('INSERT INTO doc_writers (doc, client_id, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING', [doc, clientId, userId])),
    async lastSeqs(docs) {
      const found = await db.query<{ doc: string; seq: number }>('SELECT doc, seq FROM doc_heads WHERE doc = ANY($1::text[])', [docs]);
      const seqs = new Map(docs.map((doc) => [doc, 0]));
      for (const r of found) seqs.set(r.doc, r.seq);
      return seqs;
    },
  };
}
