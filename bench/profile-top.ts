// npx tsx bench/profile-top.ts PATH [N]: the functions with the most self time in a V8 CPU
// profile (from npm run bench -- --profile), grouped by package or source file. PATH is a
// .cpuprofile file or a server's folder of them, of which the busiest (the main thread) is read.
import fs from 'node:fs';
import path from 'node:path';

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [target, count = '25'] = process.argv.slice(2);
if (!target) {
  process.stderr.write('usage: npx tsx bench/profile-top.ts FILE.cpuprofile|FOLDER [N]\n');
  process.exit(2);
}
// Printing into a pipe that closed early (| head) is not an error worth a stack trace.
process.stdout.on('error', () => process.exit(0));

const read = (f: string) => JSON.parse(fs.readFileSync(f, 'utf8')) as Profile;
const busy = (p: Profile) => p.samples.filter((id) => !/^\((idle|program)\)$/.test(byIdOf(p).get(id)?.callFrame.functionName ?? '')).length;
const byIdOf = (p: Profile) => new Map(p.nodes.map((n) => [n.id, n]));
let file = target;
if (fs.statSync(target).isDirectory()) {
  const files = fs.readdirSync(target).filter((f) => f.endsWith('.cpuprofile')).map((f) => path.join(target, f));
  file = files.map((f) => ({ f, n: busy(read(f)) })).sort((a, b) => b.n - a.n)[0]?.f ?? '';
  if (!file) throw new Error(`no .cpuprofile in ${target}`);
}
const profile = read(file);
const byId = byIdOf(profile);
const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

const where = (url: string): string => {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m) return m[1] as string;
  if (url.startsWith('node:')) return url;
  const i = url.indexOf('/work/');
  return url ? url.slice(i >= 0 ? url.indexOf('/', i + 6) + 1 : 0) : '(native)';
};

const byFunction = new Map<string, number>();
const byPlace = new Map<string, number>();
for (const [id, us] of selfUs) {
  const node = byId.get(id);
  if (!node) continue;
  const { functionName, url, lineNumber } = node.callFrame;
  const place = where(url);
  const key = `${functionName || '(anonymous)'}  ${place}${url ? `:${lineNumber + 1}` : ''}`;
  byFunction.set(key, (byFunction.get(key) ?? 0) + us);
  byPlace.set(place, (byPlace.get(place) ?? 0) + us);
}
const show = (title: string, map: Map<string, number>, n: number) => {
  console.log(`\n${title}`);
  for (const [key, us] of [...map].sort((a, b) => b[1] - a[1]).slice(0, n))
    console.log(`${((us / total) * 100).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${key}`);
};
const idle = [...selfUs].filter(([id]) => /^\((idle|program)\)$/.test(byId.get(id)?.callFrame.functionName ?? '')).reduce((a, [, us]) => a + us, 0);
console.log(`${file}: ${(total / 1e6).toFixed(1)} s sampled, ${((total - idle) / 1e6).toFixed(1)} s busy`);
show('self time by package or file', byPlace, 15);
show('self time by function', byFunction, Number(count));
