// Measurement 5: the import of the members' Excel file (450,000 rows at city scale) by the CLI
// `vanphong members import FILE --org ID`, run as a child process; wall time, and its peak memory
// read from /proc/<pid>/status (VmHWM) every 100 ms. The workbook is written once with exceljs's
// streaming writer and kept in the work folder.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, renameSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { importRows } from './gen-members.ts';
import { memoryOf, ROOT, serverEnv, type Target } from './lib/server.ts';

export interface ImportResult {
  rows: number;
  imported: number | null;
  seconds: number;
  peakRssMb: number;
  exitCode: number;
  fileMb: number;
}

export async function writeWorkbook(file: string, seed: number, n: number): Promise<void> {
  if (existsSync(file)) return;
  const tmp = `${file}.part`;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: tmp,
    useSharedStrings: false,
    useStyles: false,
  });
  const ws = wb.addWorksheet('Đảng viên');
  ws.addRow([
    'Họ và tên',
    'Ngày sinh',
    'Giới tính',
    'Ngày vào Đảng',
    'Ngày chính thức',
    'Số thẻ đảng viên',
  ]).commit();
  for (const r of importRows(seed, n)) ws.addRow(r).commit();
  ws.commit();
  await wb.commit();
  renameSync(tmp, file);
}

export async function runImport(
  t: Target,
  file: string,
  orgId: number,
  rows: number,
  logFile: string,
): Promise<ImportResult> {
  const fd = openSync(logFile, 'a');
  const t0 = performance.now();
  const proc = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/vanphong.mjs'), 'members', 'import', file, '--org', String(orgId)],
    {
      cwd: ROOT,
      env: serverEnv(t, { LOG_LEVEL: 'warn' }),
      stdio: ['ignore', fd, fd],
    },
  );
  closeSync(fd);
  let peak = 0;
  const timer = setInterval(() => {
    const m = proc.pid ? memoryOf(proc.pid) : null;
    // A process that has just exited still has a status file, without its memory lines.
    if (m && Number.isFinite(m.peakMb)) peak = Math.max(peak, m.peakMb);
  }, 100);
  const code = await new Promise<number>((resolve) => proc.on('exit', (c) => resolve(c ?? -1)));
  clearInterval(timer);
  const seconds = Math.round((performance.now() - t0) / 100) / 10;
  const out = readFileSync(logFile, 'utf8');
  const m = /imported: (\d+)/.exec(out.slice(-5000));
  const { size } = await import('node:fs').then((fs) => fs.statSync(file));
  return {
    rows,
    imported: m ? Number(m[1]) : null,
    seconds,
    peakRssMb: peak,
    exitCode: code,
    fileMb: Math.round(size / 1e5) / 10,
  };
}
