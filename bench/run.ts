// npm run bench -- [flags]: Mend against the reference Yjs servers, one after another in one
// run, each in its own process on 127.0.0.1. Prints a side-by-side table and writes JSON
// under bench/results/. The README's "Benchmark" section explains the figures.
import fs from 'node:fs';
import path from 'node:path';
import { type BenchOptions, parseArgs, type TargetName, usage } from './args.ts';
import { stopRunningClusters } from './cluster-target.ts';
import { describeMachine } from './machine.ts';
import { table } from './report.ts';
import { runTarget, type TargetResult } from './run-target.ts';
import { defaultDataRoot } from './targets.ts';

// Each provider listens for the process' exit; thousands of them are expected here.
process.setMaxListeners(0);

let opts: BenchOptions;
try {
  const parsed = parseArgs(process.argv.slice(2));
  if (parsed === 'help') {
    process.stdout.write(usage);
    process.exit(0);
  }
  opts = parsed;
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(2);
}

const machine = describeMachine();
// Each client needs a socket here and one in the server; leave room for files and the rest.
const neededFiles = opts.spaces * (opts.allDocs ? 6 : 2) + 200;
if (Number.isFinite(machine.openFilesLimit) && machine.openFilesLimit < neededFiles) {
  process.stderr.write(`${opts.spaces} spaces need about ${neededFiles} open files; the limit is ${machine.openFilesLimit} (raise it with ulimit -n)\n`);
  process.exit(2);
}

const dataRoot = opts.dataRoot ? path.resolve(opts.dataRoot, `mend-bench-${Date.now()}`) : defaultDataRoot();
const startedAt = new Date();
const results: Partial<Record<TargetName, TargetResult>> = {};
// A run that hangs somewhere still ends: the largest sizes finish well within this.
// PostgreSQL runs detached (pg_ctl), so a cluster is stopped by hand before exiting.
const stopAndExit = (why: string) => {
  process.stderr.write(`${why}; stopping\n`);
  void stopRunningClusters().finally(() => {
    if (!opts.keepData) fs.rmSync(dataRoot, { recursive: true, force: true });
    process.exit(1);
  });
};
const hardStop = setTimeout(() => stopAndExit('benchmark took over 30 minutes'), 30 * 60_000);
hardStop.unref();
process.once('SIGINT', () => stopAndExit('interrupted'));
process.once('SIGTERM', () => stopAndExit('terminated'));

const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
const diagnosticsDir = opts.profile || opts.heapSnapshots ? path.resolve(opts.out, `${stamp}-diagnostics`) : undefined;
try {
  for (const name of opts.targets) results[name] = await runTarget(name, opts, dataRoot, diagnosticsDir);
} finally {
  if (!opts.keepData) fs.rmSync(dataRoot, { recursive: true, force: true });
}

const report = {
  startedAt: startedAt.toISOString(),
  seconds: Math.round((Date.now() - startedAt.getTime()) / 100) / 10,
  machine,
  options: opts,
  results,
};
fs.mkdirSync(opts.out, { recursive: true });
const file = path.join(opts.out, `${stamp}.json`);
fs.writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);

const m = machine;
process.stdout.write(
  `\n${opts.spaces} spaces x 2 clients, ${opts.seconds} s of edits (every client once per ${opts.editIntervalMs} ms, first ${opts.warmupSeconds} s not counted), ` +
    `history ${opts.history} updates\n${m.cpus} x ${m.cpuModel}, ${m.memoryGiB} GiB, Node ${m.node}, ${m.kernel}\n\n` +
    `${table(results)}\n\nMend/reference: below 1.00 is better for Mend on latency, memory, CPU and losses; above 1.00 on held and updates/s.\n` +
    `Results: ${file} (${report.seconds} s)${diagnosticsDir ? `; profiles and heap snapshots in ${diagnosticsDir}` : ''}\n`,
);
const failed = Object.values(results).some((r) => r && r.errors.length > 0);
process.exit(failed ? 1 : 0);
