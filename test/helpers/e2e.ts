// Shared steps for end-to-end tests: a friend in their own browser context, signed up
// through the real API from inside that context (so the cookie is theirs), and a pair who
// already share a space.
import fs from 'node:fs';
import type { Browser, BrowserContext, BrowserContextOptions, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureClientBuilt, launchBrowser } from './browser.ts';
import { PASSWORD, uniqueName } from './http.ts';
import { startTestServer, type TestServer } from './server.ts';

export interface Friend {
  page: Page;
  context: BrowserContext;
  name: string;
}

/** Extra browser-context options a test may need (a dark theme, a check that injects a script, less motion, no service worker). */
export type ContextExtras = Pick<BrowserContextOptions, 'colorScheme' | 'bypassCSP' | 'locale' | 'reducedMotion' | 'serviceWorkers'>;

export async function newFriend(
  browser: Browser,
  baseUrl: string,
  opts: { width?: number; name?: string } & ContextExtras = {},
): Promise<Friend> {
  const { width, name: _name, ...extras } = opts;
  const context = await browser.newContext({ viewport: { width: width ?? 1100, height: 900 }, ...extras });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await context.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  return { page, context, name: opts.name ?? uniqueName('Friend') };
}

export async function signUpByApi(friend: Friend, baseUrl: string): Promise<void> {
  const res = await friend.context.request.post(`${baseUrl}/api/accounts`, {
    data: { name: friend.name, password: PASSWORD },
    headers: { origin: baseUrl },
  });
  if (res.status() !== 201) throw new Error(`sign-up failed: ${res.status()}`);
}

/** Two friends, signed up, sharing an open space; returns the space's URL. */
export async function pairInSpace(
  browser: Browser,
  baseUrl: string,
  extras: ContextExtras = {},
): Promise<{ alex: Friend; sam: Friend; spaceUrl: string; spaceId: string }> {
  const alex = await newFriend(browser, baseUrl, { name: uniqueName('Alex'), ...extras });
  const sam = await newFriend(browser, baseUrl, { name: uniqueName('Sam'), width: 390, ...extras });
  await signUpByApi(alex, baseUrl);
  await signUpByApi(sam, baseUrl);
  const opened = await alex.context.request.post(`${baseUrl}/api/spaces`, {
    data: { friendName: 'Sam', note: 'Hello again.' },
    headers: { origin: baseUrl },
  });
  const { id, inviteUrl } = (await opened.json()) as { id: string; inviteUrl: string };
  const token = inviteUrl.split('/invite/')[1];
  const joined = await sam.context.request.post(`${baseUrl}/api/invitations/${token}`, { data: { answer: 'join' }, headers: { origin: baseUrl } });
  if (joined.status() !== 200) throw new Error(`join failed: ${joined.status()}`);
  return { alex, sam, spaceUrl: `${baseUrl}/spaces/${id}`, spaceId: id };
}

/** One part of a page as a picture when SCREENSHOTS=1: a long phone page shrinks too far to read. */
export async function snapPart(part: Locator, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  fs.mkdirSync('test-results', { recursive: true });
  await part.screenshot({ path: `test-results/${name}.png`, animations: 'disabled' });
}

/**
 * The app served from its built client, and one Chromium, for a whole test file:
 * `const app = useAppInBrowser();` then `app.server.url` and `app.browser` inside tests.
 */
export function useAppInBrowser(): { readonly server: TestServer; readonly browser: Browser } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await startTestServer({ clientDir: ensureClientBuilt() });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useAppInBrowser: used before beforeAll ran');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
  };
}
