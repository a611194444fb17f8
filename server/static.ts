// Serves the built client: hashed assets cached for a year, every other path gets the app's
// index.html so that deep links such as /invite/<token> load the single-page app. The manifest,
// icons and service worker keep their names from build to build, so browsers ask again each time.
import fs from 'node:fs';
import path from 'node:path';
import { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';

export function staticRoutes(clientDir: string) {
  const app = new Hono();
  const indexFile = path.join(clientDir, 'index.html');
  const root = path.relative(process.cwd(), clientDir) || '.';
  app.use('/assets/*', serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'public, max-age=31536000, immutable') }));
  const revalidate = serveStatic({ root, onFound: (_path, c) => c.header('Cache-Control', 'no-cache') });
  for (const route of ['/sw.js', '/manifest.webmanifest', '/icons/*']) app.use(route, revalidate);
  app.get('*', (c) => {
    if (!fs.existsSync(indexFile)) return c.text('The client is not built yet. Run: npm run build', 503);
    c.header('Cache-Control', 'no-cache');
    return c.html(fs.readFileSync(indexFile, 'utf8'));
  });
  return app;
}
