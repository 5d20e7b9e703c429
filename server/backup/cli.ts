// The console side of backup and restore, with a progress bar on a terminal.
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import cliProgress from 'cli-progress';
import type { Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { openRuntime } from '../runtime.ts';
import { writeBackup } from './backup.ts';
import { restoreBackup } from './restore.ts';
import { readServerInfo } from './server-info.ts';

function bar(label: string) {
  if (!process.stderr.isTTY) return undefined;
  return new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% {value}/{total} {phase}`, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
}

export async function runBackup(config: Config, file: string): Promise<void> {
  const temp = `${file}.partial`;
  try {
    const live = config.databaseUrl ? undefined : readServerInfo(config.dataDir);
    if (live) {
      // The embedded database belongs to the running server: it writes the backup for us.
      const res = await fetch(`http://127.0.0.1:${live.port}/api/admin/backup`, {
        method: 'POST',
        headers: { 'x-backup-token': live.backupToken },
      });
      if (!res.ok || !res.body) throw new Error(`Máy chủ không sao lưu được (HTTP ${res.status}).`);
      await pipeline(Readable.fromWeb(res.body as unknown as WebReadableStream), createWriteStream(temp));
    } else {
      const rt = await openRuntime(config, createLogger('warn'));
      const progress = bar('Sao lưu');
      let started = false;
      try {
        const out = createWriteStream(temp);
        const done = new Promise<void>((resolve, reject) => {
          out.on('finish', () => resolve());
          out.on('error', reject);
        });
        const manifest = await writeBackup(rt, out, (p) => {
          if (!progress) return;
          if (!started) {
            progress.start(p.total, p.done, { phase: p.phase });
            started = true;
          }
          progress.setTotal(p.total);
          progress.update(p.done, { phase: p.phase });
        });
        await done;
        progress?.stop();
        console.log(
          `Đã sao lưu ${Object.values(manifest.tables).reduce((a, b) => a + b, 0)} dòng, ${manifest.files} tệp.`,
        );
      } finally {
        progress?.stop();
        await rt.close();
      }
    }
    await rename(temp, file);
    console.log(`Tệp sao lưu / backup: ${file}`);
  } catch (err) {
    await rm(temp, { force: true });
    throw err;
  }
}

export async function runRestore(config: Config, file: string): Promise<void> {
  const progress = bar('Khôi phục');
  let started = false;
  try {
    const report = await restoreBackup(file, config, (p) => {
      if (!progress) return;
      if (!started) {
        progress.start(p.total, p.done, { phase: p.phase });
        started = true;
      }
      progress.setTotal(p.total);
      progress.update(p.done, { phase: p.phase });
    });
    progress?.stop();
    const rowsTotal = Object.values(report.tables).reduce((a, b) => a + b, 0);
    console.log(`Đã khôi phục ${rowsTotal} dòng và ${report.files} tệp / restored.`);
  } finally {
    progress?.stop();
  }
}
