// Console commands of the archives area, with a terminal progress bar (cli-progress):
//   vanphong archive fixity [--sweep]             re-hash every stored file, report, exit 2 on problems
//   vanphong archive digitise DIR --manifest X.xlsx --org ID
// They run with the console's authority (no account), audited as system actions, and obey every
// archival rule (Tuyệt mật refused, approvals for Mật/Tối mật, files arranged first).
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { copyFile, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import cliProgress from 'cli-progress';
import { systemCtx } from '../../auth/actor.ts';
import type { Jobs } from '../../db/jobs.ts';
import type { Deps } from '../../deps.ts';
import { AppError } from '../../http/errors.ts';
import { isOcrAvailable } from '../documents/archival/service.ts';
import { createBatch, DIGITISE_QUEUE, getBatch, receiveScan } from './digitise/service.ts';
import { type FixityReport, runFixity } from './fixity/service.ts';

interface Out {
  tty: boolean;
  log: (s: string) => void;
}
const defaultOut: Out = { tty: Boolean(process.stderr.isTTY), log: console.log };

function bar(format: string, out: Out) {
  return new cliProgress.SingleBar(
    { format, hideCursor: true, noTTYOutput: !out.tty, notTTYSchedule: 5000, stream: process.stderr },
    cliProgress.Presets.shades_classic,
  );
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

export async function fixityCli(
  deps: Deps,
  opts: { sweep: boolean },
  out: Out = defaultOut,
): Promise<FixityReport> {
  const b = bar('Kiểm tra toàn vẹn |{bar}| {value}/{total} tệp | {bytes}', out);
  b.start(1, 0, { bytes: mb(0) });
  try {
    const report = await runFixity(deps, systemCtx(`cli-fixity-${Date.now()}`), {
      trigger: 'cli',
      sweep: opts.sweep,
      onProgress: (done, total, bytes) => {
        b.setTotal(Math.max(total, done));
        b.update(done, { bytes: mb(bytes) });
      },
    });
    b.stop();
    printFixity(report, out.log);
    return report;
  } catch (err) {
    b.stop();
    throw err;
  }
}

export function printFixity(r: FixityReport, log: (s: string) => void = console.log): void {
  const speed = r.seconds && r.seconds > 0 ? `, ${mb(r.bytes / r.seconds)}/s` : '';
  log(`Kho tệp / store: ${r.store}`);
  log(`Đã kiểm tra / checked: ${r.checked} tệp (${mb(r.bytes)}) trong ${r.seconds ?? 0} giây${speed}`);
  log(
    `Thiếu / missing: ${r.missing.length} · Hỏng / corrupt: ${r.corrupt.length} · Không còn dùng / unreferenced: ${r.unreferenced.length}${r.swept ? ` (đã xóa ${r.swept})` : ''}`,
  );
  for (const m of r.missing.slice(0, 50)) log(`  THIẾU  ${m.sha256}  ← ${m.refs.join(', ')}`);
  for (const c of r.corrupt.slice(0, 50))
    log(`  HỎNG   ${c.sha256}  (nội dung băm ra ${c.actual})  ← ${c.refs.join(', ')}`);
  for (const u of r.unreferenced.slice(0, 20)) log(`  THỪA   ${u.sha256}  ${u.size} byte, ${u.modifiedAt}`);
  log(r.ok ? 'Kết quả: toàn vẹn / intact.' : 'Kết quả: CÓ LỖI / problems found.');
}

async function sha256File(file: string): Promise<{ sha256: string; size: number }> {
  const h = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(file)) {
    h.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: h.digest('hex'), size };
}

export async function digitiseCli(
  deps: Deps & { jobs: Jobs },
  input: { dir: string; manifest: string; orgId: number; name?: string | undefined },
  out: Out = defaultOut,
) {
  if (!existsSync(input.dir) || !statSync(input.dir).isDirectory()) {
    throw new Error(`Không tìm thấy thư mục / directory not found: ${input.dir}`);
  }
  if (!existsSync(input.manifest))
    throw new Error(`Không tìm thấy bảng kê / manifest not found: ${input.manifest}`);
  const ctx = systemCtx(`cli-digitise-${Date.now()}`);
  try {
    if (!(await isOcrAvailable())) {
      out.log(
        'CẢNH BÁO: máy chưa cài ocrmypdf và tesseract-ocr-vie; bản quét được lưu nhưng chưa nhận dạng chữ.',
      );
      out.log('WARNING: ocrmypdf and tesseract-ocr-vie are missing; scans are stored without OCR.');
    }
    const m = await sha256File(input.manifest);
    const batch = await createBatch(deps, ctx, {
      orgId: input.orgId,
      name: input.name,
      manifestPath: input.manifest,
      manifestName: path.basename(input.manifest),
      manifestSha256: m.sha256,
      source: 'cli',
    });
    out.log(`Lô số hóa ${batch.id}: ${batch.items.length} văn bản / documents.`);
    const names = new Map((await readdir(input.dir)).map((n) => [n.toLocaleLowerCase('vi'), n]));
    const tmp = path.join(deps.config.dataDir, 'tmp');
    await mkdir(tmp, { recursive: true });
    const missing: string[] = [];
    const upload = bar('Nạp bản quét  |{bar}| {value}/{total} tệp', out);
    upload.start(batch.items.length, 0);
    for (const item of batch.items) {
      const found = names.get(item.sourceName.toLocaleLowerCase('vi'));
      if (!found) {
        missing.push(`dòng ${item.row}: ${item.sourceName}`);
        upload.increment();
        continue;
      }
      // The store takes ownership of what it is given: hand it a copy, never the operator's file.
      const temp = path.join(tmp, `scan-${randomBytes(8).toString('hex')}`);
      await copyFile(path.join(input.dir, found), temp);
      const h = await sha256File(temp);
      await receiveScan(deps, ctx, batch.id, {
        tempPath: temp,
        filename: item.sourceName,
        sha256: h.sha256,
        size: h.size,
      });
      upload.increment();
    }
    upload.stop();
    const ocrBar = bar('Nhận dạng OCR |{bar}| {value}/{total} văn bản | {percentage}%', out);
    const total = batch.items.length - missing.length;
    ocrBar.start(Math.max(total, 1), 0);
    const poll = setInterval(() => {
      getBatch(deps, ctx, batch.id)
        .then((b) => ocrBar.update(b.finished))
        .catch(() => {});
    }, 500);
    try {
      await deps.jobs.drain(DIGITISE_QUEUE);
    } finally {
      clearInterval(poll);
    }
    const done = await getBatch(deps, ctx, batch.id);
    ocrBar.update(done.finished);
    ocrBar.stop();
    out.log(
      `Xong / done: ${done.counts.done ?? 0} đã số hóa, ${done.counts.failed ?? 0} lỗi, ${done.counts.ocr_unavailable ?? 0} chưa nhận dạng, ${missing.length} thiếu tệp.` +
        (done.ocrSecondsPerPage !== null ? ` OCR: ${done.ocrSecondsPerPage} giây/trang.` : ''),
    );
    for (const s of missing) out.log(`  THIẾU TỆP  ${s}`);
    for (const i of done.items.filter((x) => x.status === 'failed'))
      out.log(`  LỖI  dòng ${i.row}: ${i.error}`);
    for (const i of done.items.filter((x) => x.warning)) out.log(`  LƯU Ý  dòng ${i.row}: ${i.warning}`);
    return { batch: done, missing };
  } catch (err) {
    if (err instanceof AppError) {
      const rows = (err.details?.rows as { row: number; reason: string }[] | undefined) ?? [];
      throw new Error(
        [err.message, ...rows.slice(0, 50).map((r) => `  dòng ${r.row}: ${r.reason}`)].join('\n'),
      );
    }
    throw err;
  }
}
