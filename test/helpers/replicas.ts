// Comparing Yjs replicas: content and state vector, and a wait that says why it is not there yet.
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';

/** The state vector as hex; Yjs encodes it sorted by client, so equal vectors give equal strings. */
export const stateVector = (doc: Y.Doc): string => Buffer.from(Y.encodeStateVector(doc)).toString('hex');

/** Null when both replicas hold the same text under `key` and the same state vector, else why not. */
export function difference(a: Y.Doc, b: Y.Doc, key: string): string | null {
  const [ta, tb] = [a.getText(key).toString(), b.getText(key).toString()];
  if (ta !== tb) return `texts differ (${ta.length} vs ${tb.length} chars)`;
  if (stateVector(a) !== stateVector(b)) return 'state vectors differ';
  return null;
}

/** A document rebuilt from a stored snapshot and the updates after it. */
export function rebuild(snapshot: Uint8Array | null, updates: readonly Uint8Array[]): Y.Doc {
  const doc = new Y.Doc();
  if (snapshot) Y.applyUpdate(doc, snapshot);
  for (const u of updates) Y.applyUpdate(doc, u);
  return doc;
}

/** Polls `check` (null means done) and fails with its last reason after `ms`. */
export async function settle(check: () => string | null, ms: number, what: string): Promise<void> {
  const start = Date.now();
  for (;;) {
    const reason = check();
    if (reason === null) return;
    if (Date.now() - start > ms) throw new Error(`timed out waiting for ${what}: ${reason}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** A provider's connection state in a few words, with the last close codes it heard, for failure messages. */
export function watchConnection(provider: WebsocketProvider): () => string {
  const closes: string[] = [];
  provider.on('connection-close', (event: CloseEvent | null) => {
    closes.push(event ? String(event.code) : 'local');
    if (closes.length > 5) closes.shift();
  });
  provider.on('connection-error', () => {
    closes.push('error');
    if (closes.length > 5) closes.shift();
  });
  return () =>
    `shouldConnect=${provider.shouldConnect} connecting=${provider.wsconnecting} connected=${provider.wsconnected} ` +
    `synced=${provider.synced} readyState=${provider.ws?.readyState ?? 'none'} last closes=[${closes.join(',')}]`;
}
