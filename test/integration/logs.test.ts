// Nothing personal lands in the logs: during a whole flow, including bad input and a server
// error, no token, password, note, recovery code or document text is ever written out.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GROUND_RULES_KEY } from '../../shared/wire.ts';
import { PASSWORD, person, signUp, tokenOf } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';
import { providerPool, rawSocket, until, whenSynced } from '../helpers/sync.ts';

let server: TestServer;
const quiet = process.env.MEND_QUIET;
beforeAll(async () => {
  server = await startTestServer();
  // Info lines too: everything the server would write in production.
  process.env.MEND_QUIET = '0';
});
afterAll(async () => {
  process.env.MEND_QUIET = quiet;
  await server.close();
});
const pool = providerPool();

/** Everything written to stderr, stdout or the console while `flow` runs. */
async function capture(flow: () => Promise<void>): Promise<string> {
  const spies = [
    // Kept out of the test output; the one expected error line is asserted below.
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true),
    vi.spyOn(process.stdout, 'write'),
    ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation(() => {})),
  ];
  try {
    await flow();
  } finally {
    pool.destroyAll();
  }
  const text = spies.flatMap((s) => s.mock.calls.map((args) => args.map((a) => (a instanceof Uint8Array ? Buffer.from(a).toString() : String(a))).join(' ')));
  for (const s of spies) s.mockRestore();
  return text.join('\n');
}

describe('logs', () => {
  it('never contain a token, a password, a recovery code or anything a person wrote', async () => {
    const secrets: string[] = [];
    const note = 'NOTE marigold-7731: I am sorry about the wedding.';
    const rulesText = 'RULES heliotrope-2289: no shouting.';
    const privateText = 'PRIVATE cormorant-5512: I was jealous.';
    const lastMessage = 'LAST quillwort-9920: take care.';
    const wrongPassword = 'WRONGPW zebra-quartz-0451';

    const logged = await capture(async () => {
      const opener = await signUp(server.url);
      const invitee = await signUp(server.url);
      for (const p of [opener, invitee]) secrets.push(p.cookieValue('mend_session'), p.cookieValue('mend_device'));
      secrets.push(PASSWORD, ...opener.recoveryCodes);
      const opened = await opener.json<{ id: string; inviteUrl: string }>('POST', '/api/spaces', { friendName: 'Sam', note });
      const token = tokenOf(opened.body.inviteUrl);
      const spaceId = opened.body.id;
      secrets.push(token, note);
      await person(server.url).json('GET', `/api/invitations/${token}`);
      await invitee.json('POST', `/api/invitations/${token}`, { answer: 'join' });
      await person(server.url).json('POST', `/api/invitations/${token}`, { answer: 'join' });
      await person(server.url).json('POST', '/api/sessions', { name: invitee.me.name, password: wrongPassword });
      secrets.push(wrongPassword);
      const newPassword = 'NEWPW lantern-6614 long';
      await person(server.url).json('POST', '/api/accounts/recover', { name: opener.me.name, code: opener.recoveryCodes[0], newPassword });
      secrets.push(newPassword);
      const signedIn = person(server.url);
      await signedIn.json('POST', '/api/sessions', { name: opener.me.name, password: newPassword });
      secrets.push(signedIn.cookieValue('mend_session'), signedIn.cookieValue('mend_device'));
      // Bad input that quotes personal text back at the server.
      expect((await signedIn.request('POST', '/api/spaces', `{"friendName": "Sam", "note": "${note}"`)).status).toBe(400);
      expect((await signedIn.request('POST', '/api/spaces', { friendName: 'Sam', note, [note.slice(0, 20)]: 1 })).status).toBe(400);
      expect((await signedIn.request('POST', '/api/spaces', { friendName: 'Sam', note: note.repeat(3000) })).status).toBe(413);
      const together = pool.connect(server.url, spaceId, 'together', signedIn.cookie);
      const mine = pool.connect(server.url, spaceId, 'mine', invitee.cookie);
      await Promise.all([whenSynced(together.provider), whenSynced(mine.provider)]);
      together.doc.getText(GROUND_RULES_KEY).insert(0, rulesText);
      mine.doc.getText('draft:reflection').insert(0, privateText);
      secrets.push(rulesText, privateText);
      const check = pool.connect(server.url, spaceId, 'together', invitee.cookie);
      await until(() => check.doc.getText(GROUND_RULES_KEY).toString() === rulesText, 5000, 'the rules to sync');
      const garbage = rawSocket(server.url, spaceId, 'together', invitee.cookie);
      await garbage.opened;
      garbage.ws.send(new TextEncoder().encode(`\u0000\u0002${privateText}`));
      await garbage.closed;

      // A stored row that fails to load is left out, and the server logs it: the one line we expect.
      const broken = `space/${spaceId}/mine/${opener.me.id}`;
      await server.deps.store.appendUpdate(broken, new TextEncoder().encode(privateText));
      const reloaded = pool.connect(server.url, spaceId, 'mine', signedIn.cookie);
      await whenSynced(reloaded.provider);

      await invitee.json('POST', `/api/spaces/${spaceId}/commands`, { id: 'leave-logs-0001', type: 'leave', lastMessage });
      secrets.push(lastMessage);
      await invitee.request('DELETE', '/api/sessions/current');
    });

    expect(logged).toContain('a stored document did not load whole');
    for (const secret of secrets.filter((s) => s.length >= 8)) {
      expect(logged).not.toContain(secret);
      // A fragment is enough to identify a note or a token.
      expect(logged).not.toContain(secret.slice(0, 16));
    }
    for (const word of ['marigold', 'heliotrope', 'cormorant', 'quillwort', 'zebra-quartz', 'lantern-6614']) expect(logged).not.toContain(word);
  });
});
