// Draws the app's PNG icons from its SVGs with the same Chromium the browser tests use, so the
// pictures on a phone's home screen are exactly the SVG's. Run after changing an SVG in
// client/public/icons and commit the PNGs: `npx tsx scripts/icons.ts`.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../test/helpers/browser.ts';

const dir = path.resolve('client/public/icons');

/** Which SVG makes which PNG, at which size (a maskable icon fills its square, corners too). */
export const ICONS = [
  { svg: 'icon.svg', png: 'icon-192.png', size: 192 },
  { svg: 'icon.svg', png: 'icon-512.png', size: 512 },
  { svg: 'icon-maskable.svg', png: 'icon-maskable-512.png', size: 512 },
] as const;

const browser = await launchBrowser();
try {
  for (const icon of ICONS) {
    const page = await browser.newPage({ viewport: { width: icon.size, height: icon.size }, deviceScaleFactor: 1 });
    const svg = fs.readFileSync(path.join(dir, icon.svg)).toString('base64');
    await page.setContent(
      `<body style="margin:0"><img alt="" width="${icon.size}" height="${icon.size}" style="display:block" src="data:image/svg+xml;base64,${svg}"></body>`,
    );
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    await page.screenshot({ path: path.join(dir, icon.png), omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } });
    await page.close();
    console.log(`${icon.png} ${icon.size}x${icon.size}`);
  }
} finally {
  await browser.close();
}
