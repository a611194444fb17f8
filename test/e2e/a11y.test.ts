// Every screen a person meets, checked by axe-core against WCAG 2.2 A and AA (contrast,
// names, labels, landmarks), in light and dark, at phone width, and in Dutch (longer words, lang).
import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pairInSpace, useAppInBrowser } from '../helpers/e2e.ts';

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

const app = useAppInBrowser();

interface Violation {
  id: string;
  impact: string | null;
  nodes: { target: string[] }[];
}

/** Runs axe in the page; our CSP forbids inline scripts, so the check's context bypasses it. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
  return found;
}

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const runs = [
    { scheme: 'light', locale: 'en-GB' },
    { scheme: 'dark', locale: 'en-GB' },
    { scheme: 'light', locale: 'nl-NL' },
  ] as const;
  for (const { scheme, locale } of runs) {
    it(`has no violations on the main screens, ${scheme}, ${locale}`, async () => {
      const { alex, sam, spaceUrl } = await pairInSpace(app.browser, app.server.url, { bypassCSP: true, colorScheme: scheme, locale });
      const visitor = await app.browser.newContext({ bypassCSP: true, colorScheme: scheme, locale, viewport: { width: 360, height: 800 } });
      const guest = await visitor.newPage();
      const report: Record<string, string[]> = {};
      const check = async (name: string, page: Page, url: string, ready: string) => {
        await page.goto(url);
        await page.locator(ready).first().waitFor({ timeout: 10_000 });
        // Let fade-ins finish, so contrast is measured on the settled page.
        await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
        report[name] = await violations(page);
      };
      await check('welcome', guest, app.server.url, 'h1');
      expect(await guest.evaluate(() => document.documentElement.lang)).toBe(locale.slice(0, 2));
      await check('sign up', guest, `${app.server.url}/signup`, 'form');
      await check('sign in', guest, `${app.server.url}/signin`, 'form');
      await check('space: talking', alex.page, spaceUrl, '[data-testid="ground-rules"]');
      await check('space: rebuilding', sam.page, `${spaceUrl}/rebuild`, 'h1');
      await check('space: deciding', alex.page, `${spaceUrl}/decide`, 'h1');
      await check('settings', sam.page, `${app.server.url}/settings`, 'h1');
      await check('home', alex.page, app.server.url, '.cards');
      await visitor.close();
      expect(report).toEqual(Object.fromEntries(Object.keys(report).map((k) => [k, []])));
    });
  }
});
