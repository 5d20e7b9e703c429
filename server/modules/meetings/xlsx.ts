// Excel out for the meetings area (the yearly register, the overview for the committee above): one
// sheet in memory — a chi bộ has tens of members and a year twelve-odd meetings — with the title
// lines above a bold header row, and dates as real Excel dates shown DD/MM/YYYY.
import ExcelJS from 'exceljs';

export interface SheetColumn {
  header: string;
  width?: number;
  /** Values are `YYYY-MM-DD` dates. */
  date?: boolean;
  /** Values are shares 0–1, shown as percentages. */
  percent?: boolean;
}

export interface Sheet {
  name: string;
  caption: string[];
  columns: SheetColumn[];
  rows: (string | number | null)[][];
  /** A last row in bold (totals). */
  footer?: (string | number | null)[];
}

const excelDate = (v: unknown) =>
  typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : v;

export async function sheetXlsx(s: Sheet): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  const ws = wb.addWorksheet(s.name.slice(0, 31));
  s.caption.forEach((line, i) => {
    const row = ws.addRow([line]);
    row.font = { bold: i === 0, size: i === 0 ? 14 : 12 };
  });
  if (s.caption.length) ws.addRow([]);
  const header = ws.addRow(s.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  s.columns.forEach((c, i) => {
    const col = ws.getColumn(i + 1);
    col.width = c.width ?? Math.max(10, c.header.length + 2);
    if (c.date) col.numFmt = 'dd/mm/yyyy';
    if (c.percent) col.numFmt = '0.0%';
  });
  const cells = (r: (string | number | null)[]) => r.map((v, i) => (s.columns[i]?.date ? excelDate(v) : v));
  for (const r of s.rows) ws.addRow(cells(r));
  if (s.footer) ws.addRow(cells(s.footer)).font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "Sổ theo dõi sinh hoạt 2026 — Chi bộ Khu phố 3.xlsx" without characters a file name cannot hold. */
export function fileName(base: string, ext: 'xlsx' | 'docx'): string {
  return `${base.replace(/[\\/:*?"<>|]+/g, '-').slice(0, 150)}.${ext}`;
}
