// A bystander's requests during an attack on the sync server (issue 8, item 2: p99 of another
// account's GET /api/me within five times idle). Timing compares two figures from one run, so
// this group runs alone, after the rest of the suite (vite.config.ts), and idle is measured
// on both sides of the attack.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { NOTEBOOK, NOTEBOOK_PATH } from '../../shared/wire.ts';
import { deletionUpdate, floodNotebook, meP99, sendAll, updateFrame, updatesOf } from '../helpers/attack.ts';
import { signUp } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';
import { rawSocketAt } from '../helpers/sync.ts';

const app = useTestServer();
const notebookPath = `${NOTEBOOK_PATH}/${NOTEBOOK}`;

describe('a bystander', () => {
  it('keeps fast answers while an account fragments and floods its notebook', async () => {
    const bystander = await signUp(app.server.url);
    const before = await meP99(bystander);
    const attacker = await signUp(app.server.url);
    const doc = new Y.Doc();
    const text = doc.getText('reflection:next:a');
    const first = rawSocketAt(app.server.url, notebookPath, attacker.cookie);
    await first.opened;
    sendAll(first.ws, updatesOf(doc, () => text.insert(0, 'ab'.repeat(100_000))).map(updateFrame));
    const frames = Array.from({ length: 500 }, (_, k) =>
      updateFrame(deletionUpdate(doc.clientID, Array.from({ length: 200 }, (_, i) => [400 * k + 2 * i + 1, 1] as const))),
    );
    sendAll(first.ws, frames);
    const floods = Array.from({ length: 5 }, () => rawSocketAt(app.server.url, notebookPath, attacker.cookie));
    await Promise.all(floods.map((s) => s.opened));
    floods.forEach((s, i) => floodNotebook(s, 60, `f${i}`));
    const during = await meP99(bystander);
    await Promise.all([first, ...floods].map((s) => s.closed));
    const idle = Math.max(before, await meP99(bystander));
    console.info(`bystander GET /api/me p99: idle ${idle.toFixed(1)} ms, under attack ${during.toFixed(1)} ms`);
    // Ratios within one run, on a shared machine: within five times idle, or a few ms when idle is tiny.
    expect(during).toBeLessThanOrEqual(Math.max(5 * idle, idle + 25));
  });
});
