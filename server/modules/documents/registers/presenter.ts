// The registers as Excel: Vietnamese headers, one row per document, in the order of the register.
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../../domain/dates.ts';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../../../domain/roles.ts';
import type { RegisterRow } from './queries.ts';

const IN_COLUMNS: [string, number][] = [
  ['Số đến', 8],
  ['Ngày đến', 12],
  ['Số, ký hiệu', 16],
  ['Ngày văn bản', 12],
  ['Cơ quan ban hành', 28],
  ['Loại', 8],
  ['Trích yếu nội dung', 50],
  ['Độ mật', 10],
  ['Độ khẩn', 12],
  ['Ý kiến chỉ đạo', 36],
  ['Đơn vị xử lý', 28],
  ['Hạn xử lý', 12],
  ['Đơn vị nhận', 24],
];

const OUT_COLUMNS: [string, number][] = [
  ['Số', 8],
  ['Số, ký hiệu', 16],
  ['Ngày ban hành', 12],
  ['Loại', 8],
  ['Trích yếu nội dung', 50],
  ['Người ký', 24],
  ['Nơi nhận', 40],
  ['Độ mật', 10],
  ['Độ khẩn', 12],
  ['Trạng thái', 14],
  ['Đơn vị soạn', 24],
];

function values(direction: 'in' | 'out', d: RegisterRow) {
  return direction === 'in'
    ? [
        d.incoming_number,
        formatDateVi(d.received_on),
        d.symbol ?? '',
        formatDateVi(d.issued_on),
        d.issuer_name ?? '',
        d.type_code,
        d.summary,
        SECRECY_LABELS[d.secrecy as 0] ?? '',
        URGENCY_LABELS[d.urgency as 0] ?? '',
        d.directions ?? '',
        d.handlers ?? '',
        formatDateVi(d.deadline),
        d.owner_org_name,
      ]
    : [
        d.number,
        d.symbol ?? '',
        formatDateVi(d.issued_on),
        d.type_code,
        d.summary,
        d.signer_name ?? '',
        d.recipient_names ?? '',
        SECRECY_LABELS[d.secrecy as 0] ?? '',
        URGENCY_LABELS[d.urgency as 0] ?? '',
        d.status === 'cancelled' ? 'Đã hủy (giữ số)' : 'Đã ban hành',
        d.owner_org_name,
      ];
}

export async function registerWorkbook(
  f: { direction: 'in' | 'out'; from: string; to: string },
  list: readonly RegisterRow[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  const title = f.direction === 'in' ? 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN' : 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';
  const ws = wb.addWorksheet(f.direction === 'in' ? 'Văn bản đến' : 'Văn bản đi', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  const columns = f.direction === 'in' ? IN_COLUMNS : OUT_COLUMNS;
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14, name: 'Times New Roman' };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, columns.length);
  ws.getCell(2, 1).value = `Từ ngày ${formatDateVi(f.from)} đến ngày ${formatDateVi(f.to)}`;
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const header = ws.getRow(4);
  columns.forEach(([name, width], i) => {
    header.getCell(i + 1).value = name;
    ws.getColumn(i + 1).width = width;
  });
  header.font = { bold: true, name: 'Times New Roman' };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const d of list) {
    const row = ws.addRow(values(f.direction, d));
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
