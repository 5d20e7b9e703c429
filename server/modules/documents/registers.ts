// The registers (sổ đăng ký văn bản đến / đi) for a date range, as Excel with Vietnamese headers.

import { type SQL, sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { formatDateVi } from '../../../domain/dates.ts';
import { SECRECY_LABELS, URGENCY_LABELS } from '../../../domain/roles.ts';
import type { Actor } from '../../auth/actor.ts';
import type { Db } from '../../db/client.ts';
import { rows } from '../../db/sql.ts';
import * as q from './queries.ts';

interface RegisterRow extends q.DocRow {
  directions: string | null;
  handlers: string | null;
  recipient_names: string | null;
}

export async function registerWorkbook(
  db: Db,
  actor: Actor,
  f: { direction: 'in' | 'out'; from: string; to: string; orgId?: number | undefined },
): Promise<Buffer> {
  const conds: SQL[] = [q.docVisible(actor)];
  if (f.orgId) conds.push(sql`d.owner_org_id = ${f.orgId}`);
  const list = await rows<RegisterRow>(
    db,
    f.direction === 'in'
      ? sql`SELECT ${q.DOC_COLS},
                   (SELECT string_agg(r.text, '; ' ORDER BY r.id) FROM document_directions r WHERE r.document_id = d.id) AS directions,
                   (SELECT string_agg(DISTINCT ho.name, '; ') FROM document_handling h JOIN orgs ho ON ho.id = h.org_id
                     WHERE h.document_id = d.id AND h.role IN ('lead','coordinate')) AS handlers,
                   NULL AS recipient_names
              FROM documents d JOIN orgs o ON o.id = d.owner_org_id
             WHERE d.direction = 'in' AND d.received_on BETWEEN ${f.from}::date AND ${f.to}::date AND ${sql.join(conds, sql` AND `)}
             ORDER BY d.owner_org_id, d.incoming_year, d.incoming_number`
      : sql`SELECT ${q.DOC_COLS}, NULL AS directions, NULL AS handlers,
                   (SELECT string_agg(r.name, '; ' ORDER BY r.id) FROM document_recipients r WHERE r.document_id = d.id) AS recipient_names
              FROM documents d JOIN orgs o ON o.id = d.owner_org_id
             WHERE d.direction <> 'in' AND d.number IS NOT NULL AND d.issued_on BETWEEN ${f.from}::date AND ${f.to}::date
               AND ${sql.join(conds, sql` AND `)}
             ORDER BY d.issuer_org_id, d.type_code, d.number`,
  );
  const wb = new ExcelJS.Workbook();
  wb.creator = 'vanphong';
  const title = f.direction === 'in' ? 'SỔ ĐĂNG KÝ VĂN BẢN ĐẾN' : 'SỔ ĐĂNG KÝ VĂN BẢN ĐI';
  const ws = wb.addWorksheet(f.direction === 'in' ? 'Văn bản đến' : 'Văn bản đi', {
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1 },
  });
  const columns =
    f.direction === 'in'
      ? [
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
        ]
      : [
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
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14, name: 'Times New Roman' };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.mergeCells(2, 1, 2, columns.length);
  ws.getCell(2, 1).value = `Từ ngày ${formatDateVi(f.from)} đến ngày ${formatDateVi(f.to)}`;
  ws.getCell(2, 1).alignment = { horizontal: 'center' };
  const header = ws.getRow(4);
  columns.forEach(([name, width], i) => {
    header.getCell(i + 1).value = name as string;
    ws.getColumn(i + 1).width = width as number;
  });
  header.font = { bold: true, name: 'Times New Roman' };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  for (const d of list) {
    const values =
      f.direction === 'in'
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
    const row = ws.addRow(values);
    row.alignment = { vertical: 'top', wrapText: true };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
