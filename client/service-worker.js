// Mend's service worker: keeps the app shell (index.html, the built assets, the manifest and
// icons) so that the app opens with no connection, and the checks' model of a language once
// it has been used. It never keeps, and never answers, anything
// under /api/ or /sync/: a person's words and sessions go to the network or nowhere.
// The build (vite.config.ts) fills in MEND_VERSION, MEND_SHELL and MEND_ON_USE and writes this as /sw.js.
/* global self, caches, fetch, URL */
const VERSION = 'MEND_VERSION';
const SHELL = /** @type {string[]} */ (JSON.parse('MEND_SHELL'));
/** Built files kept the first time they are used (the checks' models, one per language): a
 *  person reads one language, and the other's model need not be fetched on install. */
const ON_USE = /** @type {string[]} */ (JSON.parse('MEND_ON_USE'));
const CACHE = `mend-shell-${VERSION}`;

/** Paths that are always network only: never read from a cache, never written to one. */
const NETWORK_ONLY = /^\/(api|sync)(\/|$)/;

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(SHELL.map((p) => new Request(p, { cache: 'reload' })))).then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('mend-shell-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || NETWORK_ONLY.test(url.pathname)) return;
  if (request.mode === 'navigate') {
    // Pages: the network first, so a new build shows at once; the kept shell when offline.
    event.respondWith(fetch(request).catch(() => caches.match('/', { cacheName: CACHE }).then((r) => r ?? Response.error())));
    return;
  }
  if (SHELL.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname, { cacheName: CACHE }).then((r) => r ?? fetch(request)));
  } else if (ON_USE.includes(url.pathname)) {
    event.respondWith(keptOnUse(request, url.pathname));
  }
});

/** The kept copy, or the network's, kept for next time (offline too) when it came whole. */
async function keptOnUse(request, pathname) {
  const cache = await caches.open(CACHE);
  const kept = await cache.match(pathname);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) await cache.put(pathname, response.clone());
  return response;
}
