// Zip-bomb guard for uploaded workbooks. An .xlsx is a zip; exceljs unzips it as it reads, so a
// small upload could expand into gigabytes. Before exceljs sees the file, this pass inflates every
// entry with fflate, counting the real bytes (the sizes declared in the zip can lie), and stops as
// soon as a limit is passed: too many entries, too many bytes in total, or a ratio no spreadsheet
// has. It also checks that the file is a workbook at all. The row limit is applied while reading.
import { createReadStream } from 'node:fs';
import { Unzip, UnzipInflate } from 'fflate';
import { RuleError, TooLargeError } from '../../../http/errors.ts';

export const XLSX_LIMITS = {
  /** Entries in the zip (a workbook has a few dozen). */
  maxEntries: 2_000,
  /** Bytes after inflating everything (450,000 rows of six columns take about 200 MB). */
  maxUnzippedBytes: 1536 * 1024 * 1024,
  /** Expansion ratio allowed once past 64 MB (XML sheets compress 10–30×; bombs 1000×). */
  maxRatio: 200,
  ratioFloorBytes: 64 * 1024 * 1024,
  /** Data rows in the first sheet. */
  maxRows: 600_000,
} as const;

const NOT_XLSX = () => new RuleError('not_xlsx', 'Tệp không phải bảng tính Excel (.xlsx) hợp lệ.');

export interface XlsxFacts {
  /** Last row of the first worksheet as its <dimension> declares (for progress), if it does. */
  firstSheetRows: number | null;
}

const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;
const DIMENSION = /<dimension\s+ref="[A-Z]+\d+(?::[A-Z]+(\d+))?"/;

export async function checkXlsx(
  path: string,
  compressedBytes: number,
  limits = XLSX_LIMITS,
): Promise<XlsxFacts> {
  const heads = new Map<number, string>();
  let entries = 0;
  let total = 0;
  let failure: Error | null = null;
  const names = new Set<string>();
  const unzip = new Unzip((file) => {
    if (failure) return;
    entries++;
    names.add(file.name);
    if (entries > limits.maxEntries) {
      failure = new TooLargeError(
        'xlsx_too_complex',
        `Tệp có quá nhiều thành phần (hơn ${limits.maxEntries}).`,
      );
      return;
    }
    const sheetNo = SHEET.exec(file.name)?.[1];
    let head = '';
    file.ondata = (err, data) => {
      if (failure) return;
      if (err) {
        failure = NOT_XLSX();
        return;
      }
      if (sheetNo !== undefined && head.length < 4096) {
        head += Buffer.from(data.subarray(0, 4096)).toString('latin1');
        heads.set(Number(sheetNo), head);
      }
      total += data.length;
      if (total > limits.maxUnzippedBytes) {
        failure = new TooLargeError(
          'xlsx_too_large',
          `Tệp giải nén ra quá ${Math.round(limits.maxUnzippedBytes / 1024 / 1024)} MB: không nhận (có thể là tệp độc hại).`,
        );
        file.terminate();
      } else if (total > limits.ratioFloorBytes && total / Math.max(1, compressedBytes) > limits.maxRatio) {
        failure = new TooLargeError(
          'xlsx_suspicious',
          'Tệp nén với tỉ lệ bất thường: không nhận (có thể là tệp độc hại).',
        );
        file.terminate();
      }
    };
    try {
      file.start();
    } catch {
      failure = NOT_XLSX();
    }
  });
  unzip.register(UnzipInflate);
  let first = true;
  for await (const chunk of createReadStream(path, { highWaterMark: 1024 * 1024 })) {
    const bytes = chunk as Buffer;
    if (first) {
      first = false;
      // Every zip starts with a local file header "PK\x03\x04".
      if (bytes.length < 4 || bytes.readUInt32LE(0) !== 0x04034b50) throw NOT_XLSX();
    }
    try {
      unzip.push(bytes);
    } catch {
      throw NOT_XLSX();
    }
    if (failure) throw failure;
  }
  if (first) throw NOT_XLSX();
  try {
    unzip.push(new Uint8Array(0), true);
  } catch {
    throw NOT_XLSX();
  }
  if (failure) throw failure;
  if (!names.has('xl/workbook.xml') || ![...names].some((n) => n.startsWith('xl/worksheets/')))
    throw NOT_XLSX();
  const firstSheet = [...heads.keys()].sort((a, b) => a - b)[0];
  const dim = firstSheet === undefined ? undefined : DIMENSION.exec(heads.get(firstSheet) ?? '')?.[1];
  return { firstSheetRows: dim ? Number(dim) : null };
}
