// npx tsx bench/heap-diff.ts BEFORE.heapsnapshot AFTER.heapsnapshot [N] [spaces]: what a server
// holds more after its clients connected, by constructor, from two V8 heap snapshots written by
// npm run bench -- --heap-snapshots. With the number of spaces, also per space.
import fs from 'node:fs';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

function bySize(file: string): Map<string, { count: number; bytes: number }> {
  const snap = JSON.parse(fs.readFileSync(file, 'utf8')) as Snapshot;
  const fields = snap.snapshot.meta.node_fields;
  const width = fields.length;
  const typeAt = fields.indexOf('type');
  const nameAt = fields.indexOf('name');
  const sizeAt = fields.indexOf('self_size');
  const types = snap.snapshot.meta.node_types[0];
  const out = new Map<string, { count: number; bytes: number }>();
  for (let i = 0; i < snap.nodes.length; i += width) {
    const type = types[snap.nodes[i + typeAt] as number] as string;
    const name = type === 'object' || type === 'closure' ? (snap.strings[snap.nodes[i + nameAt] as number] as string) : `(${type})`;
    const key = type === 'closure' ? `closure ${name || '(anonymous)'}` : name;
    const entry = out.get(key) ?? { count: 0, bytes: 0 };
    entry.count++;
    entry.bytes += snap.nodes[i + sizeAt] as number;
    out.set(key, entry);
  }
  return out;
}

const [beforeFile, afterFile, n = '30', spaces = '0'] = process.argv.slice(2);
if (!beforeFile || !afterFile) {
  process.stderr.write('usage: npx tsx bench/heap-diff.ts BEFORE.heapsnapshot AFTER.heapsnapshot [N] [spaces]\n');
  process.exit(2);
}
process.stdout.on('error', () => process.exit(0));
const before = bySize(beforeFile);
const after = bySize(afterFile);
const per = Number(spaces) || 0;
const rows = [...after].map(([key, a]) => {
  const b = before.get(key) ?? { count: 0, bytes: 0 };
  return { key, count: a.count - b.count, bytes: a.bytes - b.bytes };
});
const total = rows.reduce((sum, r) => sum + r.bytes, 0);
console.log(`grew by ${(total / 1024).toFixed(0)} KiB${per ? ` (${(total / 1024 / per).toFixed(1)} KiB per space)` : ''}`);
for (const r of rows.sort((a, b) => b.bytes - a.bytes).slice(0, Number(n))) {
  const each = per ? `  ${(r.count / per).toFixed(1).padStart(6)}/space ${(r.bytes / per).toFixed(0).padStart(6)} B/space` : '';
  console.log(`${(r.bytes / 1024).toFixed(0).padStart(8)} KiB ${String(r.count).padStart(8)} objects${each}  ${r.key}`);
}
