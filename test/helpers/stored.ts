// Reads what a stopped server left on disk, opening its SQLite file read-only: documents
// rebuilt from doc_snapshots + doc_updates, and a space's events from the SQL log.
import Database from 'better-sqlite3';
import type * as Y from 'yjs';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { rebuild } from './replicas.ts';

export interface StoredCopy {
  doc(name: string): Y.Doc;
  events(spaceId: string): SpaceEvent[];
  close(): void;
}

export function openStored(file: string): StoredCopy {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  return {
    doc(name) {
      const snap = db.prepare<[string], { data: Buffer; upto_seq: number }>('SELECT data, upto_seq FROM doc_snapshots WHERE doc = ?').get(name);
      const rows = db
        .prepare<[string, number], { data: Buffer }>('SELECT data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq')
        .all(name, snap?.upto_seq ?? 0);
      return rebuild(snap ? new Uint8Array(snap.data) : null, rows.map((r) => new Uint8Array(r.data)));
    },
    events(spaceId) {
      return db
        .prepare<[string], { event: string }>('SELECT event FROM space_events WHERE space_id = ? ORDER BY seq')
        .all(spaceId)
        .map((r) => JSON.parse(r.event) as SpaceEvent);
    },
    close: () => db.close(),
  };
}
