// What the run ran on, for the JSON and the README.
import fs from 'node:fs';
import os from 'node:os';

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  kernel: string;
  openFilesLimit: number;
}

export function describeMachine(): Machine {
  let openFilesLimit = Number.NaN;
  try {
    const m = /Max open files\s+(\d+)/.exec(fs.readFileSync('/proc/self/limits', 'utf8'));
    if (m) openFilesLimit = Number(m[1]);
  } catch {
    // not Linux: left unknown
  }
  return {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? 'unknown',
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    kernel: `${os.type()} ${os.release()}`,
    openFilesLimit,
  };
}
