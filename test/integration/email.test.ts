import { describe, expect, it } from 'vitest';
import { signUp } from '../helpers/http.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();

describe('the reminder address', () => {
  it('can be added later, is checked, and removing it turns email reminders off', async () => {
    const p = await signUp(app.server.url);
    expect((await p.json('PUT', '/api/me/reminders', { email: 'weekly' })).status).toBe(409);
    expect((await p.json('PUT', '/api/me/email', { email: 'not an address' })).status).toBe(400);
    expect((await p.json('PUT', '/api/me/email', { email: 'x@example.org', extra: 1 })).status).toBe(400);
    const added = await p.json<{ email: string }>('PUT', '/api/me/email', { email: 'x@example.org' });
    expect(added.body.email).toBe('x@example.org');
    expect((await p.json<{ email: string }>('GET', '/api/me')).body.email).toBe('x@example.org');
    expect((await p.json<{ email: string }>('PUT', '/api/me/reminders', { email: 'weekly' })).body.email).toBe('weekly');
    await p.json('PUT', '/api/me/email', { email: null });
    expect((await p.json<{ email: string | null }>('GET', '/api/me')).body.email).toBeNull();
    expect((await app.server.deps.store.emailFrequency(p.me.id))).toBe('never');
  });

  it('needs a session and a same-site Origin', async () => {
    const res = await fetch(`${app.server.url}/api/me/email`, {
      method: 'PUT',
      headers: { origin: app.server.url, 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'a@b.org' }),
    });
    expect(res.status).toBe(401);
    const p = await signUp(app.server.url);
    expect((await p.request('PUT', '/api/me/email', { email: 'a@b.org' }, { origin: 'https://evil.example' })).status).toBe(403);
  });
});
