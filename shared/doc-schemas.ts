// The shape each kind of document may take, and what one document may cost the server.
//
// Yjs accepts any shape from anyone: nested types thousands deep (which overflow the stack
// inside a transaction and wedge the document), roots nobody reads, and text cut into
// hundreds of thousands of items (tens of MB of heap from about a MB on the wire). Every
// document Mend uses is flat: a few root-level texts, and one map of numbers. So the schema
// is small and strict: which root names may exist, whether each is a text or a map, which
// content an item may carry, and budgets in stored bytes, items and roots. The server checks
// every update against it before the live document sees it (server/sync/update-check.ts).
import { GROUND_RULES_KEY, LOG_EVENTS_KEY, STATEMENT_KEY } from './wire.ts';

/** The documents the sync server holds: a space's three, and a person's notebook. */
export type StoredDocKind = 'log' | 'together' | 'mine' | 'notebook';

/** Yjs content kinds by their wire ref (yjs: contentRefs): what an item may carry. */
export const ContentRef = {
  deleted: 1,
  json: 2,
  binary: 3,
  string: 4,
  embed: 5,
  format: 6,
  type: 7,
  any: 8,
  doc: 9,
} as const;
export type ContentRef = (typeof ContentRef)[keyof typeof ContentRef];

export interface RootRule {
  /** A root name this rule covers. */
  name: RegExp;
  /** A text or an array holds items in order; a map holds values under keys. */
  type: 'text' | 'array' | 'map';
}

export interface DocSchema {
  roots: readonly RootRule[];
  /** Content any item may carry. Never `type` or `doc`: nothing Mend stores is nested. */
  content: readonly ContentRef[];
  /** Stored bytes of the whole document's state, history of deletions aside. */
  maxBytes: number;
  /** Yjs items (structs) in memory: what fragmentation inflates. */
  maxItems: number;
  /**
   * Deletions one update may make in separate places. Each costs Yjs a split and a search;
   * a person deleting a passage makes a handful, a device coming back with its whole history
   * makes many, but those are already made and cost nothing here.
   */
  maxNewDeletesPerUpdate: number;
  maxRoots: number;
}

/** Draft keys are made by the client from fixed words and ids: `share:deck:prompt:half`. */
const KEY = '[A-Za-z0-9_-]{1,40}(?::[A-Za-z0-9_-]{1,40}){0,4}';

const exactly = (name: string) => new RegExp(`^${name}$`);

/**
 * Budgets rest on the product's own limits (shared/wire.ts `Limits`): a turn is at most 10,000
 * characters, ground rules 5,000. A person writing and rewriting a long letter makes a few
 * thousand items; the budgets leave room for years of drafts while keeping one document's
 * worst case to a few MB of heap.
 */
export const DocSchemas: Record<StoredDocKind, DocSchema> = {
  // Written by the server alone (the referee); clients may not change it at all.
  log: {
    roots: [{ name: exactly(LOG_EVENTS_KEY), type: 'array' }],
    content: [],
    maxBytes: 0,
    maxItems: 0,
    maxNewDeletesPerUpdate: 0,
    maxRoots: 1,
  },
  together: {
    roots: [
      { name: exactly(GROUND_RULES_KEY), type: 'text' },
      { name: exactly(STATEMENT_KEY), type: 'text' },
    ],
    content: [ContentRef.string, ContentRef.deleted],
    maxBytes: 1024 * 1024,
    maxItems: 20_000,
    maxNewDeletesPerUpdate: 200,
    maxRoots: 2,
  },
  mine: {
    roots: [
      { name: exactly('meta'), type: 'map' },
      { name: new RegExp(`^draft:${KEY}$`), type: 'text' },
    ],
    content: [ContentRef.string, ContentRef.deleted, ContentRef.any],
    maxBytes: 1024 * 1024,
    maxItems: 20_000,
    maxNewDeletesPerUpdate: 200,
    maxRoots: 2_000,
  },
  notebook: {
    roots: [{ name: new RegExp(`^reflection:${KEY}$`), type: 'text' }],
    content: [ContentRef.string, ContentRef.deleted],
    maxBytes: 1024 * 1024,
    maxItems: 20_000,
    maxNewDeletesPerUpdate: 200,
    maxRoots: 2_000,
  },
};

/** Which kind a stored document name is (shared/access.ts names them). */
export function storedDocKind(name: string): StoredDocKind | null {
  if (/^person\/[^/]+\/notebook$/.test(name)) return 'notebook';
  const m = /^space\/[^/]+\/(log|together|mine)(?:\/[^/]+)?$/.exec(name);
  return m ? (m[1] as StoredDocKind) : null;
}

/** The rule for a root name in a schema, or undefined when that root may not exist. */
export const rootRule = (schema: DocSchema, name: string): RootRule | undefined =>
  schema.roots.find((r) => r.name.test(name));
