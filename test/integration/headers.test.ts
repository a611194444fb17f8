// Every page and answer carries the headers that keep a person's words on this site:
// a CSP with no inline scripts, no framing, no referrer, no sniffing; HSTS behind HTTPS.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../helpers/browser.ts';
import { startTestServer, useTestServer } from '../helpers/server.ts';

const app = useTestServer(() => ({ clientDir: ensureClientBuilt() }));

const pages = ['/', '/signin', '/signup', '/invite/abcdefghijklmnopqrstuvwxyz234567', '/spaces/new', '/no/such/page'];

describe('security headers', () => {
  it.each(pages)('%s is HTML with a strict CSP and the privacy headers', async (path) => {
    const res = await fetch(app.server.url + path);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    const script = /script-src ([^;]+)/.exec(csp)?.[1] ?? /default-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(script).toContain("'self'");
    expect(script).not.toContain('unsafe-inline');
    expect(script).not.toContain('unsafe-eval');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('strict-transport-security')).toBeNull();
    // The page itself names no other origin to load from.
    const html = await res.text();
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
    expect(html.match(/(?:src|href)="(https?:)?\/\/[^"]*"/gi) ?? []).toEqual([]);
  });

  it('sends the same headers on API answers and errors', async () => {
    for (const path of ['/api/me', '/api/nothing']) {
      const res = await fetch(app.server.url + path);
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('cache-control')).toBe('no-store');
    }
  });

  it('sends them on refusals, built files and the service worker too', async () => {
    const url = app.server.url;
    const json = { 'content-type': 'application/json', origin: url };
    const asset = fs.readdirSync(path.join(ensureClientBuilt(), 'assets')).find((f) => f.endsWith('.js'));
    const answers = await Promise.all([
      fetch(`${url}/api/sessions`, { method: 'POST', headers: json, body: '{not json' }),
      fetch(`${url}/api/sessions`, { method: 'POST', headers: { ...json, origin: 'https://elsewhere.example' }, body: '{}' }),
      fetch(`${url}/api/sessions`, { method: 'POST', headers: json, body: 'x'.repeat(200 * 1024) }),
      fetch(`${url}/assets/${asset}`),
      fetch(`${url}/sw.js`),
      fetch(`${url}/manifest.webmanifest`),
    ]);
    expect(answers.map((r) => r.status)).toEqual([400, 403, 413, 200, 200, 200]);
    for (const res of answers) {
      expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    expect(answers.slice(0, 3).map((r) => r.headers.get('cache-control'))).toEqual(['no-store', 'no-store', 'no-store']);
    expect(answers[3]?.headers.get('cache-control')).toContain('immutable');
  });

  it('adds HSTS when the public origin is HTTPS', async () => {
    const secure = await startTestServer({ clientDir: ensureClientBuilt() });
    secure.deps.config.publicOrigin = 'https://mend.example';
    try {
      // The security middleware reads the origin when the app is built, so build one for HTTPS.
      const { createApp } = await import('../../server/app.ts');
      const https = createApp(secure.deps);
      const res = await https.request('/');
      expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
    } finally {
      await secure.close();
    }
  });
});
