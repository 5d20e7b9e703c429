// The machine a run was measured on: cores, memory, load (the machine is shared: say so).
import { execSync } from 'node:child_process';
import os from 'node:os';

function sh(cmd: string): string {
  try {
    return execSync(cmd, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

export function machine(): Record<string, string | number> {
  return {
    cpu: os.cpus()[0]?.model ?? '',
    cores: os.cpus().length,
    nproc: sh('nproc'),
    memoryGb: Math.round(os.totalmem() / 2 ** 30),
    freeG: sh('free -g | sed -n 2p'),
    load: os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
    kernel: os.release(),
  };
}
