// `vanphong members import FILE --org ID`: the same import as POST /api/members/import, run from the
// console with a terminal progress bar (cli-progress). It runs with the console's authority (like
// `user reset-password`): no account, audited as a system action.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { systemCtx } from '../../auth/actor.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { type ImportResult, importMembers } from './import/service.ts';

const PHASES: Record<string, string> = { checking: 'kiểm tra tệp', reading: 'đọc và ghi', done: 'đã lưu' };

export async function importFromCli(
  deps: Deps,
  file: string,
  orgId: number,
  out: { tty: boolean; log: (s: string) => void } = { tty: Boolean(process.stderr.isTTY), log: console.log },
): Promise<ImportResult> {
  if (!existsSync(file) || !statSync(file).isFile())
    throw new Error(`Không tìm thấy tệp / file not found: ${file}`);
  // Progress in thousandths: rows of the sheet when it declares them, else bytes of the file.
  const total = 1000;
  const bar = new cliProgress.SingleBar(
    {
      format:
        'Nhập đảng viên |{bar}| {percentage}% | {phase} | {rows} dòng: nhập {imported}, loại {rejected}',
      hideCursor: true,
      noTTYOutput: !out.tty,
      notTTYSchedule: 5000,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { phase: PHASES.checking, rows: 0, imported: 0, rejected: 0 });
  try {
    const result = await importMembers(deps, systemCtx(`cli-import-${Date.now()}`), {
      orgId,
      filePath: file,
      fileName: path.basename(file),
      onProgress: (p) =>
        bar.update(Math.round(p.fraction * total), {
          phase: PHASES[p.phase] ?? p.phase,
          rows: p.rowsRead,
          imported: p.imported,
          rejected: p.rejected,
        }),
    });
    bar.update(total);
    bar.stop();
    return result;
  } catch (err) {
    bar.stop();
    if (err instanceof AppError) throw new Error(err.message);
    throw err;
  }
}

/** Prints the outcome: counts, then the rejected rows (the first 50 and how many more). */
export function printResult(r: ImportResult, log: (s: string) => void = console.log): void {
  log(`Đã nhập / imported: ${r.imported} đảng viên (lần nhập số ${r.importId}).`);
  if (r.rejected.length === 0) return;
  log(`Không nhập / rejected: ${r.rejected.length} dòng:`);
  for (const x of r.rejected.slice(0, 50)) log(`  dòng ${x.row}: ${x.reason}`);
  if (r.rejected.length > 50) log(`  … và ${r.rejected.length - 50} dòng khác.`);
}
