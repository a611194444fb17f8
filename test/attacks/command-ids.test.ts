// A command id makes a retry harmless: the same command sent twice is applied once. It must not
// also let a different command through under an old id and get the old command's events back
// as if it had been accepted.
import { describe, expect, it } from 'vitest';
import { openSpacePair } from '../helpers/http.ts';
import { cmd } from '../helpers/rounds.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();
const send = (p: Parameters<typeof cmd>[0], spaceId: string, body: Record<string, unknown>) =>
  p.json<{ events?: unknown[]; error?: { code: string; message: string } }>('POST', `/api/spaces/${spaceId}/commands`, body);

describe('a command id used again', () => {
  it('with another body is refused as id-reused, and changes nothing', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const id = `reuse-${process.pid}-1`;
    const first = await send(opener, spaceId, { id, type: 'set-pace', pace: 'paused' });
    expect(first.status).toBe(200);
    const before = (await app.server.deps.store.events(spaceId)).length;

    const other = await send(opener, spaceId, { id, type: 'set-pace', pace: 'ready' });
    expect(other.status).toBe(409);
    expect(other.body.error?.code).toBe('id-reused');
    expect(other.body.error?.message).not.toContain('!');
    expect((await app.server.deps.store.events(spaceId))).toHaveLength(before);
  });

  it('with the same body (in any key order) still gets the first events back', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const id = `reuse-${process.pid}-2`;
    const first = await send(opener, spaceId, { id, type: 'set-pace', pace: 'taking-time', backAround: '2027-02-01' });
    const again = await send(opener, spaceId, { backAround: '2027-02-01', pace: 'taking-time', type: 'set-pace', id });
    expect(again.status).toBe(200);
    expect(again.body.events).toEqual(first.body.events);
  });
});
