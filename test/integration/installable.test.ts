// Mend can be installed: its manifest, icons and service worker are served from this site with
// the right types, the security headers, and no long caching (their names never change).
import { describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../helpers/browser.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer(() => ({ clientDir: ensureClientBuilt() }));

function expectSecurityHeaders(res: Response): void {
  const csp = res.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("worker-src 'self'");
  expect(csp).toContain("manifest-src 'self'");
  expect(csp).not.toMatch(/https?:|unsafe-inline|unsafe-eval/);
  expect(res.headers.get('referrer-policy')).toBe('no-referrer');
  expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  expect(res.headers.get('x-frame-options')).toBe('DENY');
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(bytes.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  background_color: string;
  theme_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

describe('installable app', () => {
  it('serves the manifest as application/manifest+json with what an install needs', async () => {
    const res = await fetch(`${app.server.url}/manifest.webmanifest`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/manifest\+json/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(res);
    const m = (await res.json()) as Manifest;
    expect(m).toMatchObject({ name: 'Mend', short_name: 'Mend', start_url: '/', display: 'standalone' });
    // The app's paper and accent (client/styles.css, light theme).
    expect(m.background_color).toBe('#faf7f2');
    expect(m.theme_color).toBe('#2f5d62');
    expect(m.icons.map((i) => `${i.sizes} ${i.purpose ?? 'any'}`)).toEqual(
      expect.arrayContaining(['any any', '192x192 any', '512x512 any', '512x512 maskable']),
    );
    for (const icon of m.icons) expect(icon.src).toMatch(/^\/icons\//);
  });

  it('serves every icon the manifest names, PNGs at the sizes it states', async () => {
    const m = (await (await fetch(`${app.server.url}/manifest.webmanifest`)).json()) as Manifest;
    for (const icon of m.icons) {
      const res = await fetch(app.server.url + icon.src);
      expect(res.status, icon.src).toBe(200);
      expect(res.headers.get('content-type'), icon.src).toMatch(new RegExp(`^${icon.type.replace('+', '\\+')}`));
      expectSecurityHeaders(res);
      const bytes = Buffer.from(await res.arrayBuffer());
      if (icon.type === 'image/png') {
        const [w, h] = icon.sizes.split('x').map(Number);
        expect(pngSize(bytes), icon.src).toEqual({ width: w, height: h });
      } else {
        expect(bytes.toString('utf8')).toMatch(/^<svg[^>]+xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      }
    }
  });

  it('serves the service worker as JavaScript, revalidated on every check, that leaves /api/ and /sync/ to the network', async () => {
    const res = await fetch(`${app.server.url}/sw.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expectSecurityHeaders(res);
    const source = await res.text();
    // Filled in by the build: a versioned cache and the shell's files, none of them an API.
    expect(source).toMatch(/const VERSION = "[0-9a-f]{16}"/);
    const shell = JSON.parse(/const SHELL = \/\*\*[^*]*\*\/ \((\[[^\]]*\])\)/.exec(source)?.[1] ?? '[]') as string[];
    expect(shell).toContain('/');
    expect(shell.some((p) => p.startsWith('/assets/') && p.endsWith('.js'))).toBe(true);
    expect(shell).toContain('/manifest.webmanifest');
    expect(shell.filter((p) => /^\/(api|sync)\b/.test(p))).toEqual([]);
    expect(source).toContain('NETWORK_ONLY');
    // The checks' models are kept when first used, each language's apart, never on install.
    const onUse = JSON.parse(/const ON_USE = \/\*\*[^*]*\*\/ \((\[[^\]]*\])\)/.exec(source)?.[1] ?? '[]') as string[];
    expect(onUse.length).toBeGreaterThanOrEqual(2);
    for (const p of onUse) expect(p).toMatch(/^\/assets\/(\w+-)?model-[\w-]+\.js$/);
    expect(shell.filter((p) => onUse.includes(p))).toEqual([]);
  });

  it('links the manifest, the icon and a theme colour per colour scheme from the page', async () => {
    const html = await (await fetch(`${app.server.url}/`)).text();
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    expect(html).toContain('<link rel="icon" href="/icons/icon.svg" type="image/svg+xml"');
    expect(html).toMatch(/<meta name="theme-color" content="#2f5d62" media="\(prefers-color-scheme: light\)"/);
    expect(html).toMatch(/<meta name="theme-color" content="#1c1b19" media="\(prefers-color-scheme: dark\)"/);
  });
});
