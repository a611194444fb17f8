// npm run bench:page -- [--client dist/client] [--runs 3]: how heavy the first screen is and how
// long it takes to show on a slow phone connection (issue 12, target 6).
//
// - Initial JavaScript: scripts/page-weight.ts, read from the built client (raw and gzip).
// - First screen: a real server (startServer, SQLite in a temporary folder, port 0) serving that
//   client, and Chromium (/usr/bin/chromium through playwright-core) throttled to Chrome
//   DevTools' "Slow 4G" preset. Each run is a fresh browser context: cold cache, no service
//   worker yet, nobody signed in. The time is from navigation start until the first screen's
//   main heading (the welcome page's <h1>) is in the page with its words and visible, and a
//   frame has been drawn. The median of the runs is the figure.
// Files are served as the server serves them (no compression of its own, as in deploy/), so
// the time counts raw bytes; the gzip figure is what a compressing proxy would send.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { loadConfig } from '../server/config.ts';
import { startServer } from '../server/server.ts';
import { ensureClientBuilt, launchBrowser } from '../test/helpers/browser.ts';
import { kb, pageWeight } from '../scripts/page-weight.ts';
import { describeMachine } from './machine.ts';

/**
 * Chrome DevTools' "Slow 4G" (formerly "Fast 3G", renamed in 2024 to match Lighthouse,
 * crbug.com/342406608), as devtools-frontend's NetworkManager.ts and Puppeteer's
 * PredefinedNetworkConditions define it: 1.6 Mbit/s down and 750 kbit/s up, each at 90 %,
 * and 150 ms of round trip times 3.75. CDP takes bytes per second and milliseconds.
 */
export const SLOW_4G = {
  offline: false,
  downloadThroughput: ((1.6 * 1000 * 1000) / 8) * 0.9, // 180,000 B/s
  uploadThroughput: ((750 * 1000) / 8) * 0.9, // 84,375 B/s
  latency: 150 * 3.75, // 562.5 ms
} as const;

interface Options {
  clientDir: string | null;
  runs: number;
}

function parse(argv: readonly string[]): Options {
  const o: Options = { clientDir: null, runs: 3 };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = (argv[i] as string).split('=');
    const value = inline ?? argv[++i];
    if (flag === '--client' && value) o.clientDir = path.resolve(value);
    else if (flag === '--runs' && Number.isInteger(Number(value)) && Number(value) >= 1) o.runs = Number(value);
    else throw new Error(`unknown flag or value: ${argv[i]} (--client DIR, --runs N)`);
  }
  return o;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
};

/** Runs in the page before its own scripts: notes when #main's <h1> first shows words, once a
 *  frame is drawn. A string, since a compiled function could call helpers the page lacks. */
const WATCH_FIRST_HEADING = `(() => {
  const seen = () => {
    const h1 = document.querySelector('#main h1');
    return h1 !== null && (h1.textContent || '').trim() !== '' && h1.checkVisibility();
  };
  const observer = new MutationObserver(() => {
    if (!seen()) return;
    observer.disconnect();
    requestAnimationFrame(() => { window.__firstScreenMs = performance.now(); });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const opts = parse(process.argv.slice(2));
const clientDir = opts.clientDir ?? ensureClientBuilt();
const weight = pageWeight(clientDir);
process.env.MEND_QUIET = '1';
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mend-bench-page-'));
const server = await startServer({ ...loadConfig({}), host: '127.0.0.1', dataDir, clientDir }, 0);
const url = `http://127.0.0.1:${server.port}`;
server.deps.config.publicOrigin = url;
const browser = await launchBrowser();
const runs: { firstScreenMs: number; scripts: string[] }[] = [];
try {
  for (let i = 0; i < opts.runs; i++) {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
      await page.addInitScript(WATCH_FIRST_HEADING);
      const scripts: string[] = [];
      page.on('request', (req) => {
        if (req.resourceType() === 'script') scripts.push(new URL(req.url()).pathname.replace(/^\//, ''));
      });
      await page.goto(url, { waitUntil: 'commit' });
      const handle = await page.waitForFunction(() => (window as { __firstScreenMs?: number }).__firstScreenMs, undefined, { timeout: 120_000 });
      const firstScreenMs = Math.round((await handle.jsonValue()) as number);
      // Only what was asked for before the heading showed.
      const before = await page.evaluate((at) =>
        performance.getEntriesByType('resource')
          .filter((e) => e.startTime < at && /\.js$/.test(new URL(e.name).pathname))
          .map((e) => new URL(e.name).pathname.replace(/^\//, '')), firstScreenMs);
      runs.push({ firstScreenMs, scripts: [...new Set(before.length > 0 ? before : scripts)].sort() });
    } finally {
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

// The static count and what Chromium really fetched should name the same files.
const counted = weight.files.filter((f) => f.file.endsWith('.js')).map((f) => f.file).sort();
const fetched = runs[0]?.scripts ?? [];
const same = counted.length === fetched.length && counted.every((f, i) => f === fetched[i]);
const firstScreen = median(runs.map((r) => r.firstScreenMs));
let commit = 'unknown';
try {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: path.dirname(clientDir), encoding: 'utf8' }).trim();
  // Built from changes not yet committed: said so, the commit alone would claim too much.
  commit = git('rev-parse', '--short', 'HEAD') + (git('status', '--porcelain', '--untracked-files=no') ? '-dirty' : '');
} catch {
  // Not a checkout: the commit stays unknown.
}

process.stdout.write(
  `initial JavaScript: ${kb(weight.js.gzip)} kB gzip (${kb(weight.js.raw)} kB raw, ${counted.length} files); CSS ${kb(weight.css.gzip)} kB gzip\n` +
    `first screen on Slow 4G, cold cache: ${firstScreen} ms median of ${runs.length} (${runs.map((r) => r.firstScreenMs).join(', ')} ms)\n` +
    (same ? '' : `note: Chromium fetched other scripts than counted: ${fetched.join(', ')}\n`),
);
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const out = path.join(path.dirname(new URL(import.meta.url).pathname), 'results', `page-${stamp}.json`);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, `${JSON.stringify({
  when: new Date().toISOString(),
  machine: describeMachine(),
  clientDir,
  commit,
  network: { preset: 'Chrome DevTools Slow 4G', ...SLOW_4G },
  initialJs: { ...weight.js, files: weight.files },
  firstScreenMs: { median: firstScreen, runs: runs.map((r) => r.firstScreenMs) },
  fetchedBeforeFirstScreen: fetched,
  countMatchesBrowser: same,
}, null, 2)}\n`);
process.stdout.write(`written to ${path.relative(process.cwd(), out)}\n`);
