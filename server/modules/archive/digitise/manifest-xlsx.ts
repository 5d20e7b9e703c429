// Reading the digitisation manifest (Excel) into checked rows, and the template to fill in. The
// workbook is small (one row per document); it is checked for zip bombs before exceljs opens it.
import ExcelJS from 'exceljs';
import {
  type Cell,
  duplicateSources,
  isProblem,
  MANIFEST_COLUMNS,
  MANIFEST_KEYS,
  type ManifestRow,
  mapHeaders,
  parseManifestRow,
  type RowProblem,
} from '../../../../domain/archive/manifest.ts';
import { ValidationError } from '../../../http/errors.ts';
import { checkZipBomb } from '../../documents/archival/service.ts';

export const MAX_MANIFEST_ROWS = 5000;

function cellOf(v: ExcelJS.CellValue): Cell {
  if (v === null || v === undefined) return null;
  if (v instanceof Date || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellOf(v.result as ExcelJS.CellValue);
    if ('text' in v) return String(v.text);
    if ('error' in v) return null;
  }
  return String(v);
}

export async function readManifest(
  filePath: string,
): Promise<{ rows: ManifestRow[]; problems: RowProblem[] }> {
  try {
    await checkZipBomb(filePath);
  } catch (err) {
    throw new ValidationError(
      `Bảng kê không phải tệp Excel (.xlsx) đọc được: ${(err as Error).message}`,
      undefined,
      'manifest_unreadable',
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(filePath);
  } catch {
    throw new ValidationError(
      'Bảng kê không phải tệp Excel (.xlsx) đọc được.',
      undefined,
      'manifest_unreadable',
    );
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new ValidationError('Bảng kê không có trang tính nào.', undefined, 'manifest_unreadable');
  const values = (r: number): Cell[] => {
    const row = ws.getRow(r);
    const out: Cell[] = [];
    for (let c = 1; c <= Math.max(row.cellCount, ws.columnCount); c++) out.push(cellOf(row.getCell(c).value));
    return out;
  };
  const { columns, missing } = mapHeaders(values(1));
  if (missing.length > 0) {
    throw new ValidationError(
      `Bảng kê thiếu cột: ${missing.join(', ')} (dòng 1 là dòng tiêu đề; hãy dùng mẫu bảng kê).`,
      { missingColumns: missing },
      'manifest_invalid',
    );
  }
  const rows: ManifestRow[] = [];
  const problems: RowProblem[] = [];
  for (let r = 2; r <= ws.rowCount; r++) {
    const cells = values(r);
    if (cells.every((c) => c === null || c === undefined || String(c).trim() === '')) continue;
    if (rows.length + problems.length >= MAX_MANIFEST_ROWS) {
      throw new ValidationError(
        `Bảng kê quá dài: mỗi lô tối đa ${MAX_MANIFEST_ROWS} dòng, hãy chia thành nhiều lô.`,
        undefined,
        'manifest_too_long',
      );
    }
    const parsed = parseManifestRow(r, cells, columns);
    if (isProblem(parsed)) problems.push(parsed);
    else rows.push(parsed);
  }
  problems.push(...duplicateSources(rows));
  if (rows.length === 0 && problems.length === 0) {
    throw new ValidationError('Bảng kê không có dòng nào.', undefined, 'manifest_empty');
  }
  return { rows, problems };
}

/** The manifest template: the columns, one example row, and a sheet of instructions. */
export async function manifestTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  const ws = wb.addWorksheet('Bảng kê số hóa');
  ws.columns = MANIFEST_KEYS.map((k) => ({
    header: MANIFEST_COLUMNS[k].header,
    key: k,
    width: k === 'summary' ? 60 : 18,
  }));
  ws.getRow(1).font = { bold: true };
  ws.addRow({
    fileCode: '01.02',
    fileYear: 2024,
    symbol: '34-CT/TU',
    issuedOn: '05/03/2024',
    summary: 'Chỉ thị về tăng cường công tác giải phóng mặt bằng các dự án trọng điểm',
    pages: 3,
    sourceName: 'chi-thi-34.pdf',
    secrecy: 'Thường',
    typeCode: 'CT',
    issuer: 'Thành ủy',
  });
  const help = wb.addWorksheet('Hướng dẫn');
  help.columns = [{ width: 110 }];
  for (const line of [
    'Mỗi dòng là một văn bản đã quét; dòng 1 là tiêu đề cột (thứ tự cột tùy ý).',
    'Mã hồ sơ: mã trong danh mục hồ sơ của đơn vị; hồ sơ phải đã được chỉnh lý (đã đóng). Nếu mã trùng ở nhiều năm, ghi thêm cột Năm hồ sơ.',
    'Ngày văn bản: DD/MM/YYYY hoặc ô kiểu ngày. Số trang: số nguyên dương.',
    'Tệp quét: tên tệp PDF hoặc ảnh (JPEG, PNG, TIFF) của văn bản, đúng như tên tệp tải lên.',
    'Độ mật: Thường, Mật, Tối mật. Tài liệu Tuyệt mật không bao giờ được số hóa; Mật và Tối mật cần phê duyệt của lãnh đạo trước.',
    'Loại văn bản: mã như CT, NQ, BC…; để trống thì lấy từ số ký hiệu (34-CT/TU → CT).',
  ]) {
    help.addRow([line]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
