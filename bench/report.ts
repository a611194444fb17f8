// The side-by-side table: each figure for Mend and each reference, with Mend/reference.
import type { TargetName } from './args.ts';
import type { TargetResult } from './run-target.ts';

interface Row {
  label: string;
  /** 'lower' when a smaller number is better; 'none' for figures not compared. */
  better: 'lower' | 'higher' | 'none';
  pick(r: TargetResult): number | undefined;
  digits?: number;
}

const rows: Row[] = [
  { label: 'spaces held (docs in memory)', better: 'higher', pick: (r) => r.held?.docs, digits: 0 },
  { label: 'connections held (server side)', better: 'higher', pick: (r) => r.held?.connectionsAfterEdits, digits: 0 },
  { label: 'client disconnects during run', better: 'lower', pick: (r) => r.held?.disconnects, digits: 0 },
  { label: 'propagation p50 (ms)', better: 'lower', pick: (r) => r.propagation?.latencyMs.p50 },
  { label: 'propagation p99 (ms)', better: 'lower', pick: (r) => r.propagation?.latencyMs.p99 },
  { label: 'propagation max (ms)', better: 'lower', pick: (r) => r.propagation?.latencyMs.max },
  { label: 'edits measured / lost', better: 'none', pick: (r) => r.propagation?.measured, digits: 0 },
  { label: 'edits lost', better: 'lower', pick: (r) => r.propagation?.lost, digits: 0 },
  { label: 'server CPU while editing (%)', better: 'lower', pick: (r) => r.serverCpuPercent, digits: 0 },
  { label: 'server event-loop delay p99 (ms)', better: 'lower', pick: (r) => r.serverLoopMs?.p99 },
  { label: 'RSS per idle space (KiB)', better: 'lower', pick: (r) => r.memory?.rssPerSpaceKiB, digits: 1 },
  { label: 'JS heap per idle space (KiB)', better: 'lower', pick: (r) => r.memory?.heapPerSpaceKiB, digits: 1 },
  { label: 'long history: cold first load (ms)', better: 'lower', pick: (r) => r.coldLoad?.coldFirstMs },
  { label: 'long history: later loads, median (ms)', better: 'lower', pick: (r) => r.coldLoad?.coldRepeatMedianMs },
  { label: 'long history: in memory, new client (ms)', better: 'lower', pick: (r) => r.coldLoad?.warmMs },
  { label: 'long history: write, updates/s', better: 'higher', pick: (r) => (r.coldLoad ? r.coldLoad.history / r.coldLoad.writeSeconds : undefined), digits: 0 },
  { label: 'HTTP commands per second', better: 'none', pick: (r) => r.commands?.perSecond, digits: 0 },
  { label: 'HTTP command p50 (ms)', better: 'none', pick: (r) => r.commands?.latencyMs.p50 },
  { label: 'HTTP command p99 (ms)', better: 'none', pick: (r) => r.commands?.latencyMs.p99 },
  { label: 'machine load average at start', better: 'none', pick: (r) => r.loadAverageAtStart, digits: 2 },
  { label: 'machine load average at end', better: 'none', pick: (r) => r.loadAverageAtEnd, digits: 2 },
];

const fmt = (n: number | undefined, digits = 1): string => {
  if (n === undefined || Number.isNaN(n)) return '-';
  return n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: 0 });
};

const ratio = (mend: number | undefined, ref: number | undefined): string => {
  if (mend === undefined || ref === undefined || Number.isNaN(mend) || Number.isNaN(ref)) return '-';
  if (ref === 0) return mend === 0 ? '1.00' : 'n/a';
  return (mend / ref).toFixed(2);
};

/** A Markdown table (readable on a terminal too). With a cluster run, its column and cluster/Mend follow Mend's. */
export function table(results: Partial<Record<TargetName, TargetResult>>): string {
  const refs = (['hocuspocus', 'y-websocket'] as const).filter((n) => results[n]);
  const mend = results.mend;
  const cluster = results['mend-cluster'];
  const clusterLabel = `Mend, ${cluster?.instances ?? '?'} instances`;
  const head = [
    'figure',
    ...(mend ? ['Mend'] : []),
    ...(cluster ? [clusterLabel, ...(mend ? ['instances/Mend'] : [])] : []),
    ...refs.flatMap((n) => (mend ? [n, `Mend/${n}`] : [n])),
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) {
    if (row.label === 'edits lost') continue;
    const cells = [row.label];
    const pick = (r: TargetResult | undefined): number | undefined => (r ? row.pick(r) : undefined);
    const show = (r: TargetResult | undefined) =>
      row.label === 'edits measured / lost' ? (r?.propagation ? `${fmt(r.propagation.measured, 0)} / ${fmt(r.propagation.lost, 0)}` : '-') : fmt(pick(r), row.digits);
    if (mend) cells.push(show(mend));
    if (cluster) {
      cells.push(show(cluster));
      // Commands per second are compared here: a cluster exists to take more of them.
      const compare = row.better !== 'none' || row.label.startsWith('HTTP command');
      if (mend) cells.push(compare ? ratio(pick(cluster), pick(mend)) : '');
    }
    for (const n of refs) {
      cells.push(show(results[n]));
      if (mend) cells.push(row.better === 'none' ? '' : ratio(pick(mend), pick(results[n])));
    }
    if (cells.slice(1).every((c) => c === '-' || c === '')) continue;
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}
