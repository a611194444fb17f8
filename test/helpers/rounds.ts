// Factories for integration tests that need a conversation under way: a pair who agreed to the
// ground rules (so the first prompt is open), commands by id, and a person's own notebook.
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { GROUND_RULES_KEY, NOTEBOOK, NOTEBOOK_PATH } from '../../shared/wire.ts';
import type { RunningServer } from '../../server/server.ts';
import { openSpacePair, type Person } from './http.ts';
import { providerPool, until, whenSynced, wsClass } from './sync.ts';

let n = 0;
export const cmd = (p: Person, spaceId: string, body: Record<string, unknown>) =>
  p.json<{ events?: SpaceEvent[]; error?: { code: string; reason?: string } }>('POST', `/api/spaces/${spaceId}/commands`, {
    id: `cmd-${process.pid}-${++n}`,
    ...body,
  });

/** Runs a command that must be accepted. */
export async function must(p: Person, spaceId: string, body: Record<string, unknown>): Promise<SpaceEvent[]> {
  const res = await cmd(p, spaceId, body);
  if (res.status !== 200) throw new Error(`${String(body.type)} refused: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.events ?? [];
}

/** A pair who both agreed to the ground rules; the first prompt is open and the invitee speaks first. */
export async function talkingPair(server: RunningServer & { url: string }, pool: ReturnType<typeof providerPool>) {
  const pair = await openSpacePair(server.url);
  const together = pool.connect(server.url, pair.spaceId, 'together', pair.opener.cookie);
  await whenSynced(together.provider);
  const rules = 'We speak about today.';
  together.doc.getText(GROUND_RULES_KEY).insert(0, rules);
  const stored = async () => (await server.deps.rooms.room(`space/${pair.spaceId}/together`)).doc.getText(GROUND_RULES_KEY).toString();
  await until(async () => (await stored()) === rules, 5000, 'the ground rules to reach the server');
  await must(pair.opener, pair.spaceId, { type: 'agree-ground-rules', text: rules });
  const opened = (await must(pair.invitee, pair.spaceId, { type: 'agree-ground-rules', text: rules })).find((e) => e.type === 'prompt-opened');
  if (opened?.type !== 'prompt-opened') throw new Error('the first prompt did not open');
  return { ...pair, at: { deckId: opened.deckId, promptId: opened.promptId } };
}

/** A person's own notebook over the real socket, as the client opens it. */
export function notebook(baseUrl: string, cookie: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(baseUrl.replace(/^http/, 'ws') + NOTEBOOK_PATH, NOTEBOOK, doc, {
    WebSocketPolyfill: wsClass(cookie, baseUrl) as unknown as typeof WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  return { doc, provider };
}

/** Writes into a root-level text of a synced document and waits until the server's copy has it. */
export async function writeAndStore(server: RunningServer, docName: string, doc: Y.Doc, key: string, words: string): Promise<void> {
  doc.getText(key).insert(0, words);
  await until(async () => (await server.deps.rooms.room(docName)).doc.getText(key).toString().includes(words), 5000, `${key} to reach the server`);
}
