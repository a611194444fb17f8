// A socket lives as long as its session: one that runs out while a tab is open is closed as
// signed out, and a session still alive keeps its socket.
import { afterEach, describe, expect, it } from 'vitest';
import { sweepExpiredSessions } from '../../server/auth/session-sweep.ts';
import { SESSION_DAYS } from '../../server/auth/sessions.ts';
import { CloseCode } from '../../shared/wire.ts';
import { openSpacePair } from '../helpers/http.ts';
import { shiftClock, useTestServer } from '../helpers/server.ts';
import { providerPool, whenClosed, whenSynced } from '../helpers/sync.ts';

const app = useTestServer();
const pool = providerPool();
afterEach(() => pool.destroyAll());

describe('sockets and session expiry', () => {
  it('closes the sockets of a session that ran out, and only those', async () => {
    const { opener, invitee, spaceId } = await openSpacePair(app.server.url);
    const a = pool.connect(app.server.url, spaceId, 'together', opener.cookie);
    await whenSynced(a.provider);
    expect(await sweepExpiredSessions(app.server.deps)).toBe(0);

    const undo = shiftClock(app.server, (SESSION_DAYS + 1) * 86_400_000);
    try {
      const closed = whenClosed(a.provider);
      expect(await sweepExpiredSessions(app.server.deps)).toBe(1);
      expect((await closed).code).toBe(CloseCode.signedOut);
    } finally {
      undo();
    }
    // The other person's session is untouched and can still connect.
    const b = pool.connect(app.server.url, spaceId, 'together', invitee.cookie);
    await whenSynced(b.provider);
    expect(await sweepExpiredSessions(app.server.deps)).toBe(0);
  });
});
