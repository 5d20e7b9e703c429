// Measurement 2, the status quo: the same texts as files in a shared folder, searched the way an
// office does it, `grep -ril` (and ripgrep when installed). grep matches the query as typed: it
// cannot ignore diacritics ("giai phong mat bang" does not find "giải phóng mặt bằng"), and a
// phrase must appear as written, where the database matches the words anywhere in the document.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fold } from '../domain/text.ts';
import { type Summary, summarise } from './lib/stats.ts';
import { QUERIES } from './queries.ts';

export interface GrepResult {
  tool: string;
  folder: string;
  all: Summary;
  perQuery: { label: string; p50: number; files: number }[];
  /** Queries typed without diacritics that grep answered with nothing while the database found documents. */
  missedNoDiacritics: number;
}

function run(cmd: string, args: string[]): Promise<{ ms: number; lines: number }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const p = spawn(cmd, args, {
      env: { ...process.env, LC_ALL: 'C.UTF-8' },
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let lines = 0;
    p.stdout.on('data', (b: Buffer) => {
      for (const c of b) if (c === 10) lines++;
    });
    p.on('error', reject);
    p.on('close', () => resolve({ ms: performance.now() - t, lines }));
  });
}

export function ripgrepPath(): string | null {
  const r = spawnSync('sh', ['-c', 'command -v rg'], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : null;
}

export async function grepFolder(
  tool: 'grep' | 'rg',
  folder: string,
  reps: number,
  dbMatches: Map<string, number>,
): Promise<GrepResult> {
  const samples: number[][] = QUERIES.map(() => []);
  const files: number[] = [];
  for (let pass = 0; pass < reps; pass++) {
    for (const [i, q] of QUERIES.entries()) {
      const args =
        tool === 'grep'
          ? ['-rilF', '--', q.q, folder]
          : ['-i', '-l', '-F', '--no-messages', '--', q.q, folder];
      const r = await run(tool, args);
      samples[i]?.push(r.ms);
      files[i] = r.lines;
    }
  }
  const missed = QUERIES.filter(
    (q, i) => fold(q.q) === q.q.toLowerCase() && (files[i] ?? 0) === 0 && (dbMatches.get(q.label) ?? 0) > 0,
  );
  return {
    tool,
    folder: path.basename(folder),
    all: summarise(samples.flat()),
    perQuery: QUERIES.map((q, i) => ({
      label: q.label,
      p50: summarise(samples[i] ?? []).p50,
      files: files[i] ?? 0,
    })),
    missedNoDiacritics: missed.length,
  };
}
