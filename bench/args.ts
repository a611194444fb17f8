// Benchmark sizes from command-line flags. Every default keeps the small run under a minute.
export interface BenchOptions {
  /** Spaces (documents) per server, each with two clients. */
  spaces: number;
  /** Seconds of the propagation phase (every client edits once per `editIntervalMs`). */
  seconds: number;
  /** Leading seconds of the propagation phase left out of the figures. */
  warmupSeconds: number;
  editIntervalMs: number;
  /** Updates in the long-history document of the cold-load figure (0 skips it). */
  history: number;
  /** Times the long-history document is evicted and loaded again. */
  coldRepeats: number;
  /** Seconds of the HTTP command phase (Mend only; 0 skips it). */
  commandSeconds: number;
  commandConcurrency: number;
  /** Send the commands to only this many spaces (0: all of them). */
  commandSpaces: number;
  setupConcurrency: number;
  connectConcurrency: number;
  /** Which servers, in order. */
  targets: TargetName[];
  /** With 2 or more, Mend also runs as this many instances behind HAProxy on PostgreSQL + Redis (target mend-cluster). */
  instances: number;
  /** Folder for the JSON results. */
  out: string;
  /** Mend's ROOM_IDLE_SECONDS for the run (how soon an idle room is freed). */
  roomIdleSeconds: number;
  /** Folder under which each server gets a fresh data folder. */
  dataRoot: string | undefined;
  /** Keep the data folders (for looking at them afterwards). */
  keepData: boolean;
  /** Time Mend's storage calls inside its process (a diagnosis aid; adds ~1 µs per call). */
  probe: boolean;
  /** Write a V8 CPU profile of each server next to the JSON (bench/profile-top.ts reads it). */
  profile: boolean;
  /** Write heap snapshots of each server before and after its clients connect (read with bench/heap-diff.ts). */
  heapSnapshots: boolean;
  /** Mend only: each friend also holds the space's log and their own notebook, idle, as the app does. */
  allDocs: boolean;
}

export const TARGETS = ['mend', 'hocuspocus', 'y-websocket'] as const;
/** mend-cluster joins the run through --instances, not --targets. */
export type TargetName = (typeof TARGETS)[number] | 'mend-cluster';

export const defaults: BenchOptions = {
  spaces: 50,
  seconds: 5,
  warmupSeconds: 2,
  editIntervalMs: 1000,
  history: 10_000,
  coldRepeats: 3,
  commandSeconds: 2,
  commandConcurrency: 8,
  commandSpaces: 0,
  setupConcurrency: 8,
  connectConcurrency: 50,
  targets: [...TARGETS],
  instances: 1,
  out: 'bench/results',
  roomIdleSeconds: 1,
  dataRoot: undefined,
  keepData: false,
  probe: false,
  profile: false,
  heapSnapshots: false,
  allDocs: false,
};

const help = `npm run bench -- [flags]
  --spaces N              spaces per server, two clients each (default ${defaults.spaces})
  --seconds S             propagation phase length (default ${defaults.seconds})
  --warmup-seconds S      left out of the propagation figures (default ${defaults.warmupSeconds})
  --edit-interval-ms MS   each client edits this often (default ${defaults.editIntervalMs})
  --history N             updates in the long-history document, 0 skips (default ${defaults.history})
  --cold-repeats N        loads of the evicted long-history document (default ${defaults.coldRepeats})
  --command-seconds S     HTTP command phase on Mend, 0 skips (default ${defaults.commandSeconds})
  --command-concurrency N requests in flight (default ${defaults.commandConcurrency})
  --command-spaces N      send the commands to only N spaces, 0 = all (default ${defaults.commandSpaces})
  --setup-concurrency N   spaces created at once over HTTP (default ${defaults.setupConcurrency})
  --connect-concurrency N clients connecting at once (default ${defaults.connectConcurrency})
  --targets a,b           any of ${TARGETS.join(', ')} (default all, in that order)
  --instances N           also run Mend as N instances (N >= 2) behind HAProxy on PostgreSQL + Redis,
                          right after the single process (default ${defaults.instances}: single process only)
  --out DIR               where the JSON goes (default ${defaults.out})
  --room-idle-seconds S   Mend's ROOM_IDLE_SECONDS (default ${defaults.roomIdleSeconds})
  --data-root DIR         parent of the fresh data folders (default the OS temp folder)
  --keep-data             leave the data folders in place
  --probe                 time Mend's storage calls in its process (for diagnosis)
  --heap-snapshots        write each server's heap before and after its clients connect (bench/heap-diff.ts);
                          writing them grows RSS, so that run's RSS figures mean nothing
  --profile               write a CPU profile of each server beside the JSON (read with bench/profile-top.ts)
  --all-docs              Mend alone: each friend also holds the space's log and their own notebook,
                          idle, as the app does (6 sockets a space instead of 2)
`;

const positiveInt = (name: string, value: string, min = 0): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} wants a whole number >= ${min}, not "${value}"`);
  return n;
};

export function parseArgs(argv: readonly string[]): BenchOptions | 'help' {
  const o: BenchOptions = { ...defaults, targets: [...defaults.targets] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('--')) throw new Error(`unexpected argument "${arg}" (see --help)`);
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(2, eq) : arg.slice(2);
    const switches = { 'keep-data': 'keepData', probe: 'probe', profile: 'profile', 'heap-snapshots': 'heapSnapshots', 'all-docs': 'allDocs' } as const;
    if (name in switches) {
      o[switches[name as keyof typeof switches]] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`--${name} needs a value`);
    switch (name) {
      case 'spaces': o.spaces = positiveInt(name, value, 1); break;
      case 'seconds': o.seconds = positiveInt(name, value, 1); break;
      case 'warmup-seconds': o.warmupSeconds = positiveInt(name, value); break;
      case 'edit-interval-ms': o.editIntervalMs = positiveInt(name, value, 10); break;
      case 'history': o.history = positiveInt(name, value); break;
      case 'cold-repeats': o.coldRepeats = positiveInt(name, value, 1); break;
      case 'command-seconds': o.commandSeconds = positiveInt(name, value); break;
      case 'command-concurrency': o.commandConcurrency = positiveInt(name, value, 1); break;
      case 'command-spaces': o.commandSpaces = positiveInt(name, value); break;
      case 'setup-concurrency': o.setupConcurrency = positiveInt(name, value, 1); break;
      case 'connect-concurrency': o.connectConcurrency = positiveInt(name, value, 1); break;
      case 'room-idle-seconds': o.roomIdleSeconds = positiveInt(name, value, 1); break;
      case 'instances': o.instances = positiveInt(name, value, 1); break;
      case 'out': o.out = value; break;
      case 'data-root': o.dataRoot = value; break;
      case 'targets': {
        const names = value.split(',').map((s) => s.trim()).filter(Boolean);
        for (const n of names) if (!(TARGETS as readonly string[]).includes(n)) throw new Error(`unknown target "${n}"`);
        o.targets = names as TargetName[];
        break;
      }
      default:
        throw new Error(`unknown flag --${name} (see --help)`);
    }
  }
  if (o.instances >= 2) {
    // Right after the single process, so the two Mend columns run under the most similar load.
    const at = o.targets.indexOf('mend');
    o.targets.splice(at + 1, 0, 'mend-cluster');
  }
  if (o.warmupSeconds >= o.seconds) throw new Error('--warmup-seconds must be shorter than --seconds');
  // The references have one document per name; only Mend's spaces have three.
  if (o.allDocs && o.targets.some((t) => t !== 'mend')) throw new Error('--all-docs measures Mend alone: add --targets mend');
  return o;
}

export const usage = help;
