// Judges an update against its document's schema and budgets before the live document sees
// it (shared/doc-schemas.ts says why). Runs after the byte-level pre-check (well-formed.ts),
// so decoding here is safe. Everything is counted on the decoded structure, never by
// applying first: a Yjs transaction that throws half-way leaves the document wedged.
//
// Costs are judged by what an update would add, not by its size: a device coming back sends
// its whole state and its whole delete set (sync step 2), most of which the server already
// has. Refusing that would refuse a returning person, so known structs and ranges already
// deleted cost nothing.
import * as Y from 'yjs';
import { type DocSchema, rootRule } from '../../shared/doc-schemas.ts';

export type Verdict =
  | { ok: true }
  /** `shape`: not a shape this document takes; the others: past that budget. */
  | { ok: false; kind: 'shape' | 'roots' | 'items' | 'bytes'; reason: string };

const OK: Verdict = { ok: true };
const refuse = (kind: Exclude<Verdict, { ok: true }>['kind'], reason: string): Verdict => ({ ok: false, kind, reason });
const shape = (reason: string): Verdict => refuse('shape', reason);

interface Range {
  clock: number;
  len: number;
}

type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'];

/** The ranges of a delete set as plain lists per client. */
function rangesOf(ds: DeleteSet): Map<number, Range[]> {
  return ds.clients as unknown as Map<number, Range[]>;
}

/** The next clock of each client the document holds. */
function stateVector(doc: Y.Doc): Map<number, number> {
  const sv = new Map<number, number>();
  for (const [client, structs] of doc.store.clients) {
    const last = structs.at(-1);
    if (last) sv.set(client, last.id.clock + last.length);
  }
  return sv;
}

/**
 * True when every item in [clock, clock + len) of one client is deleted already. Walks the
 * client's structs from the first in range: a step per struct, so a range over many deleted
 * pieces costs as many steps, bounded by the document's item budget.
 */
function allDeleted(structs: ReadonlyArray<Y.Item | Y.GC>, clock: number, len: number, steps: { left: number }): boolean {
  for (let i = Y.findIndexSS(structs as Array<Y.Item | Y.GC>, clock); i < structs.length; i++) {
    const s = structs[i] as Y.Item | Y.GC;
    if (s.id.clock >= clock + len) break;
    // Honest delete sets are disjoint, so their walks add up to the document's size at most;
    // overlapping ranges are crafted, and past that point count as new.
    if (!s.deleted || --steps.left < 0) return false;
  }
  return true;
}

/** What an update would add to a document: structs it does not hold, deletions not yet made. */
export interface Novelty {
  /** New structs (a partly known struct counts whole). */
  structs: Y.Item[];
  others: number;
  /** Delete ranges that would delete something still there (or not yet known). */
  ranges: number;
}

export function novelty(doc: Y.Doc, decoded: ReturnType<typeof Y.decodeUpdate>): Novelty {
  const sv = stateVector(doc);
  const structs: Y.Item[] = [];
  let others = 0;
  for (const s of decoded.structs) {
    if (s.id.clock + s.length <= (sv.get(s.id.client) ?? 0)) continue;
    if (s instanceof Y.Item) structs.push(s);
    else if (s instanceof Y.GC) others++;
  }
  let ranges = 0;
  const steps = { left: itemCount(doc) + 1_000 };
  for (const [client, list] of rangesOf(decoded.ds)) {
    const held = doc.store.clients.get(client);
    const next = sv.get(client) ?? 0;
    for (const r of list) if (!held || r.clock + r.len > next || !allDeleted(held, r.clock, r.len, steps)) ranges++;
  }
  return { structs, others, ranges };
}

export const itemCount = (doc: Y.Doc): number => {
  let n = 0;
  for (const structs of doc.store.clients.values()) n += structs.length;
  return n;
};

/** True when applying the update would change the document at all (a reader's step 2 does not). */
export function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  const n = novelty(doc, Y.decodeUpdate(update));
  return n.structs.length + n.others + n.ranges > 0;
}

/**
 * Checks an update for a writable document. `storedBytes` is what the document costs on disk
 * now (snapshot and tail); a caller that can compact should do so and ask again when the
 * answer is `bytes` while a tail of old history is still stored.
 */
export function checkUpdate(doc: Y.Doc, update: Uint8Array, schema: DocSchema, storedBytes: number): Verdict {
  const decoded = Y.decodeUpdate(update);
  const roots = new Set<string>();
  for (const s of decoded.structs) {
    if (!(s instanceof Y.Item)) continue;
    if (!schema.content.includes(s.content.getRef() as never)) return shape('content this document does not hold');
    // An item placed next to another inherits its parent; only the first of a run names it.
    if (s.parent === null) continue;
    if (typeof s.parent !== 'string') return shape('nested types are not part of this document');
    const rule = rootRule(schema, s.parent);
    if (!rule) return shape('no such part in this document');
    if ((rule.type === 'map') !== (s.parentSub !== null)) return shape('that part has another type');
    if (!doc.share.has(s.parent)) roots.add(s.parent);
  }
  if (doc.share.size + roots.size > schema.maxRoots) return refuse('roots', 'too many parts');

  const added = novelty(doc, decoded);
  if (added.ranges > schema.maxNewDeletesPerUpdate) return refuse('items', 'too many deletions at once');
  // Each new struct may split the item it lands in, and each delete range the items at both
  // of its ends: an upper bound that needs no applying.
  const items = itemCount(doc) + 2 * (added.structs.length + added.others) + 2 * added.ranges;
  if (items > schema.maxItems) return refuse('items', 'too many pieces');
  if (storedBytes + update.length > schema.maxBytes) {
    // Most of a large step 2 is usually known: judge only what is new.
    const fresh = Y.diffUpdate(update, Y.encodeStateVector(doc)).length;
    if (storedBytes + fresh > schema.maxBytes) return refuse('bytes', 'too large');
  }
  return OK;
}
