// One server through every phase: set-up, idle memory, propagation, long-history load and,
// for Mend, HTTP commands. A phase that fails is recorded and the next one still runs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BenchOptions, TargetName } from './args.ts';
import type { BenchClient } from './clients.ts';
import type { ChildStats } from './servers/child.ts';
import { round } from './stats.ts';
import { closeReasons } from './clients.ts';
import { startTarget } from './targets.ts';
import { sleep } from './util.ts';
import { type ColdLoadResult, runColdLoad } from './workloads/coldload.ts';
import { type CommandsResult, runCommands } from './workloads/commands.ts';
import { connectPairs, destroyPairs, type Pair } from './workloads/connect.ts';
import { type MemorySample, sample, untilNoDocs } from './workloads/memory.ts';
import { type PropagationResult, runPropagation } from './workloads/propagation.ts';

export interface TargetResult {
  name: TargetName;
  /** Processes of Mend serving the run: 1, or --instances for mend-cluster. */
  instances: number;
  /** 1-minute load average when this server's turn began: other work on the machine skews figures. */
  loadAverageAtStart: number;
  /** 1-minute load average when its turn ended. */
  loadAverageAtEnd?: number;
  setupSeconds?: number;
  connectSeconds?: number;
  held?: {
    spacesRequested: number;
    clientsConnected: number;
    clientsConnectedAfterEdits: number;
    connections: number;
    connectionsAfterEdits: number;
    docs: number;
    disconnects: number;
    /** Close codes and reasons of those disconnects (and of the clients' own closes at the end). */
    closeReasons: Record<string, number>;
    syncFailures: number;
  };
  memory?: { before: MemorySample; idle: MemorySample; afterEdits: MemorySample; rssPerSpaceKiB: number; heapPerSpaceKiB: number };
  propagation?: PropagationResult;
  serverCpuPercent?: number;
  serverLoopMs?: { p50: number; p99: number; max: number; mean: number };
  /** With --probe: Mend's storage calls, by phase. */
  probes?: Record<string, ChildStats['probes']>;
  coldLoad?: ColdLoadResult;
  commands?: CommandsResult;
  errors: string[];
}

