// npx tsx scripts/page-weight.ts [dist/client]: the JavaScript a browser fetches before the first
// screen, raw and gzipped (issue 12, target 6: at most 60 kB gzip). Read from the built client:
// the entry and whatever index.html preloads, every chunk those import statically, and the
// chunks the entry imports as it starts (the app, and the words of one language: the default
// one; a Dutch reader fetches the Dutch words instead, of about the same size). Screens behind
// a link (lazy routes) and the other language are not counted: they load when they are opened.
// The benchmark (bench/page.ts) reuses this, and checks it against what Chromium really fetched.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { DEFAULT_LANGUAGE, LANGUAGES } from '../shared/languages.ts';

export interface WeighedFile {
  /** Path under the client folder, as the page asks for it ("assets/App-x.js"). */
  file: string;
  raw: number;
  gzip: number;
  /** How the page comes to load it. */
  why: 'entry' | 'modulepreload' | 'stylesheet' | 'static import' | 'started by the entry';
}

export interface PageWeight {
  files: WeighedFile[];
  js: { raw: number; gzip: number };
  css: { raw: number; gzip: number };
}

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\s${name}="([^"]+)"`).exec(tag)?.[1];

/** Chunks one chunk names: `import … from "./x.js"` / `import "./x.js"`, and `import("./x.js")`. */
function importsOf(code: string): { statics: string[]; dynamics: string[] } {
  const statics = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)].map((m) => m[1] as string);
  const dynamics = [...code.matchAll(/\bimport\(\s*["'`](\.\/[^"'`]+\.js)["'`]\s*\)/g)].map((m) => m[1] as string);
  return { statics, dynamics };
}

/** A chunk holding one language's words is named after it (content/en/index.ts -> en-<hash>.js). */
const languageOfChunk = (file: string): string | undefined =>
  LANGUAGES.find((lang) => new RegExp(`^${lang}-[\\w-]+\\.js$`).test(path.posix.basename(file)));

export function pageWeight(clientDir: string): PageWeight {
  const html = fs.readFileSync(path.join(clientDir, 'index.html'), 'utf8');
  const found = new Map<string, WeighedFile['why']>();
  const add = (file: string, why: WeighedFile['why']) => {
    if (!found.has(file)) found.set(file, why);
  };
  const fromRoot = (href: string) => href.replace(/^\//, '');
  const entries: string[] = [];
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attr(tag, 'src');
    if (src && attr(tag, 'type') === 'module') {
      entries.push(fromRoot(src));
      add(fromRoot(src), 'entry');
    }
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = attr(tag, 'rel');
    const href = attr(tag, 'href');
    if (href && rel === 'modulepreload') add(fromRoot(href), 'modulepreload');
    if (href && rel === 'stylesheet') add(fromRoot(href), 'stylesheet');
  }
  // What the entry itself starts at once (the app beside the words); of the languages, only one.
  for (const entry of entries) {
    const { dynamics } = importsOf(fs.readFileSync(path.join(clientDir, entry), 'utf8'));
    for (const rel of dynamics) {
      const file = path.posix.join(path.posix.dirname(entry), rel);
      const lang = languageOfChunk(file);
      if (lang === undefined || lang === DEFAULT_LANGUAGE) add(file, 'started by the entry');
    }
  }
  // Everything those import statically comes with them.
  const queue = [...found.keys()].filter((f) => f.endsWith('.js'));
  while (queue.length > 0) {
    const file = queue.shift() as string;
    for (const rel of importsOf(fs.readFileSync(path.join(clientDir, file), 'utf8')).statics) {
      const dep = path.posix.join(path.posix.dirname(file), rel);
      if (!found.has(dep)) {
        add(dep, 'static import');
        queue.push(dep);
      }
    }
  }
  const files = [...found].map(([file, why]) => {
    const bytes = fs.readFileSync(path.join(clientDir, file));
    return { file, why, raw: bytes.length, gzip: gzipSync(bytes).length };
  });
  const sum = (list: WeighedFile[]) => ({ raw: list.reduce((s, f) => s + f.raw, 0), gzip: list.reduce((s, f) => s + f.gzip, 0) });
  return {
    files,
    js: sum(files.filter((f) => f.file.endsWith('.js'))),
    css: sum(files.filter((f) => f.file.endsWith('.css'))),
  };
}

/** Kilobytes of 1,000 bytes, as Vite prints them, so the figures match its build output. */
export const kb = (bytes: number): string => (bytes / 1000).toFixed(1);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = path.resolve(process.argv[2] ?? 'dist/client');
  const weight = pageWeight(dir);
  for (const f of weight.files) console.log(`${f.file.padEnd(44)} ${kb(f.raw).padStart(7)} kB ${kb(f.gzip).padStart(6)} kB gzip  (${f.why})`);
  console.log(`initial JavaScript: ${kb(weight.js.raw)} kB, ${kb(weight.js.gzip)} kB gzip; CSS ${kb(weight.css.raw)} kB, ${kb(weight.css.gzip)} kB gzip`);
}
