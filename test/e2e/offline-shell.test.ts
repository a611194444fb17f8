// Mend opens with no connection: in a real Chromium the service worker installs and takes the
// page, the connection goes (the browser offline and the server stopped), and a reload still
// shows the welcome page from the kept app shell. Nothing under /api/ or /sync/ is ever kept
// in the worker's caches or answered by the worker.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { ensureClientBuilt, launchBrowser } from '../helpers/browser.ts';
import { PASSWORD, uniqueName } from '../helpers/http.ts';
import { startTestServer, type TestServer } from '../helpers/server.ts';

let server: TestServer;
let browser: Browser;
let serverClosed = false;
beforeAll(async () => {
  // Its own server, since this test stops it.
  server = await startTestServer({ clientDir: ensureClientBuilt() });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  if (!serverClosed) await server?.close();
});

const WELCOME = 'When a friendship has gone quiet';
const networkOnly = (url: string) => /^\/(api|sync)(\/|$)/.test(new URL(url).pathname);

describe('the app shell without a connection', () => {
  it('installs the worker, then reloads offline to the welcome page; API answers are never kept', async () => {
    // A hang names its step: the last one reached is printed when the test fails.
    let at = 'opening a page';
    const started = Date.now();
    const step = (name: string) => {
      at = `${name} (at ${Date.now() - started} ms)`;
    };
    onTestFailed(() => console.error(`offline shell: stopped while ${at}`));
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    page.on('pageerror', (e) => console.error('page error:', e.message));
    const answeredByWorker: string[] = [];
    page.on('response', (r) => {
      if (networkOnly(r.url()) && r.fromServiceWorker()) answeredByWorker.push(r.url());
    });

    step('loading the welcome page');
    await page.goto(server.url);
    await page.getByRole('heading', { name: WELCOME }).waitFor();
    step('waiting for the worker to take the page');
    // Wait until the worker is active and controls this page.
    const state = await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      const active = reg.active;
      if (active && active.state !== 'activated') {
        await new Promise((resolve) => active.addEventListener('statechange', () => active.state === 'activated' && resolve(null)));
      }
      return active?.state;
    });
    expect(state).toBe('activated');

    // Chromium reads the manifest without complaint and finds nothing missing for an install.
    step('asking Chromium about the manifest');
    const cdp = await context.newCDPSession(page);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    // A test browser context is incognito-like, which alone keeps the install button away.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    await cdp.detach();

    // API calls through the controlled page, signed in, so the answers are personal.
    step('signing up through the page');
    const statuses = await page.evaluate(async ({ name, password }) => {
      const headers = { 'content-type': 'application/json' };
      const signUp = await fetch('/api/accounts', { method: 'POST', headers, body: JSON.stringify({ name, password }) });
      const session = await fetch('/api/sessions/current');
      const spaces = await fetch('/api/spaces');
      return [signUp.status, session.status, spaces.status];
    }, { name: uniqueName('Offline'), password: PASSWORD });
    expect(statuses).toEqual([201, 200, 200]);

    // The checks' models are not fetched on install; one fetched by the page is kept for later.
    step('using one language\'s model');
    const onUse = await page.evaluate(async () => {
      const source = await (await fetch('/sw.js')).text();
      const paths = JSON.parse(/const ON_USE = \/\*\*[^*]*\*\/ \((\[[^\]]*\])\)/.exec(source)?.[1] ?? '[]') as string[];
      const before = await Promise.all(paths.map((p) => caches.match(p).then(Boolean)));
      const first = paths[0];
      const status = first === undefined ? 0 : (await fetch(first)).status;
      return { paths, before, status };
    });
    expect(onUse.paths.length).toBeGreaterThanOrEqual(2);
    expect(onUse.before).toEqual(onUse.paths.map(() => false));
    expect(onUse.status).toBe(200);
    const usedModel = onUse.paths[0] as string;
    await expect.poll(() => page.evaluate((p) => caches.match(p).then(Boolean), usedModel)).toBe(true);

    step('reading the caches');
    const kept = await page.evaluate(async () => {
      const out: Record<string, string[]> = {};
      for (const key of await caches.keys()) {
        const cache = await caches.open(key);
        out[key] = (await cache.keys()).map((r) => new URL(r.url).pathname);
      }
      return out;
    });
    const names = Object.keys(kept);
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^mend-shell-[0-9a-f]{16}$/);
    const paths = Object.values(kept).flat();
    expect(paths).toContain('/');
    expect(paths.some((p) => p.startsWith('/assets/'))).toBe(true);
    expect(paths.filter((p) => networkOnly(`http://x${p}`))).toEqual([]);

    // No connection at all: the browser offline and the server gone.
    step('stopping the server');
    await context.setOffline(true);
    await server.close();
    serverClosed = true;
    step('reloading offline');
    const reloaded = await page.reload();
    expect(reloaded?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { name: WELCOME }).waitFor();
    // And an API call offline fails: the worker has nothing to answer it with.
    step('calling the API offline');
    const offlineMe = await page.evaluate(() => fetch('/api/sessions/current').then((r) => `answered ${r.status}`, () => 'failed'));
    expect(offlineMe).toBe('failed');
    // The model used before is there offline; the other language's, never used, is not.
    const models = await page.evaluate((paths) => Promise.all(paths.map((p) => fetch(p).then((r) => r.status, () => 0))), onUse.paths);
    expect(models[0]).toBe(200);
    expect(models.slice(1)).toEqual(onUse.paths.slice(1).map(() => 0));

    // A deep link opens the shell too.
    step('opening a deep link offline');
    const deep = await page.goto(`${server.url}/signin`);
    expect(deep?.fromServiceWorker()).toBe(true);
    await page.getByRole('heading', { level: 1 }).waitFor();

    expect(answeredByWorker).toEqual([]);
    await context.close();
  });
});