const say = (name: string, msg: string) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${name}: ${msg}\n`);

export async function runTarget(
  name: TargetName,
  opts: BenchOptions,
  dataRoot: string,
  diagnosticsDir?: string,
): Promise<TargetResult> {
  const profileDir = opts.profile && diagnosticsDir ? path.join(diagnosticsDir, 'profiles') : undefined;
  const heapFile = (when: string) => (diagnosticsDir ? path.join(diagnosticsDir, 'heap', `${name}-${when}.heapsnapshot`) : '');
  const result: TargetResult = { name, instances: name === 'mend-cluster' ? opts.instances : 1, loadAverageAtStart: round(os.loadavg()[0] ?? 0), errors: [] };
  const fail = (phase: string, error: unknown) => {
    const msg = `${phase}: ${error instanceof Error ? error.message : String(error)}`;
    result.errors.push(msg);
    say(name, `FAILED ${msg}`);
  };
  const keepProbes = (phase: string, probes: ChildStats['probes']) => {
    const used = Object.entries(probes).filter(([, t]) => t.count > 0);
    if (used.length === 0) return;
    (result.probes ??= {})[phase] = probes;
    for (const [probeName, t] of used)
      say(name, `${phase} probe ${probeName}: ${t.count} calls, p50 ${round(t.p50, 3)} p99 ${round(t.p99, 3)} max ${round(t.max, 1)} ms, total ${round(t.totalMs)} ms`);
  };
  closeReasons.clear();
  const target = await startTarget(name, { dataRoot, roomIdleSeconds: opts.roomIdleSeconds, probe: opts.probe, profileDir, instances: opts.instances });
  const { server } = target;
  say(name, `listening on ${server.url} (pid ${server.pid}); load average ${result.loadAverageAtStart}`);
  let pairs: Pair[] = [];
  let others: BenchClient[] = [];
  try {
    let t0 = performance.now();
    const handles = await target.prepare(opts.spaces, opts.setupConcurrency, 'space');
    const [historyHandle] = opts.history > 0 ? await target.prepare(1, 1, 'history') : [];
    result.setupSeconds = round((performance.now() - t0) / 1000);
    say(name, `${handles.length} spaces ready in ${result.setupSeconds} s`);

    // Rooms the set-up touched (Mend's log documents) are freed before the baseline.
    await untilNoDocs(server, (opts.roomIdleSeconds + 10) * 1000);
    const before = await sample(server);
    if (opts.heapSnapshots) {
      fs.mkdirSync(path.dirname(heapFile('before')), { recursive: true });
      await server.heapSnapshot(heapFile('before'));
    }
    const connected = await connectPairs(handles, opts.connectConcurrency, opts.allDocs);
    pairs = connected.pairs;
    others = connected.others;
    result.connectSeconds = round(connected.seconds);
    say(name, `${pairs.length * 2 + others.length} clients synced in ${result.connectSeconds} s (${connected.failed} failed)`);
    const idle = await sample(server, 2000);
    if (opts.heapSnapshots) await server.heapSnapshot(heapFile('idle'));
    const clientsConnected = [...pairs.flat(), ...others].filter((c) => c.connected()).length;

    await server.resetLoop();
    const cpu0 = server.cpuSeconds();
    t0 = performance.now();
    result.propagation = await runPropagation(pairs, {
      seconds: opts.seconds,
      warmupSeconds: opts.warmupSeconds,
      intervalMs: opts.editIntervalMs,
    });
    const cpu = server.cpuSeconds() - cpu0;
    result.serverCpuPercent = round((cpu / ((performance.now() - t0) / 1000)) * 100, 1);
    const stats = await server.stats();
    const loop = stats.loop;
    keepProbes('propagation', stats.probes);
    result.serverLoopMs = { p50: round(loop.p50), p99: round(loop.p99), max: round(loop.max), mean: round(loop.mean) };
    const p = result.propagation.latencyMs;
    say(name, `propagation p50 ${round(p.p50)} p99 ${round(p.p99)} max ${round(p.max)} ms, lost ${result.propagation.lost}`);
    const afterEdits = await sample(server, 500);
    result.held = {
      spacesRequested: opts.spaces,
      clientsConnected,
      clientsConnectedAfterEdits: pairs.flat().filter((c) => c.connected()).length,
      connections: idle.connections,
      connectionsAfterEdits: afterEdits.connections,
      docs: idle.docs,
      disconnects: pairs.flat().reduce((n, c) => n + c.disconnects(), 0),
      closeReasons: Object.fromEntries(closeReasons),
      syncFailures: connected.failed,
    };
    result.memory = {
      before,
      idle,
      afterEdits,
      rssPerSpaceKiB: round((idle.rssKiB - before.rssKiB) / opts.spaces, 1),
      heapPerSpaceKiB: round((idle.heapUsedKiB - before.heapUsedKiB) / opts.spaces, 1),
    };
    say(name, `RSS per idle space ${result.memory.rssPerSpaceKiB} KiB (heap ${result.memory.heapPerSpaceKiB} KiB)`);
    destroyPairs(pairs, others);
    pairs = [];
    others = [];

    if (historyHandle) {
      try {
        say(name, `writing a ${opts.history}-update history`);
        await server.resetLoop();
        result.coldLoad = await runColdLoad(server, historyHandle, { history: opts.history, repeats: opts.coldRepeats });
        keepProbes('coldLoad', (await server.stats()).probes);
        const w = result.coldLoad.sessionMs;
        say(name, `history written at ${Math.round(opts.history / result.coldLoad.writeSeconds)} updates/s; a session's median: open ${w.open}, synced ${w.sync}, edits ${w.edit}, all arrived ${w.arrive} ms later`);
        say(name, `cold load ${result.coldLoad.coldFirstMs} ms first, ${result.coldLoad.coldRepeatMedianMs} ms later (${result.coldLoad.coldAllMs.join(', ')}; socket open after ${result.coldLoad.coldOpenMs.join(', ')}); in memory ${result.coldLoad.warmAllMs.join(', ')} ms`);
      } catch (error) {
        fail('cold load', error);
      }
    }

    if (opts.commandSeconds > 0 && target.spaces.length > 0) {
      try {
        await server.resetLoop();
        const spaces = opts.commandSpaces > 0 ? target.spaces.slice(0, opts.commandSpaces) : target.spaces;
        result.commands = await runCommands(spaces, { seconds: opts.commandSeconds, concurrency: opts.commandConcurrency });
        const c = result.commands;
        say(
          name,
          `${Math.round(c.perSecond)} commands/s to ${c.spaces} spaces, p50 ${round(c.latencyMs.p50)} p99 ${round(c.latencyMs.p99)} ms; ` +
            `first tenth p50 ${round(c.firstTenthP50Ms)} ms, last tenth ${round(c.lastTenthP50Ms)} ms; refused ${JSON.stringify(c.refused)}, errors ${c.errors}`,
        );
        keepProbes('commands', (await server.stats()).probes);
      } catch (error) {
        fail('commands', error);
      }
    }
  } catch (error) {
    fail('run', error);
  } finally {
    destroyPairs(pairs, others);
    await sleep(100);
    await target.stop();
    result.loadAverageAtEnd = round(os.loadavg()[0] ?? 0);
  }
  return result;
}
