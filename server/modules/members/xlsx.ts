// Excel out: small workbooks in memory, and large lists streamed row by row (exceljs's streaming
// writer) so that exporting 450,000 members never holds them all. Vietnamese headers, dates as real
// Excel dates shown DD/MM/YYYY.
import { PassThrough, Readable } from 'node:stream';
import ExcelJS from 'exceljs';

export interface Column {
  header: string;
  key: string;
  width?: number;
  date?: boolean;
  money?: boolean;
}

/** ISO date → an Excel date (UTC midnight, as Excel has no time zone). */
function excelDate(v: unknown): unknown {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v;
}

function setColumns(ws: ExcelJS.Worksheet, columns: Column[], withHeader = true) {
  ws.columns = columns.map((c) => ({
    ...(withHeader ? { header: c.header } : {}),
    key: c.key,
    width: c.width ?? Math.max(12, c.header.length + 4),
    ...(c.date ? { style: { numFmt: 'dd/mm/yyyy' } } : c.money ? { style: { numFmt: '#,##0' } } : {}),
  }));
}

function rowOf(columns: Column[], r: Record<string, unknown>) {
  const out: Record<string, unknown> = {};
  for (const c of columns) out[c.key] = c.date ? excelDate(r[c.key]) : (r[c.key] ?? null);
  return out;
}

export interface SheetSpec {
  name: string;
  /** Lines above the table (title, unit, date). */
  caption?: string[];
  columns: Column[];
  rows: Record<string, unknown>[];
  /** A last row in bold (totals). */
  footer?: Record<string, unknown>;
}

/** A workbook in memory (lists of a few thousand rows: proposals, fee books). */
export async function workbook(sheets: SheetSpec[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name.slice(0, 31));
    const caption = s.caption ?? [];
    setColumns(ws, s.columns);
    if (caption.length > 0) {
      ws.spliceRows(1, 0, ...caption.map((c) => [c]), []);
      caption.forEach((_, i) => {
        ws.getRow(i + 1).font = { bold: i === 0, size: i === 0 ? 14 : 12 };
      });
    }
    const headerRow = ws.getRow(caption.length > 0 ? caption.length + 2 : 1);
    headerRow.font = { bold: true };
    headerRow.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    for (const r of s.rows) ws.addRow(rowOf(s.columns, r));
    if (s.footer) ws.addRow(rowOf(s.columns, s.footer)).font = { bold: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/**
 * A one-sheet workbook streamed as it is written: `fill` adds rows through `add` (awaiting `drained`
 * lets the stream drain) and may return a last row in bold (totals, known only at the end). With a
 * caption, its lines come first, then an empty row and the header, as in workbook(). Returns a web
 * ReadableStream for the response body.
 */
export function streamWorkbook(
  sheetName: string,
  columns: Column[],
  fill: (
    add: (row: Record<string, unknown>) => void,
    drained: () => Promise<void>,
  ) => Promise<Record<string, unknown> | undefined>,
  onError: (err: unknown) => void,
  opts: { caption?: string[] } = {},
): ReadableStream<Uint8Array> {
  const out = new PassThrough();
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  });
  const ws = wb.addWorksheet(sheetName.slice(0, 31));
  const caption = opts.caption ?? [];
  if (caption.length === 0) {
    setColumns(ws, columns);
    ws.getRow(1).font = { bold: true };
    ws.getRow(1).commit();
  } else {
    // A streamed sheet cannot insert rows above its header: the columns go without one, and the
    // caption, the empty row and the header are written as rows, in the order workbook() gives.
    setColumns(ws, columns, false);
    caption.forEach((line, i) => {
      const row = ws.addRow([line]);
      row.font = { bold: i === 0, size: i === 0 ? 14 : 12 };
      row.commit();
    });
    ws.addRow([]).commit();
    const head = ws.addRow(columns.map((c) => c.header));
    head.font = { bold: true };
    head.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    head.commit();
  }
  // Backpressure: between batches, wait while the client has not taken what was written.
  const drained = async () => {
    while (out.readableLength > 8 * 1024 * 1024 && !out.destroyed)
      await new Promise((r) => setTimeout(r, 20));
  };
  (async () => {
    const footer = await fill((r) => ws.addRow(rowOf(columns, r)).commit(), drained);
    if (footer) {
      const row = ws.addRow(rowOf(columns, footer));
      row.font = { bold: true };
      row.commit();
    }
    ws.commit();
    await wb.commit();
  })().catch((err) => {
    onError(err);
    out.destroy(err instanceof Error ? err : new Error(String(err)));
  });
  return Readable.toWeb(out) as unknown as ReadableStream<Uint8Array>;
}
