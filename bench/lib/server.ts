// The real server as a child process (`vanphong serve`), as an office runs it: started on a database,
// waited for until /api/health answers, its memory read from /proc, stopped with SIGTERM. Its log goes
// to a file so that the access log never waits on the benchmark.
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ADMIN_PASSWORD = 'mat-khau-quan-tri-bench';

export interface Target {
  backend: 'embedded' | 'postgres';
  /** PostgreSQL: the database URL. */
  url?: string;
  /** The data directory (PGlite's database; the anchors and files on both). */
  dataDir: string;
}

export function serverEnv(t: Target, extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    VANPHONG_DATA_DIR: t.dataDir,
    VANPHONG_ADMIN_PASSWORD: ADMIN_PASSWORD,
    VANPHONG_ORG_NAME: 'Thành ủy Hà Nội',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'info',
    ...extra,
  };
  if (t.backend === 'postgres') env.DATABASE_URL = t.url;
  else delete env.DATABASE_URL;
  return env;
}

export interface Running {
  proc: ChildProcess;
  base: string;
  /** Milliseconds from spawn to the first healthy /api/health. */
  startMs: number;
  stop(): Promise<number>;
}

export async function startServer(t: Target, logFile: string, timeoutMs = 600_000): Promise<Running> {
  const fd = openSync(logFile, 'a');
  // Only this start's lines: the log file also holds the earlier starts' ports.
  const offset = statSync(logFile).size;
  const t0 = performance.now();
  const proc = spawn(process.execPath, [path.join(ROOT, 'bin/vanphong.mjs'), 'serve'], {
    cwd: ROOT,
    env: serverEnv(t),
    stdio: ['ignore', fd, fd],
  });
  closeSync(fd);
  let exited: number | null = null;
  proc.on('exit', (code) => {
    exited = code ?? -1;
  });
  let base = '';
  while (performance.now() - t0 < timeoutMs) {
    if (exited !== null) throw new Error(`server exited with ${exited} during start (log: ${logFile})`);
    if (!base) {
      const m = /vanphong: http:\/\/localhost:(\d+)/.exec(
        readFileSync(logFile).subarray(offset).toString('utf8'),
      );
      if (m) base = `http://127.0.0.1:${m[1]}`;
    }
    if (base) {
      const ok = await fetch(`${base}/api/health`).then(
        (r) => r.ok,
        () => false,
      );
      if (ok) break;
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  if (!base) throw new Error(`server did not start within ${timeoutMs} ms (log: ${logFile})`);
  const startMs = performance.now() - t0;
  return {
    proc,
    base,
    startMs,
    async stop() {
      const ts = performance.now();
      if (exited === null) {
        const done = new Promise<void>((r) => proc.once('exit', () => r()));
        proc.kill('SIGTERM');
        const timer = setTimeout(() => proc.kill('SIGKILL'), 120_000);
        await done;
        clearTimeout(timer);
      }
      return performance.now() - ts;
    },
  };
}

/** VmRSS and VmHWM (peak) of a process, in MB. */
export function memoryOf(pid: number): { rssMb: number; peakMb: number } | null {
  try {
    const s = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (k: string) => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(s)?.[1] ?? Number.NaN);
    return { rssMb: Math.round(kb('VmRSS') / 1024), peakMb: Math.round(kb('VmHWM') / 1024) };
  } catch {
    return null;
  }
}
